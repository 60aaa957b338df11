import YaodianModel

/// A growth rate that does not match last year's level and this year's target:
/// 技术合同成交额达到220亿元 and 增长10% from last year's 150亿元 (that would be 46.7%).
struct GrowthRateInconsistentRule: Rule {
    static let description = RuleDescription(
        id: "growth_rate_inconsistent",
        name: LocalizedText(zh: "增速与基数、目标不符", en: "Growth rate disagrees with baseline and target"),
        rationale: LocalizedText(
            zh: "增长率目标 = 本年目标 ÷ 上年基数 − 1;三者对不上时,至少有一个数字需要核对。",
            en: "A growth target equals this year's level over last year's, minus one; when they disagree one number is wrong."),
        defaultSeverity: .warning,
        requires: .previous,
        options: [RuleOptionDescription(name: "tolerance_points", defaultValue: .number(2),
                                        help: "percentage points accepted between the stated and the implied growth rate")],
        triggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、主要目标
            技术合同成交额达到220亿元,同比增长10%。
            """, line: 3, previous: """
            # 2023年科技工作要点
            一、主要目标
            技术合同成交额达到150亿元。
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、主要目标
            技术合同成交额达到220亿元,同比增长10%。
            """, previous: """
            # 2023年科技工作要点
            一、主要目标
            技术合同成交额达到200亿元。
            """),
        ])

    let tolerancePoints: Double

    init(options: RuleOptions) throws(ConfigurationError) {
        tolerancePoints = try options.number("tolerance_points", default: 2)
    }

    func validate(_ context: ValidationContext) -> [Violation] {
        guard let plan = context.plan, let index = context.index else { return [] }
        let previous = context.previousValues
        // This year's levels by metric (the first statement of each).
        var totals: [String: Target] = [:]
        for total in plan.targets where total.kind == .total && total.parentId == nil && index.horizon(of: total) == .planYear {
            let key = index.metricKey(of: total) + "|" + total.scopeKey
            if totals[key] == nil { totals[key] = total }
        }
        var violations: [Violation] = []
        for (position, growth) in plan.targets.enumerated() where growth.kind == .growthRate && growth.unit == "%" && growth.valueMax == nil {
            // 技术合同成交额增长率 grows 技术合同成交额; a bare `同比增长10%` grows what the sentence
            // named just before it (`技术合同成交额达到220亿元,同比增长10%`).
            var base = Self.grownMetric(growth.metric)
            if base.isEmpty, position > 0,
               plan.targets[position - 1].itemId == growth.itemId, plan.targets[position - 1].kind != .growthRate {
                base = plan.targets[position - 1].metric
            }
            guard !base.isEmpty, let total = totals[MetricBase.key(base, context.settings) + "|" + growth.scopeKey],
                  let last = previous.value(for: index.metricKey(of: total), dimension: index.dimension(of: total)),
                  last.value > 0 else { continue }
            let implied = (total.comparableValue / last.value - 1) * 100
            guard abs(implied - growth.value) > tolerancePoints else { continue }
            violations.append(Violation(
                at: .element(id: growth.id, text: growth.text),
                message: LocalizedText(
                    zh: "“\(base)”增速目标\(growth.valueText)与目标\(total.valueText)、上年\(last.valueText)所隐含的增速\(Target.format((implied * 10).rounded() / 10))%不符",
                    en: "the growth target \(growth.valueText) for '\(base)' disagrees with the \(Target.format((implied * 10).rounded() / 10))% implied by the target \(total.valueText) and last year's \(last.valueText)"),
                related: [RelatedAnchor(.element(id: total.id, text: total.text),
                                        label: LocalizedText(zh: "总量目标:\(total.text)", en: "the level: \(total.text)")),
                          RelatedAnchor(last.anchor, label: previous.label(for: last))]))
        }
        return violations
    }

    static func grownMetric(_ metric: String) -> String {
        for suffix in ["增长率", "增速", "增幅"] where metric.hasSuffix(suffix) {
            return String(metric.dropLast(suffix.count))
        }
        return metric
    }
}
