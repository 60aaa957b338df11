import YaodianModel

/// A range written high-to-low: `新增领军企业3-1家`.
struct RangeInvertedRule: Rule {
    static let description = RuleDescription(
        id: "range_inverted",
        name: LocalizedText(zh: "区间上下限颠倒", en: "Range with low above high"),
        rationale: LocalizedText(
            zh: "区间目标应写作“低值-高值”;下限大于上限通常是笔误。",
            en: "A range target is written low-high; a low end above the high end is usually a typo."),
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、重点任务
            1. 培育领军企业。新增创新型领军企业3-1家。
            """, line: 3),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、重点任务
            1. 培育领军企业。新增创新型领军企业1-2家。
            """),
        ])

    init(options: RuleOptions) {}

    func validate(_ context: ValidationContext) -> [Violation] {
        guard let plan = context.plan else { return [] }
        return plan.targets.compactMap { target in
            guard let high = target.valueMax, high < target.value else { return nil }
            return Violation(
                at: .element(id: target.id, text: target.text),
                message: LocalizedText(
                    zh: "区间“\(target.valueText)”的下限\(Target.format(target.value))大于上限\(Target.format(high))",
                    en: "the range \(target.valueText) has its low end \(Target.format(target.value)) above its high end \(Target.format(high))"))
        }
    }
}
