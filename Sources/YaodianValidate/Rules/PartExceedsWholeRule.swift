import YaodianModel

/// A 其中 part above its whole: `新认定市级以上企业研发机构160家,其中省级…200家`.
struct PartExceedsWholeRule: Rule {
    static let description = RuleDescription(
        id: "part_exceeds_whole",
        name: LocalizedText(zh: "“其中”部分大于总数", en: "Part exceeds its whole"),
        rationale: LocalizedText(
            zh: "“其中”所列的部分是总数的一部分,不可能大于总数。",
            en: "A part introduced by 其中 is contained in its total and cannot exceed it."),
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、重点任务
            1. 建设研发机构。新认定市级以上企业研发机构160家,其中省级企业研发机构200家。
            """, line: 3),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、重点任务
            1. 建设研发机构。新认定市级以上企业研发机构160家,其中省级企业研发机构40家以上。
            """),
        ])

    init(options: RuleOptions) {}

    func validate(_ context: ValidationContext) -> [Violation] {
        guard let plan = context.plan, let index = context.index else { return [] }
        let byId = index.targetsById
        var violations: [Violation] = []
        for part in plan.targets {
            guard let parentId = part.parentId, let whole = byId[parentId],
                  UnitDimension(target: part) == UnitDimension(target: whole), !UnitDimension(target: part).isRate else { continue }
            let partValue = part.comparableValueMax ?? part.comparableValue
            let wholeValue = whole.comparableValueMax ?? whole.comparableValue
            guard partValue > wholeValue, !context.settings.same(partValue, wholeValue) else { continue }
            violations.append(Violation(
                at: .element(id: part.id, text: part.text),
                message: LocalizedText(
                    zh: "“其中”部分\(part.valueText)(\(part.metric))大于其总数\(whole.valueText)(\(whole.metric))",
                    en: "the 其中 part \(part.valueText) (\(part.metric)) exceeds its whole \(whole.valueText) (\(whole.metric))"),
                related: [RelatedAnchor(.element(id: whole.id, text: whole.text),
                                        label: LocalizedText(zh: "总数:\(whole.text)", en: "the whole: \(whole.text)"))]))
        }
        return violations
    }
}
