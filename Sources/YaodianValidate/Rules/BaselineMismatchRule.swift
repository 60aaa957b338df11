import YaodianModel

/// Total − increment against last year's level: 宁波 plans 高新技术企业突破3000家 and 净增850家,
/// so it starts from about 2150; if last year ended at 1800, one of the three numbers is wrong.
struct BaselineMismatchRule: Rule {
    static let description = RuleDescription(
        id: "baseline_mismatch",
        name: LocalizedText(zh: "总量、新增与基数不符", en: "Total, increment and baseline disagree"),
        rationale: LocalizedText(
            zh: "年末总量 = 上年基数 + 本年新增;三者对不上时,至少有一个数字需要核对。",
            en: "The year-end total equals last year's level plus this year's increment; when they disagree one of the numbers is wrong."),
        defaultSeverity: .warning,
        requires: .previous,
        options: [RuleOptionDescription(name: "tolerance", defaultValue: .number(0.05),
                                        help: "relative difference accepted between total − increment and the baseline (0.05 = 5%)")],
        triggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、主要目标
            全市高新技术企业突破3000家,净增高新技术企业850家以上。
            """, line: 3, previous: """
            # 2023年科技工作要点
            一、主要目标
            全市高新技术企业总数达到1800家。
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、主要目标
            全市高新技术企业突破3000家,净增高新技术企业850家以上;到2027年,全市高新技术企业达到4000家。
            """, previous: """
            # 2023年科技工作要点
            一、主要目标
            全市高新技术企业总数达到2150家。
            """),
            RuleExample("""
            # 2024年科技工作要点
            一、主要目标
            全市高新技术企业突破3000家,净增高新技术企业850家以上。
            """, previous: """
            # 2023年科技工作要点
            一、主要目标
            全市高新技术企业总数达到2150家。
            """),
        ])

    let tolerance: Double

    init(options: RuleOptions) throws(ConfigurationError) {
        tolerance = try options.number("tolerance", default: 0.05)
    }

    func validate(_ context: ValidationContext) -> [Violation] {
        guard let plan = context.plan, let index = context.index else { return [] }
        let previous = context.previousValues
        // This year's increments, by what they add to (the first statement of each).
        var increments: [TargetIdentity: Target] = [:]
        for increment in plan.targets where increment.kind == .increment && increment.parentId == nil {
            let identity = TargetIdentity(increment, index: index, kind: .total)
            if increments[identity] == nil { increments[identity] = increment }
        }
        var violations: [Violation] = []
        for total in plan.targets where total.kind == .total && total.parentId == nil {
            let identity = TargetIdentity(total, index: index)
            // This year's level (not 到2027年…, not a past figure) with last year's level and an increment.
            guard !identity.dimension.isRate, identity.horizon == .planYear,
                  let last = previous.value(for: identity.metric, dimension: identity.dimension),
                  let increment = increments[identity] else { continue }
            let implied = total.comparableValue - increment.comparableValue
            guard abs(implied - last.value) > tolerance * max(abs(total.comparableValue), 1) else { continue }
            violations.append(Violation(
                at: .element(id: total.id, text: total.text),
                message: LocalizedText(
                    zh: "“\(total.metric)”总量\(total.valueText)减去新增\(increment.valueText)得基数约\(Target.format(implied.rounded())),与上年\(last.isActual ? "实际" : "目标")\(last.valueText)不符",
                    en: "for '\(total.metric)', the total \(total.valueText) minus the increment \(increment.valueText) gives a baseline of about \(Target.format(implied.rounded())), but last year's \(last.isActual ? "actual" : "target") is \(last.valueText)"),
                related: [RelatedAnchor(.element(id: increment.id, text: increment.text),
                                        label: LocalizedText(zh: "新增目标:\(increment.text)", en: "the increment: \(increment.text)")),
                          RelatedAnchor(last.anchor, label: previous.label(for: last))]))
        }
        return violations
    }
}
