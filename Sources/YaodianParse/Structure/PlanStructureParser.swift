import YaodianModel

/// Reads a plan's paragraphs (in reading order, as `yaodian-ingest` gives them; raw page text
/// lines are accepted too) into its `PlanStructure`:
///
/// 1. header: an optional 印发…的通知 wrapper and the plan's title line (`StructureHeaderReader`);
/// 2. preamble: the paragraphs up to the first `一、` or `(一)` heading;
/// 3. body: sections, subsections, items and sub-items by their markers (`StructureTreeBuilder`),
///    `一是…` points inside them, titles by the lead-sentence rule (`StructureTreeOutput`);
/// 4. kind: half-year summary when the title or a part heading says 半年 + 总结.
///
/// Markers are detected on the original text (they are the same in traditional and simplified
/// characters); keyword tests on short lines (titles, chrome, issuers) go through
/// `ChineseScript`. Titles and texts are kept as written.
public enum PlanStructureParser {
    /// - Parameters:
    ///   - paragraphs: the document's paragraphs; blank ones are ignored.
    ///   - title: the page or document title when known: a plan title (`宁波市科学技术局2020年工作要点`)
    ///     or a 通知 title (`关于印发《…》的通知`, which becomes the wrapper's title).
    public static func parse(paragraphs: [String], title: String? = nil) -> PlanStructure {
        outline(paragraphs: paragraphs, title: title).structure().structure
    }

    /// A document read up to its numbered tree, before the sections are read out of it: enough to
    /// know what the structure will be called (most documents with numbered headings are not plans,
    /// and `PlanParser` stops here for them).
    struct Outline {
        let lines: [StructureLine]
        let header: StructureHeader
        /// The plan's own title (the 通知's is `wrapperTitle`).
        let title: String?
        var wrapperTitle: String? { header.wrapper?.title }
        let sectionTitles: [String]
        fileprivate let preamble: (paragraphs: [String], blocks: [StructureBlock])
        fileprivate let closingBlocks: [StructureBlock]
        fileprivate let builder: StructureTreeBuilder

        /// The structure and the lines it was read from (their scalars serve the extractors).
        func structure() -> (structure: PlanStructure, lines: [StructureLine]) {
            var blocks = header.blocks + preamble.blocks + closingBlocks
            var output = StructureTreeOutput(lines: lines, elements: builder.elements)
            let sections = output.sections(builder.roots)
            blocks.append(contentsOf: output.blocks)
            blocks.sort { ($0.paragraphIndex, $0.offset) < ($1.paragraphIndex, $1.offset) }

            var kindTexts = [title, wrapperTitle].compactMap { $0 }
            kindTexts.append(contentsOf: sections.map(\.title))
            let structure = PlanStructure(kind: StructureKind.kind(of: kindTexts), title: title, wrapper: header.wrapper,
                                          preamble: preamble.paragraphs, sections: sections, blocks: blocks)
            return (structure, lines)
        }
    }

    static func outline(paragraphs: [String], title: String?) -> Outline {
        var lines: [StructureLine] = []
        lines.reserveCapacity(paragraphs.count)
        for (index, paragraph) in paragraphs.enumerated() {
            if let line = StructureLine(index: index, text: paragraph) { lines.append(line) }
        }

        // Page chrome at the very end (分享到, 【打印本页】…) of raw page text.
        var n = lines.count
        while n > 0, StructureChrome.isChrome(lines[n - 1]) { n -= 1 }

        let header = StructureHeaderReader.read(lines, limit: n, givenTitle: title)

        var bodyStart = header.end
        while bodyStart < n, !StructureTreeBuilder.opensBody(StructureMarker.detect(in: lines[bodyStart])) { bodyStart += 1 }

        let planTitle = header.title ?? title.flatMap { StructureHeaderLines.isNoticeTitle($0) ? nil : $0 }
        let preamble = StructurePreamble.read(lines, from: header.end, to: bodyStart, title: planTitle)

        // A signature closing the plan itself (issuer + date as the last two lines) is header, not item text.
        var bodyEnd = n
        var closingBlocks: [StructureBlock] = []
        if bodyEnd - 2 > bodyStart, isDateLine(lines[bodyEnd - 1]), StructureHeaderLines.isIssuer(lines[bodyEnd - 2]) {
            bodyEnd -= 2
            closingBlocks = [StructureHeaderReader.block(lines[bodyEnd]), StructureHeaderReader.block(lines[bodyEnd + 1])]
        }

        var builder = StructureTreeBuilder()
        for position in bodyStart..<bodyEnd { builder.add(lines[position], at: position) }
        let sectionTitles = builder.roots.map { StructureTreeOutput.title(of: builder.elements[$0], lines: lines) }
        return Outline(lines: lines, header: header, title: planTitle, sectionTitles: sectionTitles, preamble: preamble,
                       closingBlocks: closingBlocks, builder: builder)
    }

    /// The same for a whole text, one paragraph a line (`\n`, `\r\n`).
    public static func parse(text: String, title: String? = nil) -> PlanStructure {
        let paragraphs = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        return parse(paragraphs: paragraphs.map(String.init), title: title)
    }

    private static func isDateLine(_ line: StructureLine) -> Bool {
        StructureDateLine.parse(line.scalars, line.start, line.end) != nil
    }
}
