import YaodianModel

/// One metric in incompatible units: `技术合同成交额达到200亿元` and later `技术合同成交额5000项`.
struct UnitMismatchRule: Rule {
    static let description = RuleDescription(
        id: "unit_mismatch",
        name: LocalizedText(zh: "同一指标单位不一致", en: "One metric in incompatible units"),
        rationale: LocalizedText(
            zh: "同一指标应使用可换算的单位(万元与亿元可以换算,亿元与项不行);单位不一致往往是指标名称或数字写错。",
            en: "One metric should be stated in convertible units (万元 and 亿元 convert; 亿元 and 项 do not); a mismatch usually means a wrong name or number."),
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、主要目标
            技术合同成交额达到200亿元。
            二、重点任务
            1. 促进成果转化。技术合同成交额达到5000项。
            """, line: 5),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、主要目标
            技术合同成交额达到200亿元。
            二、重点任务
            1. 促进成果转化。技术合同成交额达到2000000万元。
            """),
        ])

    init(options: RuleOptions) {}

    func validate(_ context: ValidationContext) -> [Violation] {
        guard let plan = context.plan else { return [] }
        // Shares and growth rates are percentages by nature; levels, increments, counts and
        // amounts of one metric must share a dimension.
        guard let index = context.index else { return [] }
        var first: [String: Target] = [:]
        var violations: [Violation] = []
        for target in plan.targets where index.isSpecific(target) && [.total, .increment, .count, .amount].contains(target.kind) {
            let dimension = index.dimension(of: target)
            guard dimension != .number else { continue }
            let metric = index.metricKey(of: target) + "|" + target.scopeKey + "|" + index.object(of: target)
            guard let earlier = first[metric] else {
                first[metric] = target
                continue
            }
            // `老旧小区86个70.29万平方米`: one clause measuring one thing two ways.
            guard earlier.clause != target.clause || earlier.itemId != target.itemId else { continue }
            guard index.dimension(of: earlier) != dimension else { continue }
            violations.append(Violation(
                at: .element(id: target.id, text: target.text),
                message: LocalizedText(
                    zh: "指标“\(target.metric)”此处单位为“\(target.unitText)”,与前文(\(earlier.id))的“\(earlier.unitText)”不可换算",
                    en: "metric '\(target.metric)' is in '\(target.unitText)' here but in '\(earlier.unitText)' earlier (\(earlier.id)); the units do not convert"),
                related: [RelatedAnchor(.element(id: earlier.id, text: earlier.text),
                                        label: LocalizedText(zh: "前文表述:\(earlier.text)", en: "first stated: \(earlier.text)"))]))
        }
        return violations
    }
}
