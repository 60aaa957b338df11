import YaodianModel

/// The same metric stated twice with different values: 绍兴 states 万人发明专利拥有量达15件以上 in
/// its preamble and again in item 9 — a draft where the two differ contradicts itself.
struct MetricValueConflictRule: Rule {
    static let description = RuleDescription(
        id: "metric_value_conflict",
        name: LocalizedText(zh: "同一指标数值不一致", en: "Metric stated with different values"),
        rationale: LocalizedText(
            zh: "同一指标(同一口径、同一年度)在文中出现两次而数值不同,读者无法知道哪个是真正的目标。",
            en: "When one metric (same scope, same year) is stated twice with different values, readers cannot tell which is the target."),
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、总体要求
            全年新增高新技术企业100家。
            二、重点任务
            1. 培育创新主体。新增高新技术企业120家。
            """, line: 5),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、总体要求
            全年新增高新技术企业100家。
            二、重点任务
            1. 培育创新主体。新增高新技术企业100家以上。
            """),
            RuleExample("""
            # 2024年科技工作要点
            一、总体要求
            全市高新技术企业总数达到1000家,规上工业企业研发机构设置率达到60%。
            二、重点任务
            1. 培育创新主体。到2027年,全市高新技术企业总数达到1500家。
            """),
        ])

    init(options: RuleOptions) {}

    func validate(_ context: ValidationContext) -> [Violation] {
        guard let plan = context.plan, let index = context.index else { return [] }
        var groups: [TargetIdentity: [Target]] = [:]
        var order: [TargetIdentity] = []
        for target in plan.targets where index.isSpecific(target) && target.kind != .relative {
            let key = TargetIdentity(target, index: index)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(target)
        }
        let settings = context.settings
        func agree(_ a: Target, _ b: Target) -> Bool {
            guard settings.same(a.comparableValue, b.comparableValue) else { return false }
            switch (a.comparableValueMax, b.comparableValueMax) {
            case (nil, nil): return true
            case let (x?, y?): return settings.same(x, y)
            default: return false
            }
        }
        return order.flatMap { key in
            OddStatements.find(groups[key] ?? [], agree: agree).map { odd, witness in
                Violation(
                    at: .element(id: odd.id, text: odd.text),
                    message: LocalizedText(
                        zh: "指标“\(odd.metric)”此处为\(odd.valueText),另一处(\(witness.id))为\(witness.valueText)",
                        en: "metric '\(odd.metric)' is \(odd.valueText) here but \(witness.valueText) elsewhere (\(witness.id))"),
                    related: [RelatedAnchor(.element(id: witness.id, text: witness.text),
                                            label: LocalizedText(zh: "另一处表述:\(witness.text)", en: "stated elsewhere: \(witness.text)"))])
            }
        }
    }
}
