import YaodianParse

/// One level typed two ways: `(一)` beside `（一）`, `1.` beside `1、` or `1．`.
struct NumberingMixedStyleRule: Rule {
    static let description = RuleDescription(
        id: "numbering_mixed_style",
        name: LocalizedText(zh: "同级序号样式不统一", en: "Mixed numbering styles"),
        rationale: LocalizedText(
            zh: "同一层级的序号应使用同一种写法(全角或半角括号、顿号或圆点),样式混用多是从不同稿件拼接而来。",
            en: "One level should be typed one way (full- or half-width brackets, 、 or .); mixed styles usually come from pasting drafts together."),
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、强化企业创新主体地位
            1. 培育高新技术企业。新增高新技术企业100家。
            2、支持企业研发。
            """, line: 4),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、强化企业创新主体地位
            1. 培育高新技术企业。新增高新技术企业100家。
            2. 支持企业研发。
            """),
        ])

    init(options: RuleOptions) {}

    func validate(_ context: ValidationContext) -> [Violation] {
        let marks = context.numbering
        // The first style at a level is the document's (circled numbers are a level of their own).
        var norms: [Int: NumberingMark] = [:]
        var violations: [Violation] = []
        for mark in marks where !mark.isPartHeading {
            guard let norm = norms[mark.level] else {
                norms[mark.level] = mark
                continue
            }
            guard norm.style != mark.style else { continue }
            violations.append(Violation(
                at: .paragraph(index: mark.paragraphIndex, text: mark.marker),
                message: LocalizedText(zh: "序号“\(mark.marker)”的写法与同级的“\(norm.marker)”不一致",
                                       en: "'\(mark.marker)' is typed differently from '\(norm.marker)' at the same level"),
                related: [RelatedAnchor(.paragraph(index: norm.paragraphIndex, text: norm.marker),
                                        label: LocalizedText(zh: "同级首个序号“\(norm.marker)”", en: "the first number at this level '\(norm.marker)'"))],
                key: PlanNumbering.key(mark, in: context.document)))
        }
        return violations
    }
}
