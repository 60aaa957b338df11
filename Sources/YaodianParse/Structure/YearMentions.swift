/// Four-digit years (1990–2100) written as `2024年` (or, with another suffix, inside `〔2024〕`) in a
/// text, in order, with their scalar offsets.
public enum YearMentions {
    public static func years(in text: String, suffix: Unicode.Scalar = "年") -> [(year: Int, offset: Int)] {
        let scalars = Array(text.unicodeScalars)
        var found: [(Int, Int)] = []
        var i = 0
        while i + 4 < scalars.count {
            let digits = scalars[i..<(i + 4)]
            if digits.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }), scalars[i + 4] == suffix,
               i == 0 || !(scalars[i - 1].value >= 0x30 && scalars[i - 1].value <= 0x39) {
                let value = digits.reduce(0) { $0 * 10 + Int($1.value - 0x30) }
                if (1990...2100).contains(value) { found.append((value, i)) }
                i += 5
            } else {
                i += 1
            }
        }
        return found
    }

    /// The first year in a text.
    public static func first(in text: String) -> Int? {
        years(in: text).first?.year
    }
}
