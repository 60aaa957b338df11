import YaodianModel

/// `--format markdown`: a heading, a metadata table and the body as paragraphs (CommonMark).
struct MarkdownRenderer: DocumentRenderer {
    let name = "markdown"
    let fileExtension = "md"

    func render(_ document: IngestedDocument) throws -> String {
        let notice = document.notice
        var out: [String] = []
        out.append("# " + Self.escape(notice.title ?? "(无标题)"))
        let metadata = MetadataLines.of(notice)
        if !metadata.isEmpty {
            out.append("")
            out.append("| 项目 | 内容 |")
            out.append("| --- | --- |")
            out += metadata.map { "| \($0.label) | \(Self.escape($0.value).replacingAll("|", with: "\\|")) |" }
        }
        for paragraph in notice.body {
            out.append("")
            // A table row keeps its cells apart with tabs; show them as a line of cells.
            out.append(Self.escapeLineStart(Self.escape(paragraph)).replacingAll("\t", with: " | "))
        }
        if !notice.attachments.isEmpty {
            out.append("")
            out.append("附件:")
            out += notice.attachments.map { "- [\(Self.escape($0.title))](<\($0.url)>)" }
        }
        out.append("")
        out.append("<!-- source: \(document.source.uri) sha256: \(document.source.sha256) -->")
        return out.joined(separator: "\n")
    }

    func render(stream documents: [IngestedDocument]) throws -> String {
        try documents.map { try render($0) }.joined(separator: "\n\n---\n\n")
    }

    func render(_ listing: ListingPage) throws -> String {
        var out = ["| 日期 | 标题 |", "| --- | --- |"]
        out += listing.entries.map { "| \($0.date?.description ?? "") | [\(Self.escape($0.title))](<\($0.url)>) |" }
        if let next = listing.nextPage { out += ["", "下一页: <\(next)>"] }
        return out.joined(separator: "\n")
    }

    /// `1.加快…` or `+` at the start of a paragraph would turn it into a list item.
    static func escapeLineStart(_ text: String) -> String {
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        if let first = text.first, first == "+" || first == "-" { return "\\" + text }
        return text
    }

    /// Escapes what Markdown would read as markup (`<script>` in a title stays text).
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "*", "_", "`", "[", "]", "#", "\\": out += "\\\(character)"
            default: out.append(character)
            }
        }
        return out
    }
}
