import YaodianModel
import YaodianParse
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
            // The 通知 and the plan title say 2024; the one sentence that says 2023 is the odd one out.
            RuleExample("""
            # 关于印发《2024年科技工作要点》的通知
            各区科技局:
            现将《2024年科技工作要点》印发给你们,请认真贯彻落实。
            示例市科学技术局
            2024年1月10日
            2024年科技工作要点
            一、总体要求
            2023年是全面贯彻落实党的二十大精神的开局之年。
            二、重点任务
            1. 培育创新主体。新增高新技术企业100家。
            """, line: 8),
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

    /// Words after `YYYY年` that make it the year the plan is for.
    static let aimWords = ["总体要求", "总的要求", "总体思路", "主要预期目标", "工作目标"]

    /// The word that makes `YYYY年` at `offset` name the plan's year: `是` right after it, or an
    /// aim word soon after; nil otherwise.
    static func aimAfter(_ text: String, _ offset: Int) -> String? {
        let after = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(offset + 5).prefix(14)))
        if after.hasPrefix("是") { return "是…" }
        return aimWords.first { after.includes($0) }.map { "…" + $0 }
    }

    /// A sentence that reviews the year it names (`2023年是…开局之年,一年来…`).
    static let reviewWords = WordList(["一年来", "过去一年", "过去的一年", "回顾", "取得", "成效"])

    /// Sections that set out the year's aims, where `2024年是…` names the plan year.
    static let overviewWords = ["总体要求", "总体思路", "指导思想", "工作思路", "主要目标", "总体目标", "目标任务"]

    /// One place that states the plan's year.
    private struct Claim {
        let year: Int
        let anchor: Anchor
        /// The place quoted with its year (`发文字号“绍市科〔2016〕19号”`).
        let what: LocalizedText
        let key: String
        /// Titles and `YYYY年是…` name the year itself; a 发文字号 or publish date may fall in the
        /// year before a plan (issued in December) or after a summary.
        let exact: Bool
    }

    func validate(_ context: ValidationContext) -> [Violation] {
        guard let plan = context.plan, plan.year != nil else { return [] }
        let claims = Self.claims(plan: plan, notice: context.document.notice)
        let lateAllowance = plan.kind == .workPlan ? -1 : 1
        func agrees(_ claim: Claim, _ year: Int) -> Bool {
            claim.exact ? claim.year == year : (claim.year == year || claim.year == year + lateAllowance)
        }
        // The year most places agree on is the plan's; the places that disagree are reported. When
        // two years have equal support (a title and one preamble sentence), both sides are named.
        let candidates = Set(claims.filter(\.exact).map(\.year))
        let support = candidates.map { year in (year: year, count: claims.filter { agrees($0, year) }.count) }
        guard let best = support.map(\.count).max() else { return [] }
        let winners = support.filter { $0.count == best }.map(\.year).sorted()
        var violations: [Violation] = []
        for claim in claims {
            guard let year = winners.first(where: { !agrees(claim, $0) }) else { continue }
            // The other side: a place that states that year, preferably a title.
            guard let witness = claims.first(where: { $0.exact && $0.year == year && $0.key != claim.key }) else { continue }
            violations.append(Violation(
                at: claim.anchor,
                message: LocalizedText(zh: "\(claim.what.zh)与\(witness.what.zh)的年度不一致",
                                       en: "\(claim.what.en) says \(claim.year), but \(witness.what.en) says \(year)"),
                related: [RelatedAnchor(witness.anchor, label: LocalizedText(zh: "\(year)年:\(witness.what.zh)", en: "\(year): \(witness.what.en)"))],
                key: claim.key))
        }
        return violations
    }

    /// Every place that states the plan's year: titles (page, 通知, plan; the same text once), the
    /// preamble's `YYYY年是…`, the 发文字号, the publish date.
    private static func claims(plan: Plan, notice: Notice) -> [Claim] {
        let body = notice.body
        // The paragraph that is the text (a title line), else the first that holds it.
        func paragraph(containing text: String) -> Anchor {
            let compact = TextNormalizer.compact(text)
            if let index = body.firstIndex(where: { TextNormalizer.compact($0) == compact }) ?? body.firstIndex(where: { $0.includes(text) }) {
                return .paragraph(index: index, text: text)
            }
            return .title
        }
        var claims: [Claim] = []
        var seenTitles: Set<String> = []
        for (title, anchor, what, key) in [
            (plan.title, plan.title.map(paragraph(containing:)) ?? .title, LocalizedText(zh: "计划标题", en: "the plan title"), "plan-title"),
            (plan.wrapper?.title, plan.wrapper?.title.map(paragraph(containing:)) ?? .title,
             LocalizedText(zh: "通知标题", en: "the notice title"), "wrapper"),
            (notice.title, Anchor.title, LocalizedText(zh: "页面标题", en: "the page title"), "title"),
        ] {
            guard let title, seenTitles.insert(TextNormalizer.compact(title)).inserted, let year = YearMentions.first(in: title) else { continue }
            claims.append(Claim(year: year, anchor: anchor, what: LocalizedText(zh: "\(what.zh)“\(title)”", en: "\(what.en) '\(title)'"),
                                key: "year:\(key)", exact: true))
        }

        // `2024年是…` / `2024年全市科技工作的总体要求是` in the preamble or 总体要求 names the plan year;
        // a sentence reviewing the year before (`2023年是…,一年来…`) does not.
        let overview = plan.sections.filter { section in overviewWords.contains { section.title.includes($0) } }
        let statements = plan.preamble.map { (text: $0, place: LocalizedText(zh: "前言", en: "the preamble")) }
            + overview.flatMap { section in section.text.map { (text: $0, place: LocalizedText(zh: "“\(section.title)”", en: "'\(section.title)'")) } }
        for (text, place) in statements where !reviewWords.occurs(in: text) {
            for mention in YearMentions.years(in: text) {
                guard let keyword = aimAfter(text, mention.offset) else { continue }
                claims.append(Claim(year: mention.year, anchor: paragraph(containing: text),
                                    what: LocalizedText(zh: "\(place.zh)中的“\(mention.year)年\(keyword)”",
                                                        en: "\(place.en) ('\(mention.year)年\(keyword)')"),
                                    key: "year:preamble:\(mention.year)", exact: true))
            }
        }

        if let number = notice.docNumber, let year = YearMentions.years(in: number, suffix: "〕").first?.year
            ?? YearMentions.years(in: number, suffix: "]").first?.year {
            claims.append(Claim(year: year, anchor: .docNumber, what: LocalizedText(zh: "发文字号“\(number)”", en: "the document number \(number)"),
                                key: "year:docNumber", exact: false))
        }
        if let date = notice.publishDate {
            claims.append(Claim(year: date.year, anchor: .publishDate, what: LocalizedText(zh: "发布日期\(date)", en: "the publish date \(date)"),
                                key: "year:publishDate", exact: false))
        }
        return claims
    }
}
