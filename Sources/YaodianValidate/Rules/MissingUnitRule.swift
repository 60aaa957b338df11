import YaodianModel

/// A target without a unit: 南昌's `高新技术企业总数达到1700` — 1700 what?
struct MissingUnitRule: Rule {
    static let description = RuleDescription(
        id: "missing_unit",
        name: LocalizedText(zh: "指标缺少单位", en: "Target without a unit"),
        rationale: LocalizedText(
            zh: "没有单位的数字无法核对,也无法与其他表述比较;公文中的数量应写明计量单位。",
            en: "A number without its unit cannot be checked or compared with other statements."),
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、主要目标
            新认定高新技术企业580家以上,高新技术企业总数达到1700。
            """, line: 3),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、主要目标
            新认定高新技术企业580家以上,高新技术企业总数达到1700家。
            """),
        ])

    init(options: RuleOptions) {}

    func validate(_ context: ValidationContext) -> [Violation] {
        guard let plan = context.plan else { return [] }
        return plan.targets.compactMap { target in
            guard target.unit == nil || target.unit == "" else { return nil }
            // A suggestion with a scale word (`万个`) would be a guess at the number too.
            let implied = target.unitImplied.flatMap { UnitDimension.withoutScale($0) == $0 ? $0 : nil }
            let suggestion = implied.map { LocalizedText(zh: "(应为“\($0)”?)", en: " (\($0)?)") }
            return Violation(
                at: .element(id: target.id, text: target.text),
                message: LocalizedText(
                    zh: "“\(target.text)”中的数字\(Target.format(target.value))没有单位" + (suggestion?.zh ?? ""),
                    en: "the number \(Target.format(target.value)) in '\(target.text)' has no unit" + (suggestion?.en ?? "")))
        }
    }
}
