import YaodianModel
import YaodianText

/// The plan year stated differently in different places: the title says 2024, the 发文字号 says
/// 〔2022〕, the preamble says `2023年是…`.
struct YearMismatchRule: Rule {
    static let description = RuleDescription(
        id: "year_mismatch",
        name: LocalizedText(zh: "年度不一致", en: "Plan year disagrees"),
        rationale: LocalizedText(
            zh: "标题、通知标题、前言中的“××××年是…”、发文字号与发布日期所示年度应与计划年度一致(计划可在上一年末印发)。",
            en: "The title, the notice's title, the preamble's 'YYYY年是…', the 发文字号 and the publish date should agree with the plan year (a plan may be issued late in the year before)."),
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、总体要求
            2023年是全面贯彻落实党的二十大精神的开局之年。
            二、重点任务
            1. 培育创新主体。新增高新技术企业100家。
            """, line: 3),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            # 2024年科技工作要点
            一、总体要求
            2024年是实现“十四五”规划目标任务的关键一年。2023年,全市高新技术企业达到900家。
            二、重点任务
            1. 培育创新主体。新增高新技术企业100家。
            """),
            RuleExample("""
            # 2024年科技工作要点
            一、总体要求
            2023年是全面贯彻党的二十大精神的开局之年,一年来全市科技工作取得新成效。
            二、重点任务
            1. 培育创新主体。新增高新技术企业100家。
            """),
        ])

    init(options: RuleOptions) {}

    /// Sections that set out the year's aims, where `2024年是…` names the plan year.
    /// Words after `YYYY年` that make it the year the plan is for.
    static let aimWords = ["总体要求", "总体思路", "主要预期目标", "工作目标"]

    /// The word that makes `YYYY年` at `offset` name the plan's year: `是` right after it, or an
    /// aim word soon after; nil otherwise.
    static func aimAfter(_ text: String, _ offset: Int) -> String? {
        let after = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(offset + 5).prefix(14)))
        if after.hasPrefix("是") { return "是…" }
        return aimWords.first { after.includes($0) }.map { "…" + $0 }
    }

    /// A sentence that reviews the year it names (`2023年是…开局之年,一年来…`).
    static let reviewWords = WordList(["一年来", "过去一年", "过去的一年", "回顾", "取得", "成效"])

    static let overviewWords = ["总体要求", "总体思路", "指导思想", "工作思路", "主要目标", "总体目标", "目标任务"]

    func validate(_ context: ValidationContext) -> [Violation] {
        guard let plan = context.plan, let year = plan.year else { return [] }
        let notice = context.document.notice
        let body = notice.body
        func paragraph(containing text: String) -> Anchor {
            if let index = body.firstIndex(where: { $0.includes(text) }) { return .paragraph(index: index, text: text) }
            return .title
        }
        // Where the plan year comes from: the plan's own title line, else the page title.
        let reference: (anchor: Anchor, text: String)
        if let title = plan.title, YearMentions.first(in: title) == year {
            reference = (paragraph(containing: title), title)
        } else if let title = notice.title, YearMentions.first(in: title) == year {
            reference = (.title, title)
        } else {
            reference = (.title, notice.title ?? "")
        }
        let referenceLabel = RelatedAnchor(reference.anchor, label: LocalizedText(zh: "计划年度\(year)年:\(reference.text)",
                                                                                  en: "plan year \(year): \(reference.text)"))
        var violations: [Violation] = []
        func report(_ anchor: Anchor, found: Int, what: LocalizedText, key: String) {
            violations.append(Violation(
                at: anchor,
                // `what` quotes the place with its year, so the year is not repeated.
                message: LocalizedText(zh: "\(what.zh)与计划年度\(year)年不一致",
                                       en: "\(what.en) says \(found), but the plan year is \(year)"),
                related: [referenceLabel], key: key))
        }

        // Titles must name the plan year itself.
        for (title, anchor, what, key) in [
            (notice.title, Anchor.title, LocalizedText(zh: "页面标题", en: "the page title"), "title"),
            (plan.wrapper?.title, plan.wrapper?.title.map(paragraph(containing:)) ?? .title,
             LocalizedText(zh: "通知标题", en: "the notice title"), "wrapper"),
            (plan.title, plan.title.map(paragraph(containing:)) ?? .title, LocalizedText(zh: "计划标题", en: "the plan title"), "plan-title"),
        ] {
            guard let title, let found = YearMentions.first(in: title), found != year else { continue }
            report(anchor, found: found, what: LocalizedText(zh: "\(what.zh)“\(title)”", en: what.en), key: "year:\(key)")
        }

        // `2023年是…` / `2024年全市科技工作的总体要求是` in the preamble names the plan year.
        let overview = plan.sections.filter { section in Self.overviewWords.contains { section.title.includes($0) } }
        let statements = plan.preamble.map { (text: $0, place: LocalizedText(zh: "前言", en: "the preamble")) }
            + overview.flatMap { section in section.text.map { (text: $0, place: LocalizedText(zh: "“\(section.title)”", en: "'\(section.title)'")) } }
        // `2024年是…` naming the plan year elsewhere shows that another year's `…年是` reviews it.
        let namesPlanYear = statements.contains { statement in
            YearMentions.years(in: statement.text).contains { $0.year == year && Self.aimAfter(statement.text, $0.offset) != nil }
        }
        for (text, place) in statements where !namesPlanYear {
            for mention in YearMentions.years(in: text) where mention.year != year {
                guard let keyword = Self.aimAfter(text, mention.offset), !Self.reviewWords.occurs(in: text) else { continue }
                report(paragraph(containing: text), found: mention.year,
                       what: LocalizedText(zh: "\(place.zh)中的“\(mention.year)年\(keyword)”", en: "\(place.en) ('\(mention.year)年\(keyword)')"),
                       key: "year:preamble:\(mention.year)")
            }
        }

        // A plan is issued in its year or late in the year before; a summary in its year or the next.
        let allowed = plan.kind == .workPlan ? (year - 1)...year : year...(year + 1)
        if let number = notice.docNumber, let found = YearMentions.years(in: number, suffix: "〕").first?.year
            ?? YearMentions.years(in: number, suffix: "]").first?.year, !allowed.contains(found) {
            report(.docNumber, found: found, what: LocalizedText(zh: "发文字号“\(number)”", en: "the document number \(number)"),
                   key: "year:docNumber")
        }
        if let date = notice.publishDate, !allowed.contains(date.year) {
            report(.publishDate, found: date.year, what: LocalizedText(zh: "发布日期\(date)", en: "the publish date \(date)"),
                   key: "year:publishDate")
        }
        return violations
    }
}
