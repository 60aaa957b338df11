import YaodianText
/// Turns the lines of a body container into the document's paragraphs: drops the title and the
/// metadata lines above the text, the chrome below it and the noise inside it, and lifts out a
/// 发文字号 line that heads the document (GB/T 9704 puts it above the salutation).
struct BodyCleaner {
    let page: Page
    let title: String?

    struct Result {
        var lines: [Int]
        /// A doc number printed as the first line of the container.
        var headDocNumber: String?
    }

    func clean(_ lineRange: Range<Int>) -> Result {
        let compactTitle = title.map(TextNormalizer.compact)
        var kept: [Int] = []
        for index in lineRange {
            let line = page.lines[index]
            if line.compact.isEmpty || line.kind == .chrome || !Self.hasLetterOrDigit(line.compact) { continue }
            kept.append(index)
        }

        // A `【正文】` label says where the document starts; what stands above it is a summary or chrome.
        if let marker = kept.prefix(12).lastIndex(where: { Self.isBodyStartMarker(page.lines[$0].compact) }) {
            kept.removeFirst(marker + 1)
        }

        // Leading furniture: title repeats, metadata lines, a numeric date line, the doc number and the
        // letterhead (issuing organisations, the 通知 title repeated) above the salutation.
        var headDocNumber: String?
        var position = 0
        while position < kept.count {
            let line = page.lines[kept[position]]
            let compact = line.compact
            if let compactTitle, !compactTitle.isEmpty, compact == compactTitle || (compactTitle.hasPrefix(compact) && compact.count >= 6)
                || (compact.hasPrefix(compactTitle) && compact.count <= compactTitle.count + 4)
                || (compact.count >= 8 && compactTitle.includes(compact)) {
                position += 1
            } else if line.kind == .metadata || (DateScanner.isDateOnly(compact) && !compact.includes("年")) {
                position += 1
            } else if position + 1 < kept.count, Self.isTruncatedRepeat(compact, of: page.lines[kept[position + 1]].compact) {
                // A summary box repeating the opening of the first paragraph.
                position += 1
            } else if headDocNumber == nil, let number = DocNumberMatcher.wholeMatch(compact) {
                headDocNumber = number
                position += 1
            } else if headDocNumber == nil, compact.hasSuffix("令"), position + 1 < kept.count,
                      let number = DocNumberMatcher.wholeMatch(compact + page.lines[kept[position + 1]].compact) {
                // A 政府令 header split over two lines: `广州市人民政府令` / `第179号`.
                headDocNumber = number
                position += 2
            } else if position + 1 < kept.count && (SignatureFinder.isOrganisation(compact) || Self.isDocumentTitle(compact)) {
                position += 1
            } else if line.linkDensity > 0.6 && line.punctuation == 0 && kept.count - position > 1 {
                position += 1
            } else {
                break
            }
        }
        kept.removeFirst(position)

        // Trailing furniture: metadata, link lists (but not attachment links, which are part of a 通知).
        while let last = kept.last {
            let line = page.lines[last]
            let compact = line.compact
            if line.kind == .metadata && !DateScanner.isDateOnly(compact) {
                kept.removeLast()
            } else if line.linkDensity > 0.6 && line.punctuation == 0 && !isListedAttachment(last, compact) {
                kept.removeLast()
            } else {
                break
            }
        }
        return Result(lines: kept, headDocNumber: headDocNumber)
    }

    static func isBodyStartMarker(_ compact: String) -> Bool {
        ["【正文】", "[正文]", "正文:", "正文：", "正文"].contains(compact)
    }

    /// True when `line` is the start of `next`, cut short (with or without an ellipsis).
    static func isTruncatedRepeat(_ line: String, of next: String) -> Bool {
        var head = Substring(line)
        while let last = head.last, last == "." || last == "…" || last == "。" { head = head.dropLast() }
        return head.count >= 20 && next.count > head.count && next.hasPrefix(head)
    }

    /// `关于印发…的通知`: a document title standing alone (no sentence punctuation).
    static func isDocumentTitle(_ compact: String) -> Bool {
        guard compact.includes("关于"), compact.unicodeScalars.count <= 80 else { return false }
        guard !compact.unicodeScalars.contains(where: { $0 == "，" || $0 == "。" || $0 == "；" || $0 == "：" }) else { return false }
        return TitleFinder.documentTitleEndings.contains { compact.hasSuffix($0) }
    }

    /// Lines with no letter or digit at all (`-`, `|`, `>>`) are noise.
    static func hasLetterOrDigit(_ compact: String) -> Bool {
        compact.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// An attachment the document itself lists (`附件：…`, or a visible file name), not a download button.
    private func isListedAttachment(_ line: Int, _ compact: String) -> Bool {
        guard compact.hasPrefix("附件") || AttachmentFinder.isAttachment(compact) else { return false }
        return page.links.contains { $0.line == line && AttachmentFinder.isAttachment($0.href) }
    }
}
