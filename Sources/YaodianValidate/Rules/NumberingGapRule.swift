import YaodianParse

/// A number skipped at some level: 一、二、四、 or 1. 2. 4.
struct NumberingGapRule: Rule {
    static let description = RuleDescription(
        id: "numbering_gap",
        name: LocalizedText(zh: "序号跳号", en: "Numbering gap"),
        rationale: LocalizedText(
            zh: "各层级序号(一、/(一)/1./(1))应连续;跳号通常是删改段落后没有重新编号。",
            en: "Numbers at each level (一、/(一)/1./(1)) run without gaps; a gap usually means a paragraph was removed without renumbering."),
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、强化企业创新主体地位
            1. 培育高新技术企业。新增高新技术企业100家。
            2. 支持企业研发。
            二、优化创新生态
            4. 深化科技体制改革。
            """, line: 6),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、强化企业创新主体地位
            1. 培育高新技术企业。新增高新技术企业100家。
            2. 支持企业研发。
            二、优化创新生态
            3. 深化科技体制改革。
            """),
            RuleExample("""
            # 2024年科技工作要点
            一、强化企业创新主体地位
            1. 培育高新技术企业。新增高新技术企业100家。
            二、优化创新生态
            1. 深化科技体制改革。
            """),
        ])

    init(options: RuleOptions) {}

    func validate(_ context: ValidationContext) -> [Violation] {
        context.numberingEvents.compactMap { event in
            guard case let .gap(mark, expected) = event else { return nil }
            return Violation(
                at: .paragraph(index: mark.paragraphIndex, text: mark.marker),
                message: LocalizedText(zh: "序号“\(mark.marker)”跳号:此处应为“\(NumberingStyle.marker(expected, like: mark))”",
                                       en: "numbering skips to '\(mark.marker)': '\(NumberingStyle.marker(expected, like: mark))' was due here"),
                key: PlanNumbering.key(mark, in: context.document))
        }
    }
}
