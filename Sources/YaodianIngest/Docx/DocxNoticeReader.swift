import YaodianModel
import YaodianText

/// A .docx as a notice: its paragraphs become the lines of a page that goes through the same title,
/// metadata and body rules as a `.txt` (`PlainTextReader`), so dates, issuer and 发文字号 are found
/// the same way. Each line break starts a line; a table row is one line, its cells joined by a tab.
///
/// The title is the line `TitleFinder` picks: heading lines are the centred or Title-style short
/// lines above the first prose, and `dc:title` plays the part of `<title>`. A title line of the text
/// wins over `dc:title`, which is often stale (the template's, or last year's plan saved anew); when
/// no line looks like a title, `dc:title` is used unless it is a template default (文档1, Microsoft
/// Word 文档).
enum DocxNoticeReader {
    static func notice(from document: DocxDocument, input: String) throws(IngestError) -> Notice {
        let page = page(from: document)
        guard !page.lines.isEmpty else { throw .empty(input: input) }
        return try NoticeExtractor(page: page, baseURL: nil).extract(input: input).notice
    }

    static func page(from document: DocxDocument) -> Page {
        var page = Page()
        page.title = document.title.flatMap { isTemplateDefault($0) ? nil : $0 }
        var sawProse = false
        var index = 0
        let paragraphs = document.paragraphs
        while index < paragraphs.count {
            let paragraph = paragraphs[index]
            if let cell = paragraph.cell {
                // One line per table row: the row's cells joined by a tab, a cell's paragraphs by a space.
                var cells: [Int: [String]] = [:]
                var end = index
                while end < paragraphs.count, let next = paragraphs[end].cell, next.table == cell.table, next.row == cell.row {
                    let text = TextNormalizer.collapsed(paragraphs[end].text)
                    if !text.isEmpty { cells[next.column, default: []].append(text) }
                    end += 1
                }
                let row = cells.keys.sorted().compactMap { cells[$0]?.joined(separator: " ") }.joined(separator: "\t")
                if !row.isEmpty {
                    page.lines.append(PageLine(text: row, element: 0, isHeading: false, sourceLine: paragraph.number))
                }
                index = end
                continue
            }
            for piece in paragraph.text.split(separator: "\n") {
                let line = TextNormalizer.collapsed(String(piece))
                guard !line.isEmpty else { continue }
                let compact = TextNormalizer.compact(line)
                let isHeading = !sawProse && looksLikeTitle(paragraph, line: line, compact: compact)
                if !isHeading, compact.unicodeScalars.contains(where: TextNormalizer.isSentencePunctuation) { sawProse = true }
                page.lines.append(PageLine(text: line, element: 0, isHeading: isHeading, sourceLine: paragraph.number))
            }
            index += 1
        }
        page.elements = [PageElement(tag: "body", role: .block, id: "", classes: "", parent: -1, depth: 0,
                                     lineStart: 0, lineEnd: page.lines.count)]
        return page
    }

    /// A title paragraph: Title style, or centred; short, not a sentence, not numbered.
    static func looksLikeTitle(_ paragraph: DocxParagraph, line: String, compact: String) -> Bool {
        let styled = paragraph.style.map { ["title", "标题", "subtitle", "副标题"].contains($0.lowercased()) } ?? false
        guard styled || paragraph.isCentered, paragraph.label == nil, line.unicodeScalars.count <= 60 else { return false }
        return !line.includes("。") && !PlainTextReader.startsWithNumbering(compact)
    }

    /// Titles Word and WPS fill in by themselves: `文档1`, `Document1`, `新建 Microsoft Word 文档`, `WPS文字`.
    static func isTemplateDefault(_ title: String) -> Bool {
        var rest = TextNormalizer.compact(title).lowercased()
        for prefix in ["新建", "microsoftofficeword", "microsoftword", "wps文字", "wps"] where rest.hasPrefix(prefix) {
            rest.removeFirst(prefix.count)
        }
        for stem in ["文档", "document", "文件", "doc"] where rest.hasPrefix(stem) {
            rest.removeFirst(stem.count)
            return rest.allSatisfy(\.isNumber)
        }
        return rest.isEmpty || !rest.unicodeScalars.contains(where: TextNormalizer.isHan)
    }
}
