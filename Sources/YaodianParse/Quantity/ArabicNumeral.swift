/// Arabic numbers (ASCII; full-width digits are folded to ASCII before): `1300`, `3.9`, `1,300`, `219.48`.
/// A second `.` (`2020.03.13`) marks a dotted date.
enum ArabicNumeral {
    struct Reading {
        var number: DecimalValue
        var end: Int
        var integerDigits: Int
        /// 2 or more for `2020.03.13`.
        var dots: Int
    }

    private static let comma = QuantityScalars.u(",")
    private static let dot = QuantityScalars.u(".")

    /// Reads the number starting at `i` (a digit).
    static func read(_ t: QuantityText, at i: Int) -> Reading {
        var j = i
        var mantissa = 0.0
        var integerDigits = 0
        while t.isDigit(j) {
            mantissa = mantissa * 10 + Double(t[j] - 0x30)
            integerDigits += 1
            j += 1
        }
        // Thousands separators: 1,300 and 12,345,678 (a group of exactly three digits after the comma).
        if integerDigits <= 3 {
            while t[j] == comma, t.isDigit(j + 1), t.isDigit(j + 2), t.isDigit(j + 3), !t.isDigit(j + 4) {
                for k in 1...3 { mantissa = mantissa * 10 + Double(t[j + k] - 0x30) }
                integerDigits += 3
                j += 4
            }
        }
        var fractionDigits = 0
        var dots = 0
        if t[j] == dot, t.isDigit(j + 1) {
            dots = 1
            j += 1
            while t.isDigit(j) {
                mantissa = mantissa * 10 + Double(t[j] - 0x30)
                fractionDigits += 1
                j += 1
            }
            while t[j] == dot, t.isDigit(j + 1) {
                dots += 1
                j += 1
                while t.isDigit(j) { j += 1 }
            }
        }
        return Reading(number: DecimalValue(mantissa: mantissa, fractionDigits: fractionDigits), end: j,
                       integerDigits: integerDigits, dots: dots)
    }
}
