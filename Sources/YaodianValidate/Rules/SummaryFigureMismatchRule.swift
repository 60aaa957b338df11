import YaodianModel
import YaodianParse
import YaodianText

/// A summary figure that differs from the progress data it was written from: the draft says
/// 技术交易总额6.6亿元 for 1-5月, the departments reported 6.653亿元 — a draft never invents a number.
struct SummaryFigureMismatchRule: Rule {
    static let description = RuleDescription(
        id: "summary_figure_mismatch",
        name: LocalizedText(zh: "总结数字与进度数据不符", en: "Summary figure differs from the progress data"),
        rationale: LocalizedText(
            zh: "总结中的每个数字都应能在各处室报送的进度数据中找到出处;不一致的数字要么抄错,要么来源不明。",
            en: "Every figure in a summary should trace to the progress data the departments reported; a differing figure is a copying error or has no source."),
        defaultSeverity: .error,
        requires: .progressData,
        triggeringExamples: [
            RuleExample("""
            # 2024年上半年工作总结及下半年工作计划
            一、上半年工作完成情况
            1-5月,全市技术合同成交额6.8亿元,同比增长27%。
            二、下半年工作计划
            一是抓统筹引领,二是抓平台建设。
            """, line: 3, data: """
            metric,period,value,unit
            技术合同成交额,1-5月,6.653,亿元
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年上半年工作总结及下半年工作计划
            一、上半年工作完成情况
            1-5月,全市技术合同成交额6.653亿元,同比增长27%。
            二、下半年工作计划
            一是抓统筹引领,二是抓平台建设。
            """, data: """
            metric,period,value,unit
            技术合同成交额,1-5月,66530,万元
            """),
        ])

    init(options: RuleOptions) {}

    func validate(_ context: ValidationContext) -> [Violation] {
        guard let plan = context.plan, let data = context.progress else { return [] }
        let settings = context.settings
        let records = data.records.map { record in
            (record: record, metric: MetricBase.key(MetricNames.normalised(record.metric), settings))
        }
        var violations: [Violation] = []
        for figure in plan.figures where figure.kind != .forecast {
            let metric = MetricBase.key(figure.metric, settings)
            let dimension = UnitDimension(unit: figure.unit)
            // Same metric, same unit family; the same period when both say one.
            let candidates = records.filter { candidate in
                candidate.metric == metric && UnitDimension(unit: candidate.record.unit) == dimension
                    && Self.samePeriod(candidate.record.period, figure.period)
            }
            // A row naming the figure (its id) wins over one that only shares its metric.
            guard let match = candidates.first(where: { $0.record.targetId == figure.id }) ?? candidates.first else { continue }
            let value = figure.value * PreviousValues.scale(of: figure.unit)
            let reported = match.record.value * PreviousValues.scale(of: match.record.unit)
            // Figures are rounded when written (6.653 → 6.65): accept the data rounded to the figure's digits.
            guard !settings.same(value, reported), !Self.roundsTo(reported, figure.value, scale: PreviousValues.scale(of: figure.unit))
            else { continue }
            // The data in the figure's unit (965000万元 → 96.5亿元), as written beside it when different.
            let written = Target.format(match.record.value) + (match.record.unit ?? "")
            let converted = Target.format((reported / PreviousValues.scale(of: figure.unit) * 1e4).rounded() / 1e4) + (figure.unit ?? "")
            let dataText = converted == written ? written : "\(converted)(\(written))"
            violations.append(Violation(
                at: .element(id: figure.id, text: figure.text),
                message: LocalizedText(
                    zh: "“\(figure.metric)”(\(figure.period))写作\(figure.valueText),进度数据为\(dataText)",
                    en: "'\(figure.metric)' (\(figure.period)) is written as \(figure.valueText), but the progress data says \(dataText)"),
                related: [RelatedAnchor(.external(SourceLocation(path: data.path, line: match.record.line, column: 1)),
                                        label: LocalizedText(zh: "进度数据第\(match.record.line)行", en: "progress data, line \(match.record.line)"))]))
        }
        return violations
    }

    static func samePeriod(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        func folded(_ text: String) -> String {
            // 1—5月, 1至5月 and 1-5月 are one period.
            String(TextNormalizer.compact(text).map { "—–~～至到".contains($0) ? "-" : $0 })
        }
        return folded(a) == folded(b)
    }

    /// True when `reported` (in base units) rounded to the digits `written` shows equals it.
    static func roundsTo(_ reported: Double, _ written: Double, scale: Double) -> Bool {
        let digits = Target.format(written).split(separator: ".").dropFirst().first?.count ?? 0
        var factor = 1.0
        for _ in 0..<digits { factor *= 10 }
        return ((reported / scale) * factor).rounded() / factor == written
    }
}
