import YaodianModel

/// An increment above the year's total: `高新技术企业突破3000家` and `净增3500家` cannot both hold.
struct IncrementExceedsTotalRule: Rule {
    static let description = RuleDescription(
        id: "increment_exceeds_total",
        name: LocalizedText(zh: "新增数大于总量", en: "Increment exceeds the total"),
        rationale: LocalizedText(
            zh: "一年的新增(净增、新认定)不可能大于年末总量:总量 = 基数 + 新增。",
            en: "What is added in a year cannot exceed the year-end total: total = baseline + increment."),
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、主要目标
            全市高新技术企业突破3000家。
            二、重点任务
            1. 培育高新技术企业。力争净增高新技术企业3500家以上。
            """, line: 5),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、主要目标
            全市高新技术企业突破3000家。
            二、重点任务
            1. 培育高新技术企业。力争净增高新技术企业850家以上。
            """),
        ])

    init(options: RuleOptions) {}

    func validate(_ context: ValidationContext) -> [Violation] {
        guard let plan = context.plan else { return [] }
        guard let index = context.index else { return [] }
        // The first total stated for each identity.
        var totals: [TargetIdentity: Target] = [:]
        for total in plan.targets where total.kind == .total && total.parentId == nil {
            let identity = TargetIdentity(total, index: index)
            if totals[identity] == nil { totals[identity] = total }
        }
        var violations: [Violation] = []
        var reportedTotals: Set<String> = []
        for increment in plan.targets where increment.kind == .increment {
            let identity = TargetIdentity(increment, index: index, kind: .total)
            guard !identity.dimension.isRate, let total = totals[identity] else { continue }
            let added = increment.comparableValue
            let whole = total.comparableValueMax ?? total.comparableValue
            guard added > whole, !context.settings.same(added, whole) else { continue }
            // Either number may be the wrong one: both places are reported, each naming the other.
            violations.append(Violation(
                at: .element(id: increment.id, text: increment.text),
                message: LocalizedText(
                    zh: "“\(increment.metric)”新增\(increment.valueText),大于全年总量目标\(total.valueText)",
                    en: "the increment of '\(increment.metric)' (\(increment.valueText)) exceeds the year's total (\(total.valueText))"),
                related: [RelatedAnchor(.element(id: total.id, text: total.text),
                                        label: LocalizedText(zh: "总量目标:\(total.text)", en: "the total: \(total.text)"))]))
            guard reportedTotals.insert(total.id).inserted else { continue }
            violations.append(Violation(
                at: .element(id: total.id, text: total.text),
                message: LocalizedText(
                    zh: "“\(total.metric)”全年总量目标\(total.valueText)小于新增目标\(increment.valueText)",
                    en: "the year's total of '\(total.metric)' (\(total.valueText)) is below its increment (\(increment.valueText))"),
                related: [RelatedAnchor(.element(id: increment.id, text: increment.text),
                                        label: LocalizedText(zh: "新增目标:\(increment.text)", en: "the increment: \(increment.text)"))]))
        }
        return violations
    }
}
