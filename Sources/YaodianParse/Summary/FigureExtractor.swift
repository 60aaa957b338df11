import Foundation
import YaodianModel
import YaodianText

/// The figures a half-year summary reports (`1-5月…高新技术产业增加值139.5亿元,同比增长0.6%`), each
/// with the period it covers and whether it is an actual, a growth figure or a forecast.
struct FigureExtractor {
    let lexicon: MetricLexicon

    /// Period words in the order they are looked for; the first found in a clause sets the period
    /// for the rest of its sentence.
    static let periodMarkers: [(word: String, period: String)] = [
        ("预计到6月底", "预计6月底"), ("预计6月底", "预计6月底"), ("到6月底", "预计6月底"), ("今年以来", "今年以来"), ("今年已累计", "今年以来"),
        ("上半年", "上半年"), ("目前", "目前"), ("全年", "全年"), ("今年", "今年以来"),
    ]

    /// - Parameter defaultPeriod: the period of a figure whose sentence names none (`上半年` in a
    ///   half-year summary, `2023年` in the 2023年工作回顾 of a work report).
    private static let markerWords = WordList(periodMarkers.map(\.word))

    func figures(in text: String, simplified simplifiedText: String? = nil, ownerId: String, startingAt first: Int,
                 defaultPeriod: String = "上半年", scalars decoded: ArraySlice<Unicode.Scalar>? = nil) -> [ReportedFigure] {
        let script = ScriptedScalars(text, simplified: simplifiedText, decoded: decoded)
        let original = script.original
        let scalars = script.simplified
        var figures: [ReportedFigure] = []
        // Folded once for the block; each clause is scanned as a window of it.
        let folded = QuantityScalars.folded(scalars)
        for sentence in ClauseSplitter.split(scalars) {
            var period = defaultPeriod
            for clause in sentence.clauses {
                let clauseScalars = Array(scalars[clause.range])
                let clauseText = ScalarText.string(clauseScalars)
                if let marker = Self.period(in: clauseScalars) { period = marker }
                var segmentStart = 0
                let shift = clause.range.lowerBound
                for match in QuantityScanner.scan(folded: folded, in: clause.range) {
                    // Offsets relative to the clause, as when the clause alone is scanned.
                    var quantity = match
                    quantity.scalarRange = (match.scalarRange.lowerBound - shift)..<(match.scalarRange.upperBound - shift)
                    quantity.numberRange = (match.numberRange.lowerBound - shift)..<(match.numberRange.upperBound - shift)
                    let before = ScalarText.string(clauseScalars[segmentStart..<quantity.scalarRange.lowerBound])
                    let kind: FigureKind = clauseText.includes("预计") || clauseText.includes("计划") ? .forecast
                        : (quantity.unit == "%" || quantity.unit == "个百分点") && (before.includes("增长") || before.includes("增速")
                            || before.includes("高于") || before.includes("下降")) ? .growth : .actual
                    let textRange = segmentStart..<quantity.scalarRange.upperBound
                    let figureText = ScalarText.string(
                        original[(clause.range.lowerBound + textRange.lowerBound)..<(clause.range.lowerBound + textRange.upperBound)])
                    let metric = lexicon.normalise(Self.nounPhrase(before))
                    figures.append(ReportedFigure(
                        id: "\(ownerId).F\(first + figures.count)", itemId: ownerId, text: TextNormalizer.trimmed(figureText),
                        metric: metric, value: quantity.value, unit: quantity.unit,
                        period: kind == .forecast && period == defaultPeriod ? "预计" : period, kind: kind, approx: quantity.approx))
                    segmentStart = quantity.scalarRange.upperBound
                }
            }
        }
        return figures
    }

    /// The period a clause names (its scalars, simplified).
    static func period(in scalars: [Unicode.Scalar]) -> String? {
        // 1-5月 / 1—5月: a month range reported so far.
        for (index, scalar) in scalars.enumerated() where scalar == "1" && index + 3 < scalars.count {
            let dash = scalars[index + 1]
            guard dash == "-" || dash == "—" || dash == "～" || dash == "~" else { continue }
            var end = index + 2
            while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
            if end < scalars.count, end > index + 2, scalars[end] == "月" {
                return "1-" + ScalarText.string(scalars[(index + 2)..<end]) + "月"
            }
        }
        if let word = markerWords.firstMatch(in: scalars)?.word, let period = periodMarkers.first(where: { $0.word == word })?.period {
            return period
        }
        return fiscalYear(in: scalars).map { "\($0)年度" }
    }

    /// The smallest year 2000…2100 written as `NNNN年度` anywhere in the clause (what searching the
    /// clause for each `\(year)年度` in turn finds first), read off each 年度 in one pass.
    private static func fiscalYear(in scalars: [Unicode.Scalar]) -> Int? {
        var smallest: Int?
        var index = 4
        while index + 1 < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "年", scalars[index + 1] == "度" else { continue }
            var year = 0
            var digits = true
            for scalar in scalars[(index - 4)..<index] {
                guard ("0"..."9").contains(scalar) else {
                    digits = false
                    break
                }
                year = year * 10 + Int(scalar.value - 48)
            }
            if digits, (2000...2100).contains(year), year < smallest ?? Int.max { smallest = year }
        }
        return smallest
    }

    /// What the figure counts: the words before it without verbs of reporting.
    private static let reportingWords = WordList([
        "今年以来", "今年已累计", "今年", "上半年", "目前", "预计", "全年", "累计", "实现", "完成", "达到", "已", "共", "新", "、", "，", ",",
    ])

    private static func nounPhrase(_ text: String) -> String {
        TextNormalizer.trimmed(reportingWords.removing(from: text))
    }
}
