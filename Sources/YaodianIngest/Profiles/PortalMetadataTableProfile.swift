import YaodianText
/// 集约化 / gkmlpt 政府信息公开 pages: a metadata table (索引号, 发布机构, 成文日期, 发文字号 …) stands
/// above the document, so the body is searched after it.
struct PortalMetadataTableProfile: SiteProfile {
    let id = "portal-metadata-table"

    func matches(_ page: Page) -> Bool {
        metadataTableEnd(in: page) != nil
    }

    func bodyContainer(in page: Page, locator: BodyLocator) -> Int? {
        guard let end = metadataTableEnd(in: page) else { return nil }
        return locator.locate(after: end)
    }

    /// The line after the last line of the first block of lines naming 索引号 and another label.
    private func metadataTableEnd(in page: Page) -> Int? {
        guard let start = page.lines.firstIndex(where: { $0.text.hasPrefix("索引号") || $0.text.includes("\t索引号") }) else { return nil }
        var last = start
        var labelled = 0
        for index in start..<min(page.lines.count, start + 12) {
            let values = FieldScanner.scan(page.lines[index].text, line: index)
            if values.isEmpty && index > start + 1 { break }
            if !values.isEmpty { last = index; labelled += values.count }
        }
        return labelled >= 3 ? last + 1 : nil
    }
}
