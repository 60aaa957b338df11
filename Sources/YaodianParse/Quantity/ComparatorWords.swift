import YaodianModel

/// Comparator words next to a number (quantity-clauses conventions). Only words touching the number count
/// (one space allowed): in `增速高于规上工业增加值同比增速2个百分点` the 高于 compares two growth rates and
/// the 2 itself stays `=`.
enum ComparatorWords {
    struct Found {
        var comparator: Comparator
        var approx: Bool
        /// A word that makes a bare number a quantity (达到1700). 为/到/至 do not: 到2025年, 为5G.
        var strong: Bool
        /// Where the word starts (a prefix) or ends (a suffix).
        var bound: Int
    }

    private struct Word {
        let scalars: [UInt32]
        let comparator: Comparator
        let approx: Bool
        let strong: Bool
        /// Characters that, just before a prefix, make it part of another word (签约, 最近, 赶超, 发达).
        let notAfter: [UInt32]

        init(_ text: String, _ comparator: Comparator, approx: Bool = false, strong: Bool = true, notAfter: String = "") {
            scalars = QuantityScalars.word(text)
            self.comparator = comparator
            self.approx = approx
            self.strong = strong
            self.notAfter = QuantityScalars.word(notAfter)
        }
    }

    /// Before the number; longest first.
    private static let prefixes: [Word] = [
        Word("不低于", .atLeast), Word("不少于", .atLeast), Word("至少", .atLeast), Word("突破", .atLeast),
        Word("不超过", .atMost), Word("不高于", .atMost), Word("不多于", .atMost), Word("不大于", .atMost),
        Word("不超", .atMost),
        Word("超过", .above), Word("超出", .above), Word("高于", .above), Word("多于", .above), Word("大于", .above),
        Word("逾", .above), Word("超", .above, notAfter: "赶"),
        Word("低于", .below), Word("少于", .below), Word("小于", .below), Word("不足", .below),
        Word("将近", .approximately, approx: true), Word("接近", .approximately, approx: true),
        Word("大约", .approximately, approx: true), Word("约为", .approximately, approx: true),
        Word("约", .approximately, approx: true, notAfter: "签节制预契合公特违履邀隐婉简集"),
        Word("近", .approximately, approx: true, notAfter: "最附临邻靠亲就贴"),
        Word("达到", .equal), Word("达", .equal, notAfter: "发到通传表抵下直送转雷"), Word("完成", .equal),
        Word("为", .equal, strong: false), Word("到", .equal, strong: false), Word("至", .equal, strong: false),
    ].sorted { $0.scalars.count > $1.scalars.count }

    /// After the number and unit; longest first.
    private static let suffixes: [Word] = [
        Word("及以上", .atLeast), Word("以上", .atLeast), Word("及以下", .atMost), Word("以下", .atMost),
        Word("以内", .atMost), Word("之内", .atMost), Word("左右", .approximately, approx: true),
    ]

    /// The comparator word ending just before `start` (one space allowed).
    static func prefix(_ t: QuantityText, before start: Int) -> Found? {
        let end = t.skippingOneSpace(backFrom: start)
        for word in prefixes where t.has(word.scalars, endingAt: end) {
            let wordStart = end - word.scalars.count
            if word.notAfter.contains(t[wordStart - 1]) { continue }
            return Found(comparator: word.comparator, approx: word.approx, strong: word.strong, bound: wordStart)
        }
        return nil
    }

    /// The comparator word starting at `end` (one space allowed).
    static func suffix(_ t: QuantityText, at end: Int) -> Found? {
        let start = t.skippingOneSpace(end)
        guard let word = t.first(of: suffixes, at: start, word: \.scalars) else { return nil }
        return Found(comparator: word.comparator, approx: word.approx, strong: true, bound: start + word.scalars.count)
    }
}
