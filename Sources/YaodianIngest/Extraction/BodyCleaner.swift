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
            let compact = TextNormalizer.compact(page.lines[index].text)
            if compact.isEmpty || isNoise(compact) { continue }
            kept.append(index)
        }

        // Leading furniture: title repeats, metadata lines, a numeric date line, the doc number and the
        // letterhead (issuing organisations, the 通知 title repeated) above the salutation.
        var headDocNumber: String?
        var position = 0
        while position < kept.count {
            let line = page.lines[kept[position]]
            let compact = TextNormalizer.compact(line.text)
            if let compactTitle, !compactTitle.isEmpty, compact == compactTitle || (compactTitle.hasPrefix(compact) && compact.count >= 6)
                || (compact.hasPrefix(compactTitle) && compact.count <= compactTitle.count + 4) {
                position += 1
            } else if ChromeLexicon.isMetadata(compact) || (DateScanner.isDateOnly(compact) && !compact.contains("年")) {
                position += 1
            } else if headDocNumber == nil, let number = DocNumberMatcher.wholeMatch(compact) {
                headDocNumber = number
                position += 1
            } else if headDocNumber == nil, compact.hasSuffix("令"), position + 1 < kept.count,
                      let number = DocNumberMatcher.wholeMatch(compact + TextNormalizer.compact(page.lines[kept[position + 1]].text)) {
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
            let compact = TextNormalizer.compact(line.text)
            if ChromeLexicon.isMetadata(compact) && !DateScanner.isDateOnly(compact) {
                kept.removeLast()
            } else if line.linkDensity > 0.6 && line.punctuation == 0 && !isAttachmentLine(last) {
                kept.removeLast()
            } else {
                break
            }
        }
        return Result(lines: kept, headDocNumber: headDocNumber)
    }

    /// `关于印发…的通知`: a document title standing alone (no sentence punctuation).
    static func isDocumentTitle(_ compact: String) -> Bool {
        guard compact.hasPrefix("关于"), compact.unicodeScalars.count <= 80 else { return false }
        guard !compact.unicodeScalars.contains(where: { $0 == "，" || $0 == "。" || $0 == "；" || $0 == "：" }) else { return false }
        return TitleFinder.documentTitleEndings.contains { compact.hasSuffix($0) }
    }

    /// Chrome lines, and lines with no letter or digit at all (`-`, `|`, `>>`).
    private func isNoise(_ compact: String) -> Bool {
        ChromeLexicon.isChrome(compact) || !compact.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    private func isAttachmentLine(_ line: Int) -> Bool {
        page.links.contains { $0.line == line && AttachmentFinder.isAttachment($0.href) }
    }
}
