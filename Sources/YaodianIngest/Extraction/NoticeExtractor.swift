import Foundation
import YaodianModel

/// Extracts the notice (title, dates, issuer, 发文字号, body, attachments) from a flattened page.
struct NoticeExtractor {
    let page: Page
    let baseURL: URL?

    struct Extraction {
        var notice: Notice
        var profile: String
    }

    func extract(input: String) throws(IngestError) -> Extraction {
        let title = TitleFinder(page: page).find()
        let locator = BodyLocator(page: page, titleLine: title?.line)
        let cleaner = BodyCleaner(page: page, title: title?.text)

        var profileID = "generic"
        var cleaned: BodyCleaner.Result?
        var container: Int?
        if let profile = SiteProfileRegistry.profile(for: page), let element = profile.bodyContainer(in: page, locator: locator) {
            let result = cleaner.clean(page.elements[element].lineStart..<page.elements[element].lineEnd)
            if hasProse(result.lines) {
                cleaned = result
                container = element
                profileID = profile.id
            }
        }
        if cleaned == nil, let element = locator.locate() {
            let result = cleaner.clean(page.elements[element].lineStart..<page.elements[element].lineEnd)
            if hasProse(result.lines) {
                cleaned = result
                container = element
            }
        }
        guard let cleaned, let container, let firstBodyLine = cleaned.lines.first, let lastBodyLine = cleaned.lines.last else {
            throw .noBody(input: input)
        }
        let bodyLines = Set(cleaned.lines)

        // Labelled metadata: outside the body first (info lines, tables), then the body's own head.
        var fields: [FieldScanner.Field: [FieldScanner.Value]] = [:]
        for (index, line) in page.lines.enumerated() where !bodyLines.contains(index) || index < firstBodyLine + 2 {
            guard line.chars < 400 else { continue }
            for value in FieldScanner.scan(line.text, line: index) { fields[value.field, default: []].append(value) }
        }
        let signature = SignatureFinder.first(in: page, lines: cleaned.lines)

        var notice = Notice()
        notice.title = title?.text
        notice.body = cleaned.lines.map { TextNormalizer.collapsed(page.lines[$0].text) }
        notice.docNumber = docNumber(fields: fields, head: cleaned.headDocNumber)
        notice.indexNumber = fields[.indexNumber]?.first?.value
        notice.signedDate = fields[.signedDate]?.lazy.compactMap { DateScanner.firstDate(in: $0.value) }.first ?? signature?.date
        notice.publishDate = publishDate(fields: fields, titleLine: title?.line, bodyStart: firstBodyLine) ?? notice.signedDate
        notice.issuer = issuer(fields: fields) ?? signature?.issuer
        let containerEnd = page.elements[container].lineEnd
        let attachmentRange = firstBodyLine..<min(page.lines.count, max(containerEnd, lastBodyLine + 1) + 12)
        notice.attachments = AttachmentFinder.attachments(in: page, lines: attachmentRange, base: baseURL)
        return Extraction(notice: notice, profile: profileID)
    }

    /// A body needs some prose: a sentence mark, or a real amount of text.
    private func hasProse(_ lines: [Int]) -> Bool {
        var chars = 0
        var punctuation = 0
        for index in lines {
            chars += page.lines[index].chars - page.lines[index].linkChars
            punctuation += page.lines[index].punctuation
        }
        return chars >= 60 || (punctuation >= 1 && chars >= 10)
    }

    private func docNumber(fields: [FieldScanner.Field: [FieldScanner.Value]], head: String?) -> String? {
        for value in fields[.docNumber] ?? [] {
            if let number = DocNumberMatcher.firstMatch(in: TextNormalizer.compact(value.value)) { return number.value }
        }
        return head
    }

    private func publishDate(fields: [FieldScanner.Field: [FieldScanner.Value]], titleLine: Int?, bodyStart: Int) -> CalendarDate? {
        for field in [FieldScanner.Field.publishDate, .date] {
            for value in fields[field] ?? [] {
                if let date = DateScanner.firstDate(in: value.value) { return date }
            }
        }
        for name in ["pubdate", "publishdate", "firstpublishedtime", "article:published_time", "og:release_date", "dc.date", "maketime", "lastmodifiedtime"] {
            if let value = page.meta(name), let date = DateScanner.firstDate(in: value) { return date }
        }
        // A date printed between the title and the body (an info line without labels).
        let start = titleLine ?? max(0, bodyStart - 6)
        if start < bodyStart {
            for index in start..<bodyStart where page.lines[index].chars < 80 {
                if let date = DateScanner.firstDate(in: page.lines[index].text) { return date }
            }
        }
        return nil
    }

    private func issuer(fields: [FieldScanner.Field: [FieldScanner.Value]]) -> String? {
        let labelOrder = ["发布机构", "发文机关", "发布单位", "信息来源", "文章来源", "来源单位", "来源"]
        let values = fields[.issuer] ?? []
        for label in labelOrder {
            // `来源:办公室来源:宁波市科学技术局`: the last value of a repeated label is the organisation.
            if let value = values.last(where: { $0.label == label && isPlausibleIssuer($0.value) }) { return value.value }
        }
        if let meta = page.meta("contentsource"), isPlausibleIssuer(meta) { return meta }
        return nil
    }

    private func isPlausibleIssuer(_ value: String) -> Bool {
        let count = value.unicodeScalars.count
        // 本网 / 本站 ("this site") names no one.
        guard !["本网", "本站", "本网站", "原创"].contains(value) else { return false }
        return count >= 2 && count <= 60 && DateScanner.firstDate(in: value) == nil
    }
}
