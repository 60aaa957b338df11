import YaodianModel
import YaodianText

/// Finds calendar dates in page text: `2018-04-16`, `2023-3-1`, `2018/04/16`, `2018.04.16`,
/// `2018年3月15日`, and the 公文 signature form `二〇一八年三月十五日`.
enum DateScanner {
    struct Match {
        var date: CalendarDate
        /// Scalar offsets of the match in the scanned text.
        var start: Int
        var end: Int
    }

    static func firstDate(in text: String) -> CalendarDate? { dates(in: text, limit: 1).first?.date }

    static func dates(in text: String, limit: Int = .max) -> [Match] {
        // Every date has an ASCII or full-width digit, or 年 (二〇一八年三月十五日).
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) || $0 == 0xEF }) || text.includes("年") else { return [] }
        let scalars = Array(TextNormalizer.foldWidth(text).unicodeScalars)
        var found: [Match] = []
        var index = 0
        while index < scalars.count, found.count < limit {
            if let match = arabicDate(scalars, at: index) ?? chineseDate(scalars, at: index) {
                found.append(match)
                index = match.end
            } else {
                index += 1
            }
        }
        return found
    }

    /// True when the whole text (spaces aside) is a date.
    static func isDateOnly(_ text: String) -> Bool {
        let compact = TextNormalizer.compact(text)
        guard let match = dates(in: compact, limit: 1).first else { return false }
        return match.start == 0 && match.end == compact.unicodeScalars.count
    }

    private static func digits(_ scalars: [Unicode.Scalar], at index: Int, max: Int) -> (value: Int, end: Int)? {
        var value = 0
        var cursor = index
        while cursor < scalars.count, cursor - index < max, let digit = asciiDigit(scalars[cursor]) {
            value = value * 10 + digit
            cursor += 1
        }
        return cursor > index ? (value, cursor) : nil
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        (0x30...0x39).contains(scalar.value) ? Int(scalar.value - 0x30) : nil
    }

    private static func arabicDate(_ scalars: [Unicode.Scalar], at index: Int) -> Match? {
        guard asciiDigit(scalars[index]) != nil, index == 0 || asciiDigit(scalars[index - 1]) == nil else { return nil }
        guard let year = digits(scalars, at: index, max: 4), year.end - index == 4 else { return nil }
        var cursor = year.end
        func skipSpaces() { while cursor < scalars.count, TextNormalizer.isSpace(scalars[cursor]) { cursor += 1 } }
        skipSpaces()
        guard cursor < scalars.count else { return nil }
        let separator = scalars[cursor]
        let isChinese = separator == "年"
        guard isChinese || separator == "-" || separator == "/" || separator == "." else { return nil }
        cursor += 1
        skipSpaces()
        guard let month = digits(scalars, at: cursor, max: 2) else { return nil }
        cursor = month.end
        skipSpaces()
        guard cursor < scalars.count else { return nil }
        if isChinese {
            guard scalars[cursor] == "月" else { return nil }
        } else {
            guard scalars[cursor] == separator else { return nil }
        }
        cursor += 1
        skipSpaces()
        guard let day = digits(scalars, at: cursor, max: 2) else { return nil }
        cursor = day.end
        if isChinese {
            skipSpaces()
            guard cursor < scalars.count, scalars[cursor] == "日" || scalars[cursor] == "号" else { return nil }
            cursor += 1
        } else if cursor < scalars.count, asciiDigit(scalars[cursor]) != nil {
            return nil
        }
        guard let date = CalendarDate(year: year.value, month: month.value, day: day.value) else { return nil }
        return Match(date: date, start: index, end: cursor)
    }

    private static let chineseDigits: [Unicode.Scalar: Int] = [
        "〇": 0, "○": 0, "零": 0, "O": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// `二〇一八年三月十五日`: four digit characters for the year, 十-numbers for month and day.
    private static func chineseDate(_ scalars: [Unicode.Scalar], at index: Int) -> Match? {
        guard index + 4 < scalars.count, chineseDigits[scalars[index]] != nil else { return nil }
        var year = 0
        for offset in 0..<4 {
            guard let digit = chineseDigits[scalars[index + offset]] else { return nil }
            year = year * 10 + digit
        }
        var cursor = index + 4
        guard scalars[cursor] == "年" else { return nil }
        cursor += 1
        guard let month = smallChineseNumber(scalars, at: cursor), month.end < scalars.count, scalars[month.end] == "月" else {
            return nil
        }
        cursor = month.end + 1
        guard let day = smallChineseNumber(scalars, at: cursor), day.end < scalars.count,
              scalars[day.end] == "日" || scalars[day.end] == "号" else { return nil }
        guard let date = CalendarDate(year: year, month: month.value, day: day.value) else { return nil }
        return Match(date: date, start: index, end: day.end + 1)
    }

    /// 一 … 三十一.
    private static func smallChineseNumber(_ scalars: [Unicode.Scalar], at index: Int) -> (value: Int, end: Int)? {
        var cursor = index
        var value = 0
        var sawTen = false
        var current = 0
        while cursor < scalars.count, cursor - index < 3 {
            let scalar = scalars[cursor]
            if scalar == "十" {
                value += (current == 0 ? 1 : current) * 10
                current = 0
                sawTen = true
            } else if let digit = chineseDigits[scalar], digit > 0 || sawTen {
                current = digit
            } else {
                break
            }
            cursor += 1
        }
        value += current
        return cursor > index && value > 0 ? (value, cursor) : nil
    }
}
