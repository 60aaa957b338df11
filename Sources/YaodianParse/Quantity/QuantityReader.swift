import YaodianModel

/// Reads one quantity expression at a position where a number may start:
/// [comparator word] number [多/余] [unit] [range separator number [unit]] [以上/左右 …].
enum QuantityReader {
    struct Candidate {
        var match: QuantityMatch
        /// Written with Chinese numerals only (三个, 两家): such counts may only describe a list.
        var chineseOnly: Bool
        /// A comparator word (other than 为/到/至) next to the number.
        var hasComparatorWord: Bool
        /// The counter (家, 个, 项 …), nil for %, money scale words and bare numbers.
        var base: String?
    }

    enum Step {
        case quantity(Candidate, next: Int)
        case skip(next: Int)
    }

    private struct Numeral {
        var number: DecimalValue
        var upper: DecimalValue?
        var start: Int
        var end: Int
        var chinese: Bool
        var dots: Int
    }

    private enum RangeResult {
        case range(upper: DecimalValue, numberEnd: Int, unit: UnitLexicon.Reading?, chinese: Bool)
        case notRange
        /// Not a quantity at all when the lower bound has no unit (1-5月, 2018-04-16): skip to here.
        case reject(next: Int)
    }

    private static let bai = QuantityScalars.u("百")
    private static let qian = QuantityScalars.u("千")
    private static let minus = QuantityScalars.u("-")
    private static let fan = QuantityScalars.u("翻")
    private static let percentagePoints = QuantityScalars.word("百分点")
    private static let rangeSeparators: [UInt32] = QuantityScalars.word("-~—–―〜到至")

    /// Reads at `i`, a scalar of class `.trigger`.
    static func read(_ t: QuantityText, at i: Int) -> Step {
        if t[i] == fan {
            guard let doubling = DoublingWords.read(t, at: i) else { return .skip(next: i + 1) }
            return doublingStep(t, doubling, start: i)
        }
        if PercentWords.starts(t, at: i) {
            guard let words = PercentWords.read(t, at: i) else { return .skip(next: i + 3) }
            let unit = UnitLexicon.Reading(written: "%", scale: 1, normalized: "%", base: nil,
                                           end: words.numberRange.upperBound, approx: false)
            return finish(t, number: words.number, upper: nil, start: i, numberRange: words.numberRange, unit: unit,
                          end: unit.end, approxMarker: false, chineseOnly: false)
        }
        let (found, runEnd) = numeral(t, at: i)
        guard var a = found else { return .skip(next: max(runEnd, i + 1)) }
        var start = a.start
        if !a.chinese, NumberContext.hasMinusSign(t, before: start) {
            a.number = a.number.negated()
            start -= 1
        }
        if a.dots >= 2 || NumberContext.isGluedBefore(t, start) || NumberContext.isGluedAfter(t, a.end) {
            return .skip(next: max(NumberContext.codeEnd(t, from: a.end), a.end))
        }
        var p = a.end
        if !a.chinese, let factor = arabicMultiplier(t, at: p) {
            a.number = a.number.multiplied(by: factor)           // 3千家 = 3000家
            p += 1
        }
        var approxMarker = false
        if UnitLexicon.isApproxMarker(t[p]) {
            approxMarker = true                                    // 700多家, 120余条
            p += 1
        }
        let unitStart = t.skippingOneSpace(p)
        if let periodEnd = NumberContext.periodWordEnd(t, at: unitStart) { return .skip(next: periodEnd) }
        var unit = UnitLexicon.read(t, at: unitStart)
        var end = unit?.end ?? p
        var upper = a.upper
        var numberEnd = a.end
        var chineseOnly = a.chinese

        if upper == nil, !approxMarker, rangeSeparators.contains(t[end]), t.cls(end + 1).contains(.trigger), t[end + 1] != fan {
            switch rangeUpper(t, at: end + 1, lower: a.number, lowerUnit: unit) {
            case let .range(b, bEnd, bUnit, bChinese):
                upper = b
                numberEnd = bEnd
                if let bUnit {
                    unit = bUnit
                    end = bUnit.end
                } else {
                    end = bEnd
                }
                chineseOnly = chineseOnly && bChinese
            case .notRange:
                break
            case let .reject(next):
                if unit == nil { return .skip(next: next) }
            }
        }
        if let unit, unit.approx { approxMarker = true }
        // 三个三, 一家一策: a count in Chinese numerals running into another numeral is a slogan.
        if chineseOnly, unit != nil, t.isChineseNumeral(end) { return .skip(next: end) }
        return finish(t, number: a.number, upper: upper, start: start, numberRange: start..<numberEnd, unit: unit,
                      end: end, approxMarker: approxMarker, chineseOnly: chineseOnly)
    }

