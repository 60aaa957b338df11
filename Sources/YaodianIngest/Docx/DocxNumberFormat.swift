/// How Word renders a list counter for a `w:numFmt` value: `chineseCounting` 11 → 十一,
/// `decimalEnclosedCircle` 3 → ③, `upperRoman` 4 → IV. Formats Yaodian does not know fall back to decimal.
enum DocxNumberFormat {
    /// The counter as text, or nil for `bullet` (a bullet is not a number and gets no label).
    static func render(_ value: Int, format: String) -> String? {
        switch format {
        case "bullet": return nil
        case "none": return ""
        case "decimal", "decimalHalfWidth": return String(value)
        case "decimalZero": return value >= 0 && value < 10 ? "0\(value)" : String(value)
        case "decimalFullWidth", "decimalFullWidth2": return fullWidth(String(value))
        case "chineseCounting": return chineseCounting(value)
        case "chineseCountingThousand", "taiwaneseCountingThousand": return chineseThousands(value, digits: thousandDigits, units: plainUnits)
        case "chineseLegalSimplified": return chineseThousands(value, digits: legalDigits, units: legalUnits, legal: true)
        case "ideographTraditional": return cycle(value, "甲乙丙丁戊己庚辛壬癸")
        case "ideographZodiac": return cycle(value, "子丑寅卯辰巳午未申酉戌亥")
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese": return enclosedCircle(value) ?? String(value)
        case "decimalEnclosedParen": return enclosed(value, first: 0x2474, count: 20) ?? "(\(value))"
        case "decimalEnclosedFullstop": return enclosed(value, first: 0x2488, count: 20) ?? "\(value)."
        case "ideographEnclosedCircle": return enclosed(value, first: 0x3220, count: 10) ?? String(value)
        case "lowerLetter": return letters(value, upper: false)
        case "upperLetter": return letters(value, upper: true)
        case "lowerRoman": return roman(value).lowercased()
        case "upperRoman": return roman(value)
        default: return String(value)
        }
    }

    static let plainDigits = Array("〇一二三四五六七八九")
    static let thousandDigits = Array("零一二三四五六七八九")
    static let plainUnits = ["", "十", "百", "千"]
    static let legalDigits = Array("零壹贰叁肆伍陆柒捌玖")
    static let legalUnits = ["", "拾", "佰", "仟"]

    /// Word's `chineseCounting`: 一 … 十, 十一 … 十九, 二十 … 九十九; from 100 on, digit by digit (一〇一).
    static func chineseCounting(_ value: Int) -> String {
        guard value > 0 else { return value == 0 ? "〇" : String(value) }
        if value < 10 { return String(plainDigits[value]) }
        if value < 100 {
            let tens = value / 10
            let ones = value % 10
            return (tens == 1 ? "" : String(plainDigits[tens])) + "十" + (ones == 0 ? "" : String(plainDigits[ones]))
        }
        return String(String(value).compactMap { $0.wholeNumberValue.map { plainDigits[$0] } })
    }

    /// Positional Chinese numbers below 10 000 (一百零一, 壹佰零壹); `legal` keeps 壹 before 拾 (壹拾壹).
    static func chineseThousands(_ value: Int, digits: [Character], units: [String], legal: Bool = false) -> String {
        guard value > 0, value < 10_000 else { return value == 0 ? String(digits[0]) : String(value) }
        let places = String(value).compactMap(\.wholeNumberValue)
        var out = ""
        var pendingZero = false
        for (index, digit) in places.enumerated() {
            let unit = units[places.count - 1 - index]
            if digit == 0 {
                pendingZero = !out.isEmpty
                continue
            }
            if pendingZero { out.append(digits[0]) }
            pendingZero = false
            // 十一, not 一十一, in everyday counting; legal numbers write every digit.
            if !(digit == 1 && unit == units[1] && out.isEmpty && !legal) { out.append(digits[digit]) }
            out += unit
        }
        return out
    }

    static func fullWidth(_ ascii: String) -> String {
        String(String.UnicodeScalarView(ascii.unicodeScalars.map { scalar in
            ("0"..."9").contains(scalar) ? Unicode.Scalar(scalar.value - 0x30 + 0xFF10) ?? scalar : scalar
        }))
    }

    /// ① … ⑳, then ㉑ … ㉟ and ㊱ … ㊿, as Unicode has them.
    static func enclosedCircle(_ value: Int) -> String? {
        switch value {
        case 1...20: return enclosed(value, first: 0x2460, count: 20)
        case 21...35: return enclosed(value - 20, first: 0x3251, count: 15)
        case 36...50: return enclosed(value - 35, first: 0x32B1, count: 15)
        default: return nil
        }
    }

    static func enclosed(_ value: Int, first: UInt32, count: Int) -> String? {
        guard value >= 1, value <= count, let scalar = Unicode.Scalar(first + UInt32(value - 1)) else { return nil }
        return String(Character(scalar))
    }

    static func cycle(_ value: Int, _ symbols: String) -> String {
        let list = Array(symbols)
        guard value >= 1 else { return String(value) }
        return String(list[(value - 1) % list.count])
    }

    /// a … z, then aa … zz, aaa …: Word repeats the letter (up to 30 times; digits beyond, so a
    /// long list cannot grow labels without bound).
    static func letters(_ value: Int, upper: Bool) -> String {
        guard value >= 1, value <= 26 * 30 else { return String(value) }
        let letter = Character(Unicode.Scalar(UInt8((upper ? 65 : 97) + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    static func roman(_ value: Int) -> String {
        guard value >= 1, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var out = ""
        for (amount, symbol) in table {
            while rest >= amount {
                out += symbol
                rest -= amount
            }
        }
        return out
    }
}
