import YaodianModel

/// An input with no numbered plan in it: the other rules have nothing to check, which CI should
/// not mistake for a clean plan.
struct PlanNotFoundRule: Rule {
    static let description = RuleDescription(
        id: "plan_not_found",
        name: LocalizedText(zh: "未识别出计划结构", en: "No plan found"),
        rationale: LocalizedText(
            zh: "文件中没有“一、”“(一)”等编号结构,或标题不像工作要点、计划、总结,其余规则无从检查;请确认文件内容或编号格式。",
            en: "The file has no numbered structure (一、, (一)) or its title is not a plan or summary, so no other rule can check it."),
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample("""
            # 关于举办科技活动周的通知
            各有关单位:定于5月举办科技活动周,请积极参加。
            """, line: 1),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、重点任务
            1. 培育创新主体。新增高新技术企业100家。
            """),
        ])

    init(options: RuleOptions) {}

    func validate(_ context: ValidationContext) -> [Violation] {
        guard context.plan == nil else { return [] }
        return [Violation(at: .title,
                          message: LocalizedText(zh: "未识别出工作要点或总结的编号结构,其中的指标未做一致性检查",
                                                 en: "no numbered work plan or summary found; its targets were not checked"),
                          key: "plan")]
    }
}
