import Foundation
import YaodianModel
import YaodianText

/// Plain text → `Plan`: the numbered structure (`PlanStructureParser`), then every quantitative
/// target of a work plan (`TargetExtractor`) or every reported figure of a summary
/// (`FigureExtractor`), with the plan's year, region and issuer.
public enum PlanParser {
    /// Words in a section heading that say the section reviews what was done.
    static let reviewWords = ["回顾", "总结", "完成情况", "上半年工作", "过去一年", "过去五年", "主要成绩", "工作成效"]

    /// Words in a title that say the document is a plan or a summary of one.
    static let planTitleWords = ["要点", "工作计划", "计划", "总结", "總結", "計劃", "规划", "方案", "任务", "工作报告", "思路"]

    /// Reads a document's paragraphs as a plan or summary; nil when they hold no numbered plan.
    /// - Parameters:
    ///   - title: the document title (the page's), used when the paragraphs do not repeat it.
    ///   - issuer: the notice's issuer, when the page names one.
    public static func parse(paragraphs: [String], title: String? = nil, issuer: String? = nil,
                             publishDate: CalendarDate? = nil) -> Plan? {
        // Most documents ingested are not plans: without a single `一、` / `(一)` heading (or an
        // unnumbered part heading) there is nothing to parse, and OpenCC is not even asked.
        guard paragraphs.enumerated().contains(where: { index, text in
            StructureMarker.mayOpenBody(text)
                && StructureLine(index: index, text: text).map { StructureTreeBuilder.opensBody(StructureMarker.detect(in: $0)) } ?? false
        }) else { return nil }
        // Traditional documents go through OpenCC; simplified ones skip it entirely.
        guard ChineseScript.shared.isTraditional((title.map { [$0] } ?? []) + paragraphs) else {
            return ChineseScript.$documentIsSimplified.withValue(true) {
                parseDocument(paragraphs: paragraphs, title: title, issuer: issuer, publishDate: publishDate)
            }
        }
        // A traditional document's title and paragraphs are converted at once, up front; the parse
        // asks for them one by one (and would pay OpenCC's far slower short calls).
        let texts = (title.map { [$0] } ?? []) + paragraphs
        let conversions = Dictionary(zip(texts, ChineseScript.shared.simplified(texts)), uniquingKeysWith: { first, _ in first })
        return ChineseScript.$documentIsSimplified.withValue(false) {
            ChineseScript.$documentConversions.withValue(conversions) {
                parseDocument(paragraphs: paragraphs, title: title, issuer: issuer, publishDate: publishDate)
            }
        }
    }

