import YaodianModel

/// A level set below where last year already was: 高新技术企业总数达到2000家 when last year's
/// summary reports 2150.
struct TargetBelowPreviousRule: Rule {
    static let description = RuleDescription(
        id: "target_below_previous",
        name: LocalizedText(zh: "目标低于上年水平", en: "Target below last year's level"),
        rationale: LocalizedText(
            zh: "总量目标低于上年已达到的水平,要么是数字写错,要么需要在文中说明原因。",
            en: "A level below what last year already reached is either a wrong number or needs an explanation."),
        defaultSeverity: .warning,
        requires: .previous,
        triggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、主要目标
            全市高新技术企业总数达到2000家。
            """, line: 3, previous: """
            # 2023年科技工作要点
            一、主要目标
            全市高新技术企业总数达到2150家。
            """),
        ],
        nonTriggeringExamples: [
            // A level for a later year, or one this plan reports as past, is not this year's target.
            RuleExample("""
            # 2024年科技工作要点
            一、主要目标
            全市高新技术企业总数达到3000家,到2027年全市高新技术企业总数达到4000家。2020年,全市高新技术企业达到1000家。
            """, previous: """
            # 2023年科技工作要点
            一、主要目标
            全市高新技术企业总数达到2150家。
            """),
            RuleExample("""
            # 2024年科技工作要点
            一、主要目标
            全市高新技术企业总数达到3000家。
            """, previous: """
            # 2023年科技工作要点
            一、主要目标
            全市高新技术企业总数达到2150家。
            """),
        ])

    init(options: RuleOptions) {}

    func validate(_ context: ValidationContext) -> [Violation] {
        guard let plan = context.plan, let index = context.index else { return [] }
        let previous = context.previousValues
        return plan.targets.compactMap { target in
            let dimension = index.dimension(of: target)
            // This year's level: not one for a later year (到2027年…), not a past figure.
            guard target.kind == .total, target.parentId == nil, !dimension.isRate, index.horizon(of: target) == .planYear,
                  let last = previous.value(for: index.metricKey(of: target), dimension: dimension),
                  target.comparableValue < last.value, !context.settings.same(target.comparableValue, last.value)
            else { return nil }
            return Violation(
                at: .element(id: target.id, text: target.text),
                message: LocalizedText(
                    zh: "“\(target.metric)”目标\(target.valueText)低于上年\(last.isActual ? "实际" : "目标")\(last.valueText)",
                    en: "the target for '\(target.metric)' (\(target.valueText)) is below last year's \(last.isActual ? "actual" : "target") (\(last.valueText))"),
                related: [RelatedAnchor(last.anchor, label: previous.label(for: last))])
        }
    }
}
