import Foundation
import YaodianModel
import YaodianText

/// Links to files (附件) and the URL they resolve to.
enum AttachmentFinder {
    static let extensions: Set<String> = ["doc", "docx", "pdf", "xls", "xlsx", "wps", "zip", "rar", "et", "ofd", "7z", "ppt", "pptx", "txt", "csv"]

    /// A link to a file: by the extension of its path, of a query value
    /// (`downfile.jsp?filename=2673847.docx`), or of the file name shown as its text.
    static func isAttachment(_ href: String, text: String? = nil) -> Bool {
        var path = Substring(href)
        var query: Substring = ""
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            query = path[path.index(after: cut)...]
            path = path[..<cut]
        }
        if hasFileExtension(path) { return true }
        if query.split(separator: "&").contains(where: { hasFileExtension($0.split(separator: "=").last ?? "") }) { return true }
        if let text { return hasFileExtension(Substring(TextNormalizer.trimmed(text))) }
        return false
    }

    private static func hasFileExtension(_ name: Substring) -> Bool {
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// Attachment links inside the given line range (the body and what closely follows it).
    static func attachments(in page: Page, lines: Range<Int>, base: URL?) -> [Attachment] {
        var seen: Set<String> = []
        var found: [Attachment] = []
        for link in page.links where lines.contains(link.line) && isAttachment(link.href, text: link.text) {
            guard let url = URLResolver.absolute(link.href, base: base), seen.insert(url).inserted else { continue }
            var title = link.text.isEmpty ? (link.title ?? "") : link.text
            if title.isEmpty { title = url.split(separator: "/").last.map(String.init) ?? url }
            found.append(Attachment(title: title, url: url))
        }
        return found
    }
}

/// Resolves links against the page's base (`<base href>`, else the page URL).
enum URLResolver {
    static func absolute(_ href: String, base: URL?) -> String? {
        let trimmed = TextNormalizer.trimmed(href)
        guard !trimmed.isEmpty, !trimmed.lowercased().hasPrefix("javascript:"), !trimmed.hasPrefix("#"),
              !trimmed.lowercased().hasPrefix("mailto:") else { return nil }
        let encoded = trimmed.addingPercentEncoding(withAllowedCharacters: allowed) ?? trimmed
        guard let url = URL(string: encoded, relativeTo: base) else { return nil }
        let absolute = url.absoluteURL.standardized.absoluteString
        return absolute.removingPercentEncoding.map { decoded in
            // Keep the URL readable but valid: only non-ASCII is left decoded.
            decoded.contains(" ") ? absolute : decoded
        } ?? absolute
    }

    static func base(for page: Page, sourceURL: URL?) -> URL? {
        if let href = page.baseHref, let url = URL(string: href, relativeTo: sourceURL) { return url.absoluteURL }
        return sourceURL
    }

    private static let allowed: CharacterSet = {
        var set = CharacterSet.urlQueryAllowed
        set.insert(charactersIn: "#%")
        return set
    }()
}
