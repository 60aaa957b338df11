import YaodianText
/// Recognises a 发文字号: 机关代字 + 〔year〕 + serial + 号 (`绍市科〔2018〕19号`, `穗府办规〔2021〕7号`),
/// with the brackets pages use instead of 〔〕 ([] () （） 【】), and the 令 form (`广州市人民政府令第179号`).
enum DocNumberMatcher {
    private static let openers: Set<Unicode.Scalar> = ["〔", "[", "(", "（", "【", "［", "﹝", "〖"]
    private static let closers: Set<Unicode.Scalar> = ["〕", "]", ")", "）", "】", "］", "﹞", "〗"]

    /// The doc number when the whole text (spaces aside) is one, else nil.
    static func wholeMatch(_ text: String) -> String? {
        let compact = TextNormalizer.compact(text)
        guard let match = firstMatch(in: compact), match.start == 0, match.end == compact.unicodeScalars.count else { return nil }
        return compact
    }

    /// The first doc number in the text, as scalar offsets.
    static func firstMatch(in text: String) -> (value: String, start: Int, end: Int)? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if openers.contains(scalars[index]), let match = bracketForm(scalars, opener: index) {
                return (String(String.UnicodeScalarView(scalars[match.start..<match.end])), match.start, match.end)
            }
            if scalars[index] == "令", let match = decreeForm(scalars, at: index) {
                return (String(String.UnicodeScalarView(scalars[match.start..<match.end])), match.start, match.end)
            }
            index += 1
        }
        return nil
    }

    private static func bracketForm(_ s: [Unicode.Scalar], opener: Int) -> (start: Int, end: Int)? {
        var start = opener
        while start > 0, TextNormalizer.isHan(s[start - 1]), opener - start < 12 { start -= 1 }
        guard opener - start >= 1 else { return nil }
        var cursor = opener + 1
        var yearDigits = 0
        while cursor < s.count, isDigit(s[cursor]) { cursor += 1; yearDigits += 1 }
        guard yearDigits == 4, cursor < s.count, closers.contains(s[cursor]) else { return nil }
        cursor += 1
        var serialDigits = 0
        while cursor < s.count, isDigit(s[cursor]) { cursor += 1; serialDigits += 1 }
        guard serialDigits > 0, cursor < s.count, s[cursor] == "号" else { return nil }
        return (start, cursor + 1)
    }

    private static func decreeForm(_ s: [Unicode.Scalar], at index: Int) -> (start: Int, end: Int)? {
        var start = index
        while start > 0, TextNormalizer.isHan(s[start - 1]), index - start < 12 { start -= 1 }
        guard index - start >= 2 else { return nil }
        var cursor = index + 1
        guard cursor < s.count, s[cursor] == "第" else { return nil }
        cursor += 1
        var digits = 0
        while cursor < s.count, isDigit(s[cursor]) { cursor += 1; digits += 1 }
        guard digits > 0, cursor < s.count, s[cursor] == "号" else { return nil }
        return (start, cursor + 1)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }
}
