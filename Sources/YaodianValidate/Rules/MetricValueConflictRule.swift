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
        guard let plan = context.plan else { return [] }
        guard let index = context.index else { return [] }
        var first: [TargetIdentity: Target] = [:]
        var violations: [Violation] = []
        for target in plan.targets where index.isSpecific(target) && target.kind != .relative {
            let key = TargetIdentity(target, index: index)
            guard let earlier = first[key] else {
                first[key] = target
                continue
            }
            // One clause naming two values of one metric is `分别突破2000亿元、1600亿元`: two things.
            guard earlier.clause != target.clause || earlier.itemId != target.itemId else { continue }
            let sameLow = context.settings.same(earlier.comparableValue, target.comparableValue)
            let sameHigh = switch (earlier.comparableValueMax, target.comparableValueMax) {
            case (nil, nil): true
            case let (a?, b?): context.settings.same(a, b)
            default: false
            }
            guard !(sameLow && sameHigh) else { continue }
            violations.append(Violation(
                at: .element(id: target.id, text: target.text),
                message: LocalizedText(
                    zh: "指标“\(target.metric)”此处为\(target.valueText),与前文(\(earlier.id))的\(earlier.valueText)不一致",
                    en: "metric '\(target.metric)' is \(target.valueText) here but \(earlier.valueText) earlier (\(earlier.id))"),
                related: [RelatedAnchor(.element(id: earlier.id, text: earlier.text),
                                        label: LocalizedText(zh: "前文表述:\(earlier.text)", en: "first stated: \(earlier.text)"))]))
        }
        return violations
    }
}
