import YaodianModel

/// A share or rate above 100%: `研发机构设置率达到120%`. Growth rates may exceed 100% and are not checked.
struct RateOver100Rule: Rule {
    static let description = RuleDescription(
        id: "rate_over_100",
        name: LocalizedText(zh: "比重或比率超过100%", en: "Share or rate above 100%"),
        rationale: LocalizedText(
            zh: "占比、比重、覆盖率、设置率等是部分与整体之比,不会超过100%(增长率除外)。",
            en: "Shares and ratios (占比, 比重, 覆盖率, 设置率) relate a part to its whole and cannot exceed 100%; growth rates can."),
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、主要目标
            全社会R&D经费支出占GDP比重达到3.2%,规上工业企业研发机构设置率达到120%。
            """, line: 3),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、主要目标
            全社会R&D经费支出占GDP比重达到3.2%,技术合同成交额同比增长150%。
            """),
        ])

    init(options: RuleOptions) {}

    func validate(_ context: ValidationContext) -> [Violation] {
        guard let plan = context.plan else { return [] }
        return plan.targets.compactMap { target in
            guard target.unit == "%", target.kind != .growthRate, target.kind != .relative,
                  target.kind == .share || target.metric.hasSuffix("率") || target.metric.hasSuffix("比重") || target.metric.hasSuffix("占比"),
                  !target.metric.hasSuffix("增长率"), !target.metric.hasSuffix("增速")
            else { return nil }
            let highest = target.valueMax ?? target.value
            guard highest > 100 else { return nil }
            return Violation(
                at: .element(id: target.id, text: target.text),
                message: LocalizedText(
                    zh: "“\(target.metric)”是比重或比率,目标\(target.valueText)超过100%",
                    en: "'\(target.metric)' is a share or rate; the target \(target.valueText) is above 100%"))
        }
    }
}