    private static func parseDocument(paragraphs: [String], title: String?, issuer: String?, publishDate: CalendarDate?) -> Plan? {
        // A plan says so in its title, or (a 政府工作报告 reprinted without one) in its section headings;
        // that is known before the sections are read out, and most documents stop there.
        let outline = PlanStructureParser.outline(paragraphs: paragraphs, title: title)
        guard !outline.sectionTitles.isEmpty else { return nil }
        let rawTitles = [outline.title, outline.wrapperTitle, title].compactMap { $0 }
        let simplifiedNames = ChineseScript.shared.simplified(rawTitles + outline.sectionTitles)
        let titles = Array(simplifiedNames.prefix(rawTitles.count))
        let headings = Array(simplifiedNames.dropFirst(rawTitles.count))
        guard titles.contains(where: { title in planTitleWords.contains { title.includes($0) } })
                || headings.contains(where: { heading in (planTitleWords + reviewWords).contains { heading.includes($0) } })
        else { return nil }
        let (structure, lines) = outline.structure()

        let lexicon = MetricLexicon.shared
        var plan = Plan(kind: structure.kind, title: structure.title ?? title, wrapper: structure.wrapper,
                        preamble: structure.preamble, sections: structure.sections)
        plan.year = titles.lazy.compactMap(Self.year(in:)).first ?? publishDate?.year
        plan.issuer = issuer.flatMap { SignatureIssuer.isBureau($0) ? $0 : nil } ?? structure.wrapper?.issuer ?? issuer
        plan.region = ([plan.issuer, structure.wrapper?.issuer] + titles).lazy.compactMap { $0 }.compactMap(Self.region(in:)).first

        // Review parts (一、2023年工作回顾, 上半年工作总结) report figures; plan parts commit to targets.
        let reviewSections = Set(zip(structure.sections, headings).filter { _, heading in
            reviewWords.contains { heading.includes($0) }
        }.map(\.0.id))
        // A review part's figures cover its year (2023年工作回顾); a half-year summary's, the half year.
        var defaultPeriods: [String: String] = [:]
        for section in structure.sections where reviewSections.contains(section.id) && structure.kind == .workPlan {
            defaultPeriods[section.id] = Self.year(in: section.title).map { "\($0)年" } ?? "全年"
        }
        // A traditional document is converted once, paragraph by paragraph (OpenCC keeps scalar
        // counts), and each block's simplified text is cut from its converted paragraph.
        let simplifiedParagraphs: [[Unicode.Scalar]]? = ChineseScript.documentIsSimplified ? nil
            : paragraphs.map { ScalarText.scalars(of: ChineseScript.shared.simplified($0)) }
        func simplifiedBlock(_ block: StructureBlock) -> String? {
            guard let simplifiedParagraphs, block.paragraphIndex < simplifiedParagraphs.count else { return block.text }
            let converted = simplifiedParagraphs[block.paragraphIndex]
            let length = block.text.unicodeScalars.count
            guard block.offset >= 0, block.offset + length <= converted.count else { return nil }
            return ScalarText.string(converted[block.offset..<(block.offset + length)])
        }
        // Each block's scalars are cut from its paragraph's line, decoded once by the structure parser.
        var lineOfParagraph: [Int: Int] = [:]
        for (position, line) in lines.enumerated() { lineOfParagraph[line.index] = position }
        func blockScalars(_ block: StructureBlock) -> ArraySlice<Unicode.Scalar>? {
            guard let position = lineOfParagraph[block.paragraphIndex] else { return nil }
            return lines[position].scalars(from: block.offset, utf8Count: block.text.utf8.count)
        }
        var counters: [String: Int] = [:]
        for block in structure.blocks where block.ownerId != PlanStructure.headerID {
            let topSection = Self.topSection(of: block.ownerId)
            let reportsFigures = reviewSections.contains(topSection) || (structure.kind == .halfYearSummary && topSection == Plan.preambleID)
            switch reportsFigures ? PlanKind.halfYearSummary : PlanKind.workPlan {
            case .workPlan:
                // One owner may have several blocks (an item's paragraphs): numbering goes on.
                let already = counters[block.ownerId, default: 0]
                let found = ChineseScript.$documentIsSimplified.withValue(true) {
                    TargetExtractor(lexicon: lexicon).targets(in: block.text, simplified: simplifiedBlock(block), ownerId: block.ownerId,
                                                              firstNumber: already + 1, scalars: blockScalars(block))
                }
                counters[block.ownerId] = already + found.count
                plan.targets += found
            case .halfYearSummary:
                let already = counters[block.ownerId, default: 0]
                let found = ChineseScript.$documentIsSimplified.withValue(true) {
                    FigureExtractor(lexicon: lexicon).figures(in: block.text, simplified: simplifiedBlock(block), ownerId: block.ownerId,
                                                              startingAt: already + 1, defaultPeriod: defaultPeriods[topSection] ?? "上半年",
                                                              scalars: blockScalars(block))
                }
                counters[block.ownerId] = already + found.count
                plan.figures += found
            }
        }
        return plan
    }

    /// The first part of an owner id (`S3.I16` → `S3`): what `split(separator: ".").first` gives,
    /// read on the id's bytes (a Character split per block showed in profiles).
    static func topSection(of ownerId: String) -> String {
        let bytes = ownerId.utf8
        let dot = UInt8(ascii: ".")
        guard let start = bytes.firstIndex(where: { $0 != dot }) else { return ownerId }
        let end = bytes[start...].firstIndex(of: dot) ?? bytes.endIndex
        return String(ownerId[start..<end])
    }

    /// Reads plain text (one paragraph a line).
    public static func parse(text: String, title: String? = nil) -> Plan? {
        let paragraphs = text.split(whereSeparator: \.isNewline).map { TextNormalizer.trimmed(String($0)) }.filter { !$0.isEmpty }
        return parse(paragraphs: paragraphs, title: title)
    }

    /// `2018年全市科技创新工作要点` → 2018.
    static func year(in title: String) -> Int? {
        YearMentions.first(in: title)
    }

    /// `宁波市科学技术局` → 宁波; `北仑区科技局` → 北仑.
    static func region(in text: String) -> String? {
        let scalars = Array(ChineseScript.shared.simplified(text).unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "市" || scalar == "区" || scalar == "县" {
            var start = index
            // Walk back over the place name, not over 年/省 (2026年北京市, 浙江省宁波市).
            while start > 0, index - start < 4, TextNormalizer.isHan(scalars[start - 1]),
                  !["年", "省", "月", "日", "的", "和"].contains(scalars[start - 1]) { start -= 1 }
            let name = String(String.UnicodeScalarView(scalars[start..<index]))
            guard name.unicodeScalars.count >= 2, !["全", "我", "本", "各", "城", "地", "新"].contains(where: { name.hasBytePrefix($0) })
            else { continue }
            return name
        }
        return nil
    }
}

/// Whether an issuer names a bureau rather than an office of it (市科技局 is kept only when
/// nothing fuller is known).
enum SignatureIssuer {
    static func isBureau(_ issuer: String) -> Bool {
        let compact = TextNormalizer.compact(issuer)
        return compact.unicodeScalars.count >= 5 && (compact.hasByteSuffix("局") || compact.hasByteSuffix("委员会"))
    }
}
