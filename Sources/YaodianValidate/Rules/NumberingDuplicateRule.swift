import YaodianParse

/// A number used twice, or going back, at one level: 1. 2. 2. or 一、二、二、.
struct NumberingDuplicateRule: Rule {
    static let description = RuleDescription(
        id: "numbering_duplicate",
        name: LocalizedText(zh: "序号重复", en: "Duplicate number"),
        rationale: LocalizedText(
            zh: "同一层级下序号不应重复或倒退;重复序号会让“第×项”的引用含糊不清。",
            en: "A number repeated (or going back) at one level makes references such as 'item 3' ambiguous."),
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、强化企业创新主体地位
            1. 培育高新技术企业。新增高新技术企业100家。
            2. 支持企业研发。
            2. 加强知识产权保护。
            """, line: 5),
            // A 工作要点 does not start a list again under prose: (一)(二) … (一) is a duplicate.
            RuleExample("""
            # 2024年科技工作要点
            一、强化企业创新主体地位
            (一)培育高新技术企业。新增高新技术企业100家。
            (二)支持企业研发。
            全面落实研发费用加计扣除政策。
            (一)加强知识产权保护。
            """, line: 6),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、强化企业创新主体地位
            1. 培育高新技术企业。新增高新技术企业100家。
            2. 支持企业研发。
            3. 加强知识产权保护。
            """),
        ])

    init(options: RuleOptions) {}

    func validate(_ context: ValidationContext) -> [Violation] {
        context.numberingEvents.compactMap { event in
            guard case let .duplicate(mark, previous) = event else { return nil }
            return Violation(
                at: .paragraph(index: mark.paragraphIndex, text: mark.marker),
                message: LocalizedText(zh: "序号“\(mark.marker)”与上文序号“\(previous.marker)”重复或倒退",
                                       en: "number '\(mark.marker)' repeats or goes back after '\(previous.marker)'"),
                related: [RelatedAnchor(.paragraph(index: previous.paragraphIndex, text: previous.marker),
                                        label: LocalizedText(zh: "上一个序号“\(previous.marker)”", en: "the previous number '\(previous.marker)'"))],
                key: PlanNumbering.key(mark, in: context.document))
        }
    }
}
