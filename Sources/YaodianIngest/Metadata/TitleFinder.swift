import Foundation
import YaodianText

/// Finds the document's own title: a heading or title-classed line that the `<title>` or the
/// ArticleTitle meta confirms, rather than `<title>` with its `_站点名` suffix or a breadcrumb.
struct TitleFinder {
    let page: Page

    struct Found {
        var text: String
        /// The line the title was read from, if it is a line of the page.
        var line: Int?
    }

    /// Separators between a page title and the site name.
    static let suffixSeparators: [String] = ["_", " - ", "－", "|", "｜", "——", " — ", "-"]

    /// Endings of document titles (关于…的通知, …工作要点).
    static let documentTitleEndings: [String] = [
        "通知", "通告", "公告", "办法", "方案", "意见", "决定", "要点", "计划", "总结", "规定", "细则", "报告", "函", "批复", "规划", "公示",
        "发布会", "指南", "条例", "措施", "公开表", "简介",
        // Traditional forms (reposting sites serve 繁體 copies).
        "計劃", "總結", "報告", "規劃", "辦法", "規定", "細則", "決定", "通告", "綱要",
    ]

    /// Scores every line that could be a title: confirmation by `<title>` or the ArticleTitle meta,
    /// heading and title-classed elements, an info line (date, source) right below, a title's ending.
    func find() -> Found? {
        let metaTitle = ["articletitle", "og:title", "dc.title"].lazy.compactMap { page.meta($0) }.first
        let headTitle = page.title.map(TextNormalizer.collapsed)
        // The ArticleTitle meta is written for the document; <title> often names only the site.
        let references = [metaTitle ?? headTitle].compactMap { $0 }.map(TextNormalizer.compact).filter { !$0.isEmpty }

        var best: (line: Int, score: Int)?
        let lines = page.lines
        // Per element: 0 not judged yet, 1 no title class or id, 2 one (lines share their elements).
        var titleNamed = [UInt8](repeating: 0, count: page.elements.count)
        for index in lines.indices {
            // Titles are short and barely punctuated: skip prose before the costlier tests. Fields
            // are read in place: copying the line out retains its strings, for every line.
            guard lines[index].chars >= 4, lines[index].chars <= 160, lines[index].linkDensity < 0.5,
                  lines[index].kind == .text, lines[index].punctuation <= 4 else { continue }
            var confirmed = 0
            for reference in references { confirmed = max(confirmed, Self.confirmation(of: lines[index].compact, by: reference)) }
            let titleElement = isTitleElement(lines[index].element, known: &titleNamed)
            let titleEnding = Self.hasTitleEnding(lines[index].compact)
            // Without any of these a line cannot reach the threshold: skip the info-line test.
            guard confirmed > 0 || lines[index].isHeading || titleElement || titleEnding else { continue }
            let line = lines[index]
            var score = confirmed
            let heading = line.isHeading || titleElement
            if line.isHeading { score += 30 }
            if titleElement { score += 25 }
            if isFollowedByInfoLine(index) { score += 30 }
            if titleEnding { score += 10 }
            if page.containerHint(of: line.element) < 0 { score -= 60 }
            if line.punctuation > 2 { score -= 20 }
            if confirmed == 0 && !heading && score < 40 { continue }
            score += min(line.chars, 40) / 4
            if score > (best?.score ?? .min) { best = (index, score) }
        }
        // Without <title> or meta (plain text), a heading line is all the evidence there is.
        let threshold = references.isEmpty ? 30 : 40
        if let best, best.score >= threshold {
            return Found(text: TextNormalizer.collapsed(page.lines[best.line].text), line: best.line)
        }
        if let metaTitle { return Found(text: TextNormalizer.collapsed(metaTitle), line: nil) }
        if let headTitle, !headTitle.isEmpty { return Found(text: Self.withoutSiteSuffix(headTitle), line: nil) }
        return nil
    }

    /// How well `<title>` (or the ArticleTitle meta) confirms a line.
    static func confirmation(of line: String, by reference: String) -> Int {
        // Byte lengths and byte prefixes: canonical String comparison is too slow for every line.
        let lineLength = line.utf8.count
        let referenceLength = reference.utf8.count
        if lineLength == referenceLength && line.utf8.elementsEqual(reference.utf8) { return 100 }
        if reference.hasBytePrefix(line) && lineLength * 2 >= referenceLength { return 60 }
        if line.hasBytePrefix(reference) && lineLength <= referenceLength + 24 { return 55 }
        if lineLength >= 24 && reference.includes(line) { return 20 }
        return 0
    }

    /// A title is followed, within two lines, by a line with a date or metadata labels.
    private func isFollowedByInfoLine(_ index: Int) -> Bool {
        for next in (index + 1)..<min(page.lines.count, index + 3) {
            let line = page.lines[next]
            guard line.chars < 120 else { return false }
            if line.kind == .metadata || (line.chars < 40 && DateScanner.firstDate(in: line.compact) != nil) { return true }
        }
        return false
    }

    private func isTitleElement(_ element: Int, known: inout [UInt8]) -> Bool {
        var current = element
        var steps = 0
        while current >= 0, steps < 3 {
            if known[current] == 0 {
                let el = page.elements[current]
                // The words never hold a space, so the class list and the id can be searched apart.
                known[current] = Self.namesTitle(el.classes) || (!el.id.isEmpty && Self.namesTitle(el.id.lowercased())) ? 2 : 1
            }
            if known[current] == 2 { return true }
            current = page.elements[current].parent
            steps += 1
        }
        return false
    }

    /// `documentTitleEndings` as UTF-8 bytes, for the suffix test every candidate line gets.
    private static let titleEndingBytes = PackedWords(documentTitleEndings)

    /// Whether the line ends with a title ending, compared as bytes (as `hasByteSuffix` does).
    static func hasTitleEnding(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { titleEndingBytes.anyIsSuffix(of: $0) }
    }

    private static func namesTitle(_ words: String) -> Bool {
        words.includes("title") || words.includes("tit") || words.includes("bt") || words.includes("headline")
    }

    /// `关于…的通知_绍兴市科学技术局` → `关于…的通知`: the part before the last separator, when what
    /// follows it is short enough to be a site name.
    static func withoutSiteSuffix(_ title: String) -> String {
        for separator in suffixSeparators {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound])
            let tail = String(title[range.upperBound...])
            if head.count >= 4, tail.count <= 30 { return TextNormalizer.trimmed(head) }
        }
        return title
    }
}
