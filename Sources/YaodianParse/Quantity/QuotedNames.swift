/// Quoted names, titles and document numbers, whose numerals are not quantities: “246”产业集群,
/// “十四五”, 《…三年行动方案》, 绍市科〔2018〕19号, “百企攀高、千企创强”, “万人计划”.
enum QuotedNames {
    private static let marks: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
        ("“", "”"), ("‘", "’"), ("《", "》"), ("〔", "〕"), ("「", "」"), ("『", "』"), ("\"", "\""),
    ]
    private static let pairs: [(UInt32, UInt32)] = marks.map { ($0.open.value, $0.close.value) }

    /// Names are short; an opening mark without its closing mark nearby is not a name.
    private static let maxLength = 64
    private static let fullStop = QuantityScalars.u("。")
    private static let lineFeed = QuantityScalars.u("\n")

    /// The end (after the closing mark) of the name opened at `i`, or nil when it does not close within the
    /// sentence and a short distance.
    static func end(_ t: QuantityText, openedAt i: Int) -> Int? {
        let open = t[i]
        guard let close = pairs.first(where: { $0.0 == open })?.1 else { return nil }
        let limit = min(t.upper, i + maxLength)
        var j = i + 1
        while j < limit {
            let c = t[j]
            if c == close { return j + 1 }
            if c == fullStop || c == lineFeed { return nil }
            j += 1
        }
        return nil
    }
}
