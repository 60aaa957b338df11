import YaodianModel

/// `--format text`: the title, a metadata block, then the body paragraphs, as a reader would copy them.
struct TextRenderer: DocumentRenderer {
    let name = "text"
    let fileExtension = "txt"

    func render(_ document: IngestedDocument) throws -> String {
        let notice = document.notice
        var lines: [String] = []
        if let title = notice.title { lines.append(title) }
        lines += MetadataLines.of(notice).map { "\($0.label):\($0.value)" }
        lines.append("")
        lines += notice.body
        if !notice.attachments.isEmpty {
            lines.append("")
            lines += notice.attachments.map { "附件:\($0.title) \($0.url)" }
        }
        return lines.joined(separator: "\n")
    }

    func render(stream documents: [IngestedDocument]) throws -> String {
        try documents.map { try render($0) }.joined(separator: "\n\n\u{0C}\n")
    }

    func render(_ listing: ListingPage) throws -> String {
        var lines = listing.entries.map { entry in
            "\(entry.date?.description ?? "          ")\t\(entry.title)\t\(entry.url)"
        }
        if let next = listing.nextPage { lines.append("下一页\t\(next)") }
        return lines.joined(separator: "\n")
    }
}

/// The metadata fields a reader sees, labelled in Chinese, in the order a 公文 page shows them.
enum MetadataLines {
    static func of(_ notice: Notice) -> [(label: String, value: String)] {
        var lines: [(String, String)] = []
        if let value = notice.docNumber { lines.append(("发文字号", value)) }
        if let value = notice.issuer { lines.append(("发布机构", value)) }
        if let value = notice.signedDate { lines.append(("成文日期", value.description)) }
        if let value = notice.publishDate { lines.append(("发布日期", value.description)) }
        if let value = notice.indexNumber { lines.append(("索引号", value)) }
        return lines
    }
}
