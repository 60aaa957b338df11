import YaodianModel
import YaodianText

/// A task with nothing to check it against: no number and no deadline (`加强科技宣传工作。`).
/// Opt-in: most plans have qualitative tasks on purpose.
struct VagueTaskRule: Rule {
    static let description = RuleDescription(
        id: "vague_task",
        name: LocalizedText(zh: "任务缺少量化指标或时限", en: "Task without a number or deadline"),
        rationale: LocalizedText(
            zh: "没有数量、也没有完成时限的任务,年中无法衡量进度;可补充目标值或“×月底前”等时限。",
            en: "A task with no number and no deadline cannot be measured at mid-year; add a target or a deadline such as ×月底前."),
        defaultSeverity: .warning,
        isOptIn: true,
        options: [RuleOptionDescription(name: "deadline_words", defaultValue: .list(VagueTaskRule.defaultDeadlineWords),
                                        help: "words that give a task a deadline")],
        triggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、重点任务
            1. 培育高新技术企业。新增高新技术企业100家。
            2. 加强科技宣传。营造良好创新氛围。
            """, line: 4),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、重点任务
            1. 培育高新技术企业。新增高新技术企业100家。
            2. 修订科技计划项目管理办法。6月底前完成修订并印发。
            """),
        ])

    static let defaultDeadlineWords = ["年底前", "月底前", "月底", "年内", "季度", "上半年", "下半年", "前完成", "截至", "年底", "月前", "日前"]

    let deadlineWords: WordList

    init(options: RuleOptions) throws(ConfigurationError) {
        deadlineWords = WordList(try options.list("deadline_words", default: Self.defaultDeadlineWords))
    }

    func validate(_ context: ValidationContext) -> [Violation] {
        guard let plan = context.plan, plan.kind == .workPlan else { return [] }
        let owners = Set(plan.targets.map(\.itemId))
        guard let index = context.index else { return [] }
        return index.items.compactMap { item in
            // An item's targets may sit in its points (S3.I16.P1).
            guard !owners.contains(where: { $0 == item.id || $0.hasPrefix(item.id + ".") }),
                  !deadlineWords.occurs(in: item.text) else { return nil }
            return Violation(
                at: .element(id: item.id, text: nil),
                message: LocalizedText(zh: "任务“\(item.title)”既无量化指标也无完成时限",
                                       en: "task '\(item.title)' has neither a number nor a deadline"))
        }
    }
}
