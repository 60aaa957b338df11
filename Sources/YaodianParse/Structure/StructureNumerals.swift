/// Numbers in numbering markers: Chinese numerals 一…九十九 (`十一、`, `(二十)`) and decimal digits
/// (ASCII or full-width).
enum StructureNumerals {
    /// The value of one Chinese digit, `〇`/`零` included (dates write years digit by digit).
    static func chineseDigit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "〇", "○", "零", "O": return 0
        case "一": return 1
        case "二": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    /// A Chinese numeral 1…99 at `position` (`一`, `十`, `十一`, `二十`, `二十三`) and its length.
    /// Only the longest reading is returned; `〇` does not start a numeral.
    static func chinese(_ scalars: [Unicode.Scalar], at position: Int, limit: Int) -> (value: Int, length: Int)? {
        guard position < limit else { return nil }
        let first = scalars[position]
        if first == "十" {
            if position + 1 < limit, let unit = chineseDigit(scalars[position + 1]), unit > 0 {
                return (10 + unit, 2)
            }
            return (10, 1)
        }
        guard let tens = chineseDigit(first), tens > 0 else { return nil }
        if position + 1 < limit, scalars[position + 1] == "十" {
            if position + 2 < limit, let unit = chineseDigit(scalars[position + 2]), unit > 0 {
                return (tens * 10 + unit, 3)
            }
            return (tens * 10, 2)
        }
        return (tens, 1)
    }

    /// Decimal digits at `position` (at most `maxDigits`), their value and length.
    static func decimal(_ scalars: [Unicode.Scalar], at position: Int, limit: Int, maxDigits: Int) -> (value: Int, length: Int)? {
        var value = 0
        var i = position
        while i < limit, let d = StructureText.digit(scalars[i]) {
            value = value * 10 + d
            i += 1
            if i - position > maxDigits { return nil }
        }
        return i > position ? (value, i - position) : nil
    }
}
