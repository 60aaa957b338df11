/// A numbering marker at the start of a paragraph (GB/T 9704 levels):
/// 1 `一、`, 2 `(一)` `（一）`, 3 `1.` `1．` `1 .` `1、`, 4 `(1)` `（1）` `①`.
struct StructureMarker {
    let level: Int
    /// The numeral's value (`十一` → 11, `16` → 16).
    let value: Int
    /// The number as the output writes it: `一`, `(一)` (ASCII parentheses), `16`, `(1)`, `①`.
    let number: String
    /// Where the content starts (after the marker and any spaces).
    let contentStart: Int

    /// Whether a paragraph may open a plan's body (`StructureTreeBuilder.opensBody`: a level-1 or
    /// level-2 marker, or a short unnumbered part heading), judged on its first characters without
    /// building a `StructureLine`: it starts (after spaces and • bullets, as a line does) with `(`,
    /// `（` or a Chinese numeral, or it is at most 12 characters long. Most paragraphs of most
    /// documents are none of these, and every document ingested is asked.
    static func mayOpenBody(_ paragraph: String) -> Bool {
        var scalars = paragraph.unicodeScalars.makeIterator()
        var first: Unicode.Scalar?
        while let scalar = scalars.next() {
            if StructureText.isSpace(scalar) || scalar == "\u{2022}" { continue }
            first = scalar
            break
        }
        guard let first else { return false }
        if StructureText.fold(first) == "(" || first == "十" || (StructureNumerals.chineseDigit(first) ?? 0) > 0 { return true }
        // unnumberedPart takes lines of at most 12 characters once trimmed: none past the 12th.
        var offset = 0
        while let scalar = scalars.next() {
            offset += 1
            if offset >= 12 && !StructureText.isSpace(scalar) { return false }
        }
        return true
    }

    /// The marker at the start of `line`, if any. Markers are the same in traditional and
    /// simplified text, so the original scalars are read (full-width forms folded).
    static func detect(in line: StructureLine) -> StructureMarker? {
        let s = line.scalars
        let a = line.start, b = line.end
        let first = StructureText.fold(s[a])

        if first == "(" {
            return parenthesised(s, a, b)
        }
        if let circled = circled(first) {
            let content = skipSpaces(s, a + 1, b)
            guard content < b else { return nil }
            return StructureMarker(level: 4, value: circled, number: String(Character(s[a])), contentStart: content)
        }
        if let (value, length) = StructureNumerals.chinese(s, at: a, limit: b) {
            // 一、 (also 一. / 一．): a level-1 heading.
            let sep = a + length
            guard sep < b else { return nil }
            let mark = StructureText.fold(s[sep])
            guard mark == "、" || mark == "." else { return nil }
            let content = skipSpaces(s, sep + 1, b)
            guard content < b else { return nil }
            return StructureMarker(level: 1, value: value, number: StructureText.string(s, a, sep), contentStart: content)
        }
        if let (value, length) = StructureNumerals.decimal(s, at: a, limit: b, maxDigits: 3) {
            // 1. / 1．/ 1 . / 1、 — not a decimal (2.0版), not a list of numbers (1、2号).
            let sep = skipSpaces(s, a + length, b)
            guard sep < b, value > 0 else { return nil }
            let mark = StructureText.fold(s[sep])
            guard mark == "." || mark == "、" else { return nil }
            let content = skipSpaces(s, sep + 1, b)
            guard content < b, StructureText.digit(s[content]) == nil else { return nil }
            return StructureMarker(level: 3, value: value, number: String(value), contentStart: content)
        }
        return unnumberedPart(s, a, b)
    }

    /// Part headings printed without a number in 政府工作报告 (`2023年工作回顾`, `2024年工作安排`):
    /// a short line that is only a time word and a part word. Level 1, value 0, number "".
    static let partWords = ["工作回顾", "工作安排", "工作任务", "主要任务", "重点任务", "工作打算", "工作总结", "主要工作", "目标任务"]

    /// `partWords` and the optional leads as scalars, compared in place (every short line is asked).
    private static let partWordScalars = partWords.map { Array($0.unicodeScalars) }
    private static let leadScalars = ["今年", "明年", "上半年", "下半年"].map { Array($0.unicodeScalars) }

    private static func unnumberedPart(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> StructureMarker? {
        guard b - a <= 12 else { return nil }
        var rest = a
        // An optional lead: 2024年 / 今年 / 明年 / 上半年 / 下半年.
        if b - rest >= 5, (0..<4).allSatisfy({ StructureText.digit(s[rest + $0]) != nil }), s[rest + 4] == "年" {
            rest += 5
        } else {
            for lead in leadScalars where b - rest >= lead.count && s[rest..<(rest + lead.count)].elementsEqual(lead) {
                rest += lead.count
                break
            }
        }
        guard partWordScalars.contains(where: { s[rest..<b].elementsEqual($0) }) else { return nil }
        return StructureMarker(level: 1, value: 0, number: "", contentStart: a)
    }

    /// `(一)` → level 2, `(1)` → level 4, with ASCII or full-width parentheses.
    private static func parenthesised(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> StructureMarker? {
        let inner = a + 1
        if let (value, length) = StructureNumerals.chinese(s, at: inner, limit: b) {
            let close = inner + length
            guard close < b, StructureText.fold(s[close]) == ")" else { return nil }
            let content = skipSpaces(s, close + 1, b)
            guard content < b else { return nil }
            return StructureMarker(level: 2, value: value, number: "(" + StructureText.string(s, inner, close) + ")",
                                   contentStart: content)
        }
        if let (value, length) = StructureNumerals.decimal(s, at: inner, limit: b, maxDigits: 2) {
            let close = inner + length
            guard close < b, StructureText.fold(s[close]) == ")", value > 0 else { return nil }
            let content = skipSpaces(s, close + 1, b)
            guard content < b else { return nil }
            return StructureMarker(level: 4, value: value, number: "(\(value))", contentStart: content)
        }
        return nil
    }

    /// ① … ⑳.
    private static func circled(_ s: Unicode.Scalar) -> Int? {
        let v = s.value
        return v >= 0x2460 && v <= 0x2473 ? Int(v - 0x2460) + 1 : nil
    }

    private static func skipSpaces(_ s: [Unicode.Scalar], _ from: Int, _ limit: Int) -> Int {
        var i = from
        while i < limit, StructureText.isSpace(s[i]) { i += 1 }
        return i
    }
}
