/// The unit after a number: `%`, `个百分点`, a counter (家 个 项 件 名 人 人次 场 笔 篇 条 …), money (元, 万元, 亿元),
/// a scale word with a counter (万人年, 万家), a scale word alone (`1.25万`), and the colloquial `3个亿`.
enum UnitLexicon {
    struct Reading {
        /// As written (simplified): 亿元, 家, %, 个百分点, 万人年; 亿 for 3个亿; 万 for a bare 1.25万.
        var written: String
        /// What 万/亿 in the unit multiply by (1e8 for 亿元, 1e4 for 万人年), 1 otherwise.
        var scale: Double
        /// 元 for money, %, 个百分点, 倍, the counter without its scale (人年); nil for a bare scale word.
        var normalized: String?
        /// The counter or currency (家, 元, 人年); nil for %, 个百分点 and bare scale words.
        var base: String?
        var end: Int
        /// The 余/多 of `2万余人`, `3个多亿`.
        var approx: Bool
    }

    private struct Base {
        let text: String
        let scalars: [UInt32]
        let normalized: String
        /// Characters that, right after the unit, show it is the first character of a word instead (人才, 支持).
        let notBefore: [UInt32]

        init(_ text: String, normalized: String? = nil, notBefore: String = "") {
            self.text = text
            scalars = QuantityScalars.word(text)
            self.normalized = normalized ?? text
            self.notBefore = QuantityScalars.word(notBefore)
        }
    }

    private struct Scale {
        let text: String
        let scalars: [UInt32]
        let factor: Double
        init(_ text: String, _ factor: Double) {
            self.text = text
            scalars = QuantityScalars.word(text)
            self.factor = factor
        }
    }

    /// Longest first.
    private static let bases: [Base] = [
        Base("平方公里"), Base("平方米"), Base("人次"), Base("人年"), Base("场次"), Base("公顷"), Base("公里"),
        Base("千米"), Base("美元"), Base("元", notBefore: "素旦宵首"), Base("家", notBefore: "乡属长庭"),
        Base("个"), Base("项"), Base("件"), Base("名", notBefore: "单义称"), Base("人", notBefore: "才"),
        Base("场", notBefore: "景所地馆"), Base("笔"), Base("篇"), Base("条", notBefore: "例件"), Base("次", notBefore: "全"),
        Base("位", notBefore: "于居置列"), Base("所", notBefore: "属有以谓在得"), Base("台", notBefore: "账湾阶"),
        Base("套"), Base("座", notBefore: "谈"), Base("支", notBefore: "持出付撑柱"), Base("户", notBefore: "口籍"),
        Base("款"), Base("种", notBefore: "子植"), Base("亩"), Base("吨"), Base("倍"),
    ].sorted { $0.scalars.count > $1.scalars.count }

    /// Longest first.
    private static let scales: [Scale] = ScaleWords.all.map { Scale($0.text, $0.factor) }

    private static let percent = QuantityScalars.u("%")
    private static let permille = QuantityScalars.u("‰")
    private static let ge = QuantityScalars.u("个")
    private static let yi = QuantityScalars.u("亿")
    private static let yuan = QuantityScalars.u("元")
    private static let duo = QuantityScalars.u("多")
    private static let yu = QuantityScalars.u("余")
    private static let percentagePoints = QuantityScalars.word("个百分点")
    private static let percentagePointsShort = QuantityScalars.word("百分点")

    /// True for the 多/余 of `700多家`, `120余条`.
    @inline(__always)
    static func isApproxMarker(_ v: UInt32) -> Bool { v == duo || v == yu }

    /// The unit starting at `p`, if any.
    static func read(_ t: QuantityText, at p: Int) -> Reading? {
        let c = t[p]
        if c == percent { return Reading(written: "%", scale: 1, normalized: "%", base: nil, end: p + 1, approx: false) }
        if c == permille { return Reading(written: "‰", scale: 1, normalized: "‰", base: nil, end: p + 1, approx: false) }
        if t.has(percentagePoints, at: p) {
            return Reading(written: "个百分点", scale: 1, normalized: "个百分点", base: nil, end: p + 4, approx: false)
        }
        if t.has(percentagePointsShort, at: p) {
            return Reading(written: "百分点", scale: 1, normalized: "个百分点", base: nil, end: p + 3, approx: false)
        }
        if c == ge, let colloquial = hundredMillions(t, at: p) { return colloquial }

        var q = p
        var scale = 1.0
        var scaleText = ""
        if let s = t.first(of: scales, at: q, word: \.scalars) {
            scale = s.factor
            scaleText = s.text
            q += s.scalars.count
        }
        var approx = false
        if scale > 1, isApproxMarker(t[q]) {
            approx = true
            q += 1
        }
        if let base = t.first(of: bases, at: q, word: \.scalars) {
            let end = q + base.scalars.count
            if !base.notBefore.contains(t[end]) {
                return Reading(written: scaleText + base.text, scale: scale, normalized: base.normalized, base: base.text,
                               end: end, approx: approx)
            }
        }
        guard scale > 1 else { return nil }
        return Reading(written: scaleText, scale: scale, normalized: nil, base: nil, end: q, approx: approx)
    }

    /// `3个亿`, `3个多亿`, `3个亿元` = 3亿元 (money).
    private static func hundredMillions(_ t: QuantityText, at p: Int) -> Reading? {
        var q = p + 1
        var approx = false
        if isApproxMarker(t[q]) {
            approx = true
            q += 1
        }
        guard t[q] == yi else { return nil }
        q += 1
        if t[q] == yuan {
            return Reading(written: "亿元", scale: 1e8, normalized: "元", base: "元", end: q + 1, approx: approx)
        }
        return Reading(written: "亿", scale: 1e8, normalized: "元", base: "元", end: q, approx: approx)
    }
}
