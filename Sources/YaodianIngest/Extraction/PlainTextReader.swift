import Foundation
import YaodianModel
import YaodianText

/// `.txt` and `.md` documents. Each non-empty line is a paragraph; the lines then go through the
/// same title, metadata and body rules as a web page, because saved text often carries the page's
/// chrome with it (当前位置, 发布日期 lines, 分享到, 扫码浏览).
/// In Markdown, heading marks, emphasis, bullets and comments are dropped and `#` lines are headings.
struct PlainTextReader {
    let markdown: Bool

    func read(_ utf8: [UInt8], input: String) throws(IngestError) -> Notice {
        let page = self.page(from: String(decoding: utf8, as: UTF8.self))
        guard !page.lines.isEmpty else { throw .empty(input: input) }
        return try NoticeExtractor(page: page, baseURL: nil).extract(input: input).notice
    }

    /// One root element holding every line, so the extractor's rules apply unchanged.
    func page(from text: String) -> Page {
        var page = Page()
        var inFence = false
        var inComment = false
        var sawHeading = false
        var sawProse = false
        for (number, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            var line = TextNormalizer.trimmed(String(rawLine))
            var isHeading = false
            if markdown {
                if line.hasPrefix("```") { inFence.toggle(); continue }
                if inFence { continue }
                // HTML comments (review notes, suppressions) may span lines.
                if inComment {
                    if line.includes("-->") { inComment = false }
                    continue
                }
                if line.hasPrefix("<!--") {
                    inComment = !line.includes("-->")
                    continue
                }
                let level = line.prefix(while: { $0 == "#" }).count
                if level > 0 {
                    line = String(line.dropFirst(level))
                    isHeading = true
                }
                line = line.replacingAll("**", with: "").replacingAll("__", with: "")
            }
            while let first = line.first, "•·-*>".contains(first), line.count > 1 {
                line = TextNormalizer.trimmed(String(line.dropFirst()))
            }
            line = TextNormalizer.collapsed(line)
            guard !line.isEmpty else { continue }
            // In plain text the first short, unpunctuated line is where a title would be.
            // A title stands before the text starts: not a salutation (各位代表：), not a numbered heading.
            let compact = TextNormalizer.compact(line)
            let kind = LineKind(compact: compact)
            if !markdown, !sawHeading, !sawProse, line.unicodeScalars.count <= 60, kind == .text, !line.includes("。"),
               !line.hasByteSuffix("："), !line.hasByteSuffix(":"), !Self.startsWithNumbering(compact) {
                isHeading = true
            }
            sawHeading = sawHeading || isHeading
            if kind == .text, compact.unicodeScalars.contains(where: TextNormalizer.isSentencePunctuation) { sawProse = true }
            page.lines.append(PageLine(text: line, element: 0, isHeading: isHeading, sourceLine: number + 1))
        }
        page.elements = [PageElement(tag: "body", role: .block, id: "", classes: "", parent: -1, depth: 0, lineStart: 0, lineEnd: page.lines.count)]
        return page
    }
}

extension PlainTextReader {
    /// `一、`, `(一)`, `（一）`, `1.`, `1、`: section and item numbers.
    static func startsWithNumbering(_ compact: String) -> Bool {
        let scalars = Array(compact.unicodeScalars.prefix(6))
        guard let first = scalars.first else { return false }
        let chineseDigits = "一二三四五六七八九十"
        if first == "(" || first == "（" { return true }
        var index = 0
        if chineseDigits.unicodeScalars.contains(first) {
            while index < scalars.count, chineseDigits.unicodeScalars.contains(scalars[index]) { index += 1 }
            return index < scalars.count && scalars[index] == "、"
        }
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        return index > 0 && index < scalars.count && (scalars[index] == "." || scalars[index] == "、" || scalars[index] == "．")
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
