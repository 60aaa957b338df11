/// Chinese numerals: 三千, 两, 十五, 一百二十, 一百零五, 一万二千, 三千五 (= 3500), and the colloquial
/// neighbour ranges 一两, 两三 … 八九 (= 2-3).
///
/// A run of numeral characters is read whole. Runs that are not one well-formed number are not numbers:
/// 十四五 / 十三五 (plan periods), 二〇二〇 (a year spelt digit by digit), and bare scale words with no digit
/// (百家…万家, 千企, 万人发明专利, 千万 as "by all means").
/// A trailing 万/亿 is left out of the number (its end is returned before it) so that the unit reader sees
/// 万元/亿元/万人年, as it does after Arabic digits: 五百万元 → 500 + 万元, like 500万元.
enum ChineseNumeral {
    struct Reading {
        var number: DecimalValue
        /// The upper bound of 两三 (2-3).
        var upper: DecimalValue?
        var end: Int
    }

    private static let wan = QuantityScalars.u("万")
    private static let yi = QuantityScalars.u("亿")

    /// Reads the numeral run at `i`. Returns nil (with the run's end, to skip it) when the run is not a number.
    static func read(_ t: QuantityText, at i: Int) -> (reading: Reading?, runEnd: Int) {
        var j = i
        while t.isChineseNumeral(j) { j += 1 }
        let run = t.s[i..<j]
        if run.count == 2, let a = digit(t[i]), let b = digit(t[i + 1]), a >= 1, b == a + 1 {
            return (Reading(number: DecimalValue(mantissa: a), upper: DecimalValue(mantissa: b), end: j), j)
        }
        if run.count > 1, let last = run.last, last == wan || last == yi {
            let head = run.dropLast()
            if !head.contains(wan), !head.contains(yi), let value = parse(head) {
                return (Reading(number: DecimalValue(mantissa: value), upper: nil, end: j - 1), j)
            }
        }
        guard let value = parse(run) else { return (nil, j) }
        return (Reading(number: DecimalValue(mantissa: value), upper: nil, end: j), j)
    }

    /// 0-9 for 零〇一二两三四五六七八九, nil otherwise.
    static func digit(_ v: UInt32) -> Double? {
        switch v {
        case 0x96F6, 0x3007: return 0      // 零 〇
        case 0x4E00: return 1              // 一
        case 0x4E8C, 0x4E24: return 2      // 二 两
        case 0x4E09: return 3              // 三
        case 0x56DB: return 4              // 四
        case 0x4E94: return 5              // 五
        case 0x516D: return 6              // 六
        case 0x4E03: return 7              // 七
        case 0x516B: return 8              // 八
        case 0x4E5D: return 9              // 九
        default: return nil
        }
    }

    /// 10, 100, 1000 for 十百千; 1e4, 1e8 for 万亿.
    static func scale(_ v: UInt32) -> Double? {
        switch v {
        case 0x5341: return 10             // 十
        case 0x767E: return 100            // 百
        case 0x5343: return 1000           // 千
        case 0x4E07: return 10_000         // 万
        case 0x4EBF: return 100_000_000    // 亿
        default: return nil
        }
    }

    /// The value of a well-formed numeral, nil otherwise.
    static func parse(_ run: ArraySlice<UInt32>) -> Double? {
        guard !run.isEmpty else { return nil }
        var yiPart = 0.0, wanPart = 0.0, section = 0.0
        var pending: Double? = nil          // a digit waiting for its multiplier
        var previousWasDigit = false
        var afterZero = false
        var smallestSoFar = Double.infinity // 十百千 fall within a section in order: 千 before 百 before 十
        var sawDigit = false
        for v in run {
            if let d = digit(v) {
                if previousWasDigit { return nil }          // 十四五, 二〇二〇, 一一
                sawDigit = true
                if d == 0 {
                    afterZero = true                        // 一百零五
                    pending = nil
                } else {
                    pending = d
                    previousWasDigit = true
                }
                continue
            }
            guard let s = scale(v) else { return nil }
            previousWasDigit = false
            afterZero = false
            if s < 10_000 {
                guard s < smallestSoFar else { return nil }  // 十百, 五十三百
                let d: Double
                if let p = pending {
                    d = p
                } else if s == 10 {
                    d = 1                                      // 十五 = 15
                    sawDigit = true
                } else {
                    return nil                                 // bare 百, 千
                }
                section += d * s
                pending = nil
                smallestSoFar = s
            } else {
                let part = (s == 10_000 ? 0 : wanPart * 10_000) + section + (pending ?? 0)
                guard part > 0 else { return nil }            // bare 万, 亿
                if s == 10_000 {
                    guard wanPart == 0 else { return nil }
                    wanPart = part
                } else {
                    guard yiPart == 0 else { return nil }
                    yiPart = part
                    wanPart = 0
                }
                section = 0
                pending = nil
                smallestSoFar = .infinity
            }
        }
        guard sawDigit else { return nil }
        if let p = pending {
            // 三千五 = 3500, 一万五 = 15000; 十五 and 一百零五 add the digit.
            if !afterZero, run.count >= 2, let s = scale(run[run.endIndex - 2]), s >= 100 {
                section += p * s / 10
            } else {
                section += p
            }
        }
        return yiPart * 100_000_000 + wanPart * 10_000 + section
    }
}
