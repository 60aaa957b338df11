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
        guard let plan = context.plan, let index = context.index else { return [] }
        // Shares and growth rates are percentages by nature; levels, increments, counts and
        // amounts of one metric must share a dimension.
        var groups: [String: [Target]] = [:]
        var order: [String] = []
        for target in plan.targets where index.isSpecific(target) && [.total, .increment, .count, .amount].contains(target.kind)
            && index.dimension(of: target) != .number {
            let key = index.metricKey(of: target) + "|" + target.scopeKey + "|" + index.object(of: target)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(target)
        }
        return order.flatMap { key in
            OddStatements.find(groups[key] ?? [], agree: { index.dimension(of: $0) == index.dimension(of: $1) }).map { odd, witness in
                Violation(
                    at: .element(id: odd.id, text: odd.text),
                    message: LocalizedText(
                        zh: "指标“\(odd.metric)”此处单位为“\(odd.unitText)”,另一处(\(witness.id))为“\(witness.unitText)”,两者不可换算",
                        en: "metric '\(odd.metric)' is in '\(odd.unitText)' here but in '\(witness.unitText)' elsewhere (\(witness.id)); the units do not convert"),
                    related: [RelatedAnchor(.element(id: witness.id, text: witness.text),
                                            label: LocalizedText(zh: "另一处表述:\(witness.text)", en: "stated elsewhere: \(witness.text)"))])
            }
        }
    }
}
