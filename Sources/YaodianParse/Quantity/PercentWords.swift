/// 百分之十 / 百分之20: a percentage written in words.
enum PercentWords {
    struct Reading {
        var number: DecimalValue
        var numberRange: Range<Int>
    }

    private static let lead = QuantityScalars.word("百分之")

    /// True when `百分之` starts at `i`.
    static func starts(_ t: QuantityText, at i: Int) -> Bool { t.has(lead, at: i) }

    /// The number after `百分之` at `i`.
    static func read(_ t: QuantityText, at i: Int) -> Reading? {
        guard starts(t, at: i) else { return nil }
        let start = i + lead.count
        if t.isDigit(start) {
            let arabic = ArabicNumeral.read(t, at: start)
            guard arabic.dots < 2 else { return nil }
            return Reading(number: arabic.number, numberRange: start..<arabic.end)
        }
        guard t.isChineseNumeral(start) else { return nil }
        var j = start
        while t.isChineseNumeral(j) { j += 1 }
        guard let value = ChineseNumeral.parse(t.s[start..<j]) else { return nil }
        // 百分之五点五 is rare; 点 ends the number.
        return Reading(number: DecimalValue(mantissa: value), numberRange: start..<j)
    }
}
