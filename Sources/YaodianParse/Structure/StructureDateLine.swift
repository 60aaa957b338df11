import YaodianModel

/// A paragraph that is only a date, as a 通知 is signed: `2018年3月15日`, `二〇一八年三月十五日`,
/// `2018-03-15`, `2018.3.15`, `20180315`, or the extraction garble `2020424` (a date line whose
/// day cannot be told: `date` is nil).
enum StructureDateLine {
    /// nil when the paragraph is not a date line; `.some(nil)` for a date line with no readable date.
    static func parse(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> CalendarDate?? {
        let length = end - start
        guard length >= 6, length <= 24 else { return nil }
        if let date = written(s, start, end) { return .some(date) }
        if let date = separated(s, start, end) { return .some(date) }
        return garbled(s, start, end)
    }

    /// `2018年3月15日`, `二〇一八年三月十五日` (spaces allowed between the parts).
    private static func written(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> CalendarDate? {
        var i = start
        guard let year = yearDigits(s, &i, end), expect(s, &i, end, "年"),
              let month = smallNumber(s, &i, end), expect(s, &i, end, "月"),
              let day = smallNumber(s, &i, end), expect(s, &i, end, "日") else { return nil }
        skipSpaces(s, &i, end)
        guard i == end else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// `2018-03-15`, `2018.3.15`, `2018/3/15`.
    private static func separated(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> CalendarDate? {
        guard let (year, yl) = StructureNumerals.decimal(s, at: start, limit: end, maxDigits: 4), yl == 4 else { return nil }
        var i = start + 4
        guard i < end else { return nil }
        let separator = StructureText.fold(s[i])
        guard separator == "-" || separator == "." || separator == "/" else { return nil }
        i += 1
        guard let (month, ml) = StructureNumerals.decimal(s, at: i, limit: end, maxDigits: 2) else { return nil }
        i += ml
        guard i < end, StructureText.fold(s[i]) == separator else { return nil }
        i += 1
        guard let (day, dl) = StructureNumerals.decimal(s, at: i, limit: end, maxDigits: 2), i + dl == end else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// 7 or 8 bare digits starting with 19/20: `20180315` reads as YYYYMMDD; 7 digits (`2020424`)
    /// are a date line with no date, since `2020111` could be 1月11日 or 11月1日.
    private static func garbled(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> CalendarDate?? {
        guard let (value, length) = StructureNumerals.decimal(s, at: start, limit: end, maxDigits: 8),
              start + length == end, length == 7 || length == 8 else { return nil }
        let year = length == 8 ? value / 10_000 : value / 1_000
        guard (1900...2199).contains(year) else { return nil }
        if length == 8, let date = CalendarDate(year: year, month: (value / 100) % 100, day: value % 100) {
            return .some(date)
        }
        return .some(nil)
    }

    private static func yearDigits(_ s: [Unicode.Scalar], _ i: inout Int, _ end: Int) -> Int? {
        skipSpaces(s, &i, end)
        var value = 0
        var count = 0
        while i < end, count < 4 {
            if let d = StructureText.digit(s[i]) ?? StructureNumerals.chineseDigit(s[i]) {
                value = value * 10 + d
                count += 1
                i += 1
            } else {
                break
            }
        }
        return count == 4 ? value : nil
    }

    /// 1…31 in digits or Chinese (`三`, `十五`, `二十四`, `三十一`).
    private static func smallNumber(_ s: [Unicode.Scalar], _ i: inout Int, _ end: Int) -> Int? {
        skipSpaces(s, &i, end)
        if let (value, length) = StructureNumerals.decimal(s, at: i, limit: end, maxDigits: 2) {
            i += length
            return value
        }
        if let (value, length) = StructureNumerals.chinese(s, at: i, limit: end) {
            i += length
            return value
        }
        return nil
    }

    private static func expect(_ s: [Unicode.Scalar], _ i: inout Int, _ end: Int, _ c: Unicode.Scalar) -> Bool {
        skipSpaces(s, &i, end)
        guard i < end, s[i] == c else { return false }
        i += 1
        return true
    }

    private static func skipSpaces(_ s: [Unicode.Scalar], _ i: inout Int, _ end: Int) {
        while i < end, StructureText.isSpace(s[i]) { i += 1 }
    }
}
