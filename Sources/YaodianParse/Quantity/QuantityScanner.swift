/// Finds the quantities in a clause (or any stretch of text): `力争净增高新技术企业850家以上` → 850 家 >=.
///
/// Works on folded Unicode scalars in one pass; a number only costs work where a digit, a Chinese numeral or
/// 翻 occurs. What is not returned: years and dates (2020年, 1-5月, 2018-04-16, 09:51), document numbers
/// (〔2018〕19号), ordinals (第九届, 十四届二次全会, 二等奖), quoted names and titles (“3315”计划, 《…三年行动方案》),
/// versions and codes (2.0版, 5G, 1+4), periods (十四五), bare scale words (百家…万家, 万人发明专利), numbers
/// without a unit unless a comparator word stands next to them (总数达到1700 is returned, 科技创新2025 is not),
/// and counts in Chinese numerals that only describe a list (三个创新发展高地, 八项规定, 一个研究院), see
/// `DescriptiveCounts`.
public enum QuantityScanner {
    /// Every quantity in `clause`, in document order; offsets are scalar offsets into `clause`.
    /// The text is expected in simplified characters: `PlanParser` converts traditional documents
    /// with OpenCC (`ChineseScript`) first, keeping offsets.
    public static func scan(_ clause: String) -> [QuantityMatch] {
        let folded = QuantityScalars.folded(clause.unicodeScalars)
        return scan(folded: folded, window: 0..<folded.count)
    }

    /// Every quantity in `scalars[range]`, for callers that hold a whole document as scalars.
    /// Offsets in the matches are offsets into `scalars`; nothing outside `range` is read.
    public static func scan(scalars: [Unicode.Scalar], in range: Range<Int>) -> [QuantityMatch] {
        let window = max(0, range.lowerBound)..<min(scalars.count, max(range.lowerBound, range.upperBound))
        let folded = QuantityScalars.folded(scalars[window])
        return scan(folded: folded, window: 0..<folded.count).map { match in
            var shifted = match
            shifted.scalarRange = (match.scalarRange.lowerBound + window.lowerBound)..<(match.scalarRange.upperBound + window.lowerBound)
            shifted.numberRange = (match.numberRange.lowerBound + window.lowerBound)..<(match.numberRange.upperBound + window.lowerBound)
            return shifted
        }
    }

    /// Every quantity in `folded[range]`, for callers that fold a whole block once and scan it
    /// clause by clause. Offsets are offsets into `folded`; reads outside `range` give 0, as when
    /// the clause alone is folded and scanned.
    static func scan(folded: [UInt32], in range: Range<Int>) -> [QuantityMatch] {
        scan(folded: folded, window: range)
    }

    /// The scan over folded scalars (`QuantityScalars.folded`).
    static func scan(folded: [UInt32], window: Range<Int>) -> [QuantityMatch] {
        let t = QuantityText(folded, window: window)
        var found: [ScannedQuantity] = []
        var clause = 0
        var sentence = 0
        var i = t.lower
        while i < t.upper {
            let k = QuantityScalars.classOf(folded[i])
            if k.isEmpty {
                i += 1
                continue
            }
            if k.contains(.trigger) {
                switch QuantityReader.read(t, at: i) {
                case let .quantity(candidate, next):
                    found.append(ScannedQuantity(candidate: candidate, clause: clause, sentence: sentence))
                    i = max(next, i + 1)
                case let .skip(next):
                    i = max(next, i + 1)
                }
                continue
            }
            if k.contains(.quoteOpen), let end = QuotedNames.end(t, openedAt: i) {
                i = end
                continue
            }
            if k.contains(.clauseBreak) {
                clause += 1
                if k.contains(.sentenceBreak) { sentence += 1 }
            }
            i += 1
        }
        return ImpliedUnits.fill(DescriptiveCounts.removed(from: found, in: t))
    }
}

/// A candidate with the clause and sentence it sits in (counted in the scanned window).
struct ScannedQuantity {
    var candidate: QuantityReader.Candidate
    var clause: Int
    var sentence: Int
}