    /// Adds the comparator words around the expression and builds the match; nil-unit numbers need a word.
    private static func finish(_ t: QuantityText, number: DecimalValue, upper: DecimalValue?, start: Int, numberRange: Range<Int>,
                               unit: UnitLexicon.Reading?, end: Int, approxMarker: Bool, chineseOnly: Bool) -> Step {
        let suffix = ComparatorWords.suffix(t, at: end)
        let prefix = ComparatorWords.prefix(t, before: start)
        let hasWord = suffix != nil || prefix?.strong == true
        guard unit != nil || hasWord else { return .skip(next: max(end, start + 1)) }
        let comparator: Comparator
        if upper != nil {
            comparator = .range
        } else if let suffix {
            comparator = suffix.comparator
        } else if approxMarker {
            comparator = .above
        } else if let prefix {
            comparator = prefix.comparator
        } else {
            comparator = .equal
        }
        let scale = unit?.scale ?? 1
        let match = QuantityMatch(
            value: number.value, valueMax: upper?.value, unit: unit?.written,
            normalizedValue: number.scaled(by: scale), normalizedValueMax: upper?.scaled(by: scale),
            normalizedUnit: unit?.normalized, comparator: comparator,
            approx: approxMarker || suffix?.approx == true || prefix?.approx == true,
            scalarRange: (prefix?.bound ?? start)..<(suffix?.bound ?? end), numberRange: numberRange)
        let candidate = Candidate(match: match, chineseOnly: chineseOnly, hasComparatorWord: hasWord, base: unit?.base)
        return .quantity(candidate, next: max(end, start + 1))
    }

    private static func doublingStep(_ t: QuantityText, _ doubling: DoublingWords.Reading, start: Int) -> Step {
        let suffix = ComparatorWords.suffix(t, at: doubling.end)
        let prefix = ComparatorWords.prefix(t, before: start)
        let comparator = suffix?.comparator ?? prefix?.comparator ?? .equal
        let match = QuantityMatch(
            value: doubling.doublings, unit: "番", normalizedValue: DoublingWords.growthPercent(doubling.doublings),
            normalizedUnit: "%", comparator: comparator, approx: suffix?.approx == true || prefix?.approx == true,
            scalarRange: (prefix?.bound ?? start)..<(suffix?.bound ?? doubling.end), numberRange: doubling.numberRange)
        let candidate = Candidate(match: match, chineseOnly: false, hasComparatorWord: true, base: nil)
        return .quantity(candidate, next: doubling.end)
    }

    /// The upper bound of a range whose separator ends just before `k`.
    private static func rangeUpper(_ t: QuantityText, at k: Int, lower: DecimalValue,
                                   lowerUnit: UnitLexicon.Reading?) -> RangeResult {
        let (found, runEnd) = numeral(t, at: k)
        guard let b = found, b.upper == nil else { return .reject(next: max(runEnd, k)) }
        if b.dots >= 2 || NumberContext.isGluedAfter(t, b.end) {
            return .reject(next: max(NumberContext.codeEnd(t, from: b.end), b.end))
        }
        if t[b.end] == minus, t.isDigit(b.end + 1) {                       // 2018-04-16
            return .reject(next: NumberContext.codeEnd(t, from: b.end))
        }
        let unitStart = t.skippingOneSpace(b.end)
        if let periodEnd = NumberContext.periodWordEnd(t, at: unitStart) { return .reject(next: periodEnd) }  // 1-5月
        let upperUnit = UnitLexicon.read(t, at: unitStart)
        if let lowerUnit, let upperUnit, lowerUnit.written != upperUnit.written { return .notRange }
        // `3-1家` / `850家至800家` is a range written the wrong way round (the validator reports it),
        // not two numbers; without a unit after it, a falling pair is something else (a code, `5-3`).
        guard b.number.value > lower.value
            || (b.number.value < lower.value && upperUnit != nil && (lowerUnit == nil || lowerUnit?.written == upperUnit?.written))
        else { return .notRange }
        return .range(upper: b.number, numberEnd: b.end, unit: upperUnit, chinese: b.chinese)
    }

    /// The number at `i`, or nil with the end of the characters to skip.
    private static func numeral(_ t: QuantityText, at i: Int) -> (Numeral?, Int) {
        if t.isDigit(i) {
            let r = ArabicNumeral.read(t, at: i)
            return (Numeral(number: r.number, upper: nil, start: i, end: r.end, chinese: false, dots: r.dots), r.end)
        }
        guard t.isChineseNumeral(i) else { return (nil, i + 1) }
        let (reading, runEnd) = ChineseNumeral.read(t, at: i)
        guard let reading else { return (nil, runEnd) }
        return (Numeral(number: reading.number, upper: reading.upper, start: i, end: reading.end, chinese: true, dots: 0), runEnd)
    }

    /// 百/千 right after Arabic digits (3千家, 5千万元), not 百分点 and not 3千5百.
    private static func arabicMultiplier(_ t: QuantityText, at p: Int) -> Double? {
        let v = t[p]
        guard v == bai || v == qian else { return nil }
        if t.has(percentagePoints, at: p) || ChineseNumeral.digit(t[p + 1]) != nil { return nil }
        return v == bai ? 100 : 1000
    }
}
