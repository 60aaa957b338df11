import Foundation
import YaodianModel
import YaodianText

/// Extracts the notice (title, dates, issuer, 发文字号, body, attachments) from a flattened page.
struct NoticeExtractor {
    let page: Page
    let baseURL: URL?

    init(page: Page, baseURL: URL?) {
        var page = page
        page.containerHints = BodyLocator(page: page, titleLine: nil).inheritedHints()
        self.page = page
        self.baseURL = baseURL
    }

    struct Extraction {
        var notice: Notice
        /// The site profile that placed the body, or `generic`.
        var profile: String
        /// Lines of the page that became the body, and the title's line (for `--explain`).
        var bodyLines: [Int]
        var titleLine: Int?
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
            guard line.chars < 150 else { continue }
            for value in FieldScanner.scan(line.text, line: index) { fields[value.field, default: []].append(value) }
        }
        let signature = SignatureFinder.first(in: page, lines: cleaned.lines)

        var notice = Notice()
        notice.title = title?.text
        notice.body = cleaned.lines.map { page.lines[$0].text }
        notice.docNumber = docNumber(fields: fields, head: cleaned.headDocNumber)
            ?? headerDocNumber(from: title?.line, to: firstBodyLine)
            ?? keyCellDocNumber(in: cleaned.lines.prefix(6))
        notice.indexNumber = fields[.indexNumber]?.first?.value
        notice.signedDate = fields[.signedDate]?.lazy.compactMap { DateScanner.firstDate(in: $0.value) }.first ?? signature?.date
        notice.publishDate = publishDate(fields: fields, titleLine: title?.line, bodyStart: firstBodyLine) ?? notice.signedDate
        notice.issuer = issuer(fields: fields) ?? signature?.issuer ?? metaIssuer() ?? columnIssuer(fields: fields)
        let containerEnd = page.elements[container].lineEnd
        let attachmentRange = firstBodyLine..<min(page.lines.count, max(containerEnd, lastBodyLine + 1) + 12)
        notice.attachments = AttachmentFinder.attachments(in: page, lines: attachmentRange, base: baseURL)
        return Extraction(notice: notice, profile: profileID, bodyLines: cleaned.lines, titleLine: title?.line)
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
        // Formal labels of 信息公开 tables first, then the 来源 of an info line; within a tier the
        // line nearest the top wins, and in `来源:办公室来源:宁波市科学技术局` the last value of that line.
        let tiers: [Set<String>] = [["发布机构", "发文机关", "发布机关", "发布单位"], ["信息来源", "文章来源", "来源单位", "来源"]]
        let values = fields[.issuer] ?? []
        for tier in tiers {
            let labelled = values.filter { tier.contains($0.label) && isPlausibleIssuer($0.value) }
            guard let line = labelled.map(\.line).min() else { continue }
            if let value = labelled.last(where: { $0.line == line }) { return value.value }
        }
        return nil
    }

    /// The ContentSource meta, when it names an organisation rather than a website.
    private func metaIssuer() -> String? {
        page.meta("contentsource").flatMap { isPlausibleIssuer($0) && !$0.hasSuffix("网") && !$0.hasSuffix("网站") ? $0 : nil }
    }

    /// `栏目: 宜昌市科学技术局-通知公告`: a column named after the bureau names the issuer.
    private func columnIssuer(fields: [FieldScanner.Field: [FieldScanner.Value]]) -> String? {
        for value in fields[.column] ?? [] {
            let head = value.value.split(whereSeparator: { "-_>/|".contains($0) }).first.map { TextNormalizer.trimmed(String($0)) }
            if let head, SignatureFinder.isOrganisation(head) { return head }
        }
        return nil
    }

    /// A key/value table whose key cell names the 文号 (`行政处罚决定书文号` | `金罚决字〔2024〕36号`).
    private func keyCellDocNumber(in lines: ArraySlice<Int>) -> String? {
        let lines = Array(lines)
        for (position, index) in lines.enumerated() where position + 1 < lines.count {
            let key = page.lines[index].compact
            guard key.hasSuffix("文号"), key.unicodeScalars.count <= 12 else { continue }
            if let number = DocNumberMatcher.wholeMatch(page.lines[lines[position + 1]].text) { return number }
        }
        return nil
    }

    /// A doc number printed alone between the title and the body (`金罚决字〔2024〕36号`).
    private func headerDocNumber(from titleLine: Int?, to bodyStart: Int) -> String? {
        guard let titleLine, titleLine < bodyStart else { return nil }
        for index in titleLine..<min(bodyStart, titleLine + 4) {
            if let number = DocNumberMatcher.wholeMatch(page.lines[index].text) { return number }
        }
        return nil
    }

    private func isPlausibleIssuer(_ value: String) -> Bool {
        let count = value.unicodeScalars.count
        // 本网 / 本站 ("this site") names no one.
        guard !["本网", "本站", "本网站", "原创"].contains(value) else { return false }
        return count >= 2 && count <= 60 && DateScanner.firstDate(in: value) == nil
    }
}
