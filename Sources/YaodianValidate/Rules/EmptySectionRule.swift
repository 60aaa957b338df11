import YaodianModel

/// A heading with nothing under it: a section left empty while drafting.
struct EmptySectionRule: Rule {
    static let description = RuleDescription(
        id: "empty_section",
        name: LocalizedText(zh: "空章节", en: "Empty section"),
        rationale: LocalizedText(
            zh: "只有标题、没有任何内容的章节多是起草时遗漏。",
            en: "A heading with no text, items or subsections under it is usually something left out while drafting."),
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、强化企业创新主体地位
            1. 培育高新技术企业。新增高新技术企业100家。
            二、优化创新生态
            三、加强科技人才引育
            1. 引进高层次人才。引进高层次人才团队10个。
            """, line: 4),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、强化企业创新主体地位
            1. 培育高新技术企业。新增高新技术企业100家。
            二、优化创新生态
            深化科技体制改革,营造良好创新环境。
            """),
        ])

    init(options: RuleOptions) {}

    /// Headings of plans are short (`打造高能级创新平台`, `融入湾区战略,优化重大创新平台布局`).
    static let longestHeading = 25

    func validate(_ context: ValidationContext) -> [Violation] {
        guard let plan = context.plan else { return [] }
        var violations: [Violation] = []
        func visit(_ section: PlanSection) {
            // A long "heading" is a sentence that carries its own content (`(一)各幼儿园要认真贯彻…`).
            let isHeading = section.title.count <= Self.longestHeading
            let empty = isHeading && section.text.allSatisfy { $0.allSatisfy(\.isWhitespace) } && section.items.isEmpty
                && section.sections.isEmpty
            if empty {
                let heading = section.heading
                violations.append(Violation(
                    at: .element(id: section.id, text: nil),
                    message: LocalizedText(zh: "章节“\(heading)”下没有任何内容", en: "section '\(heading)' has nothing under it")))
            }
            section.sections.forEach(visit)
        }
        plan.sections.forEach(visit)
        return violations
    }
}
