import Foundation
import YaodianModel
import YaodianText

/// Links to files (附件) and the URL they resolve to.
enum AttachmentFinder {
    static let extensions: Set<String> = ["doc", "docx", "pdf", "xls", "xlsx", "wps", "zip", "rar", "et", "ofd", "7z", "ppt", "pptx", "txt", "csv"]

    /// A link to a file: by the extension of its path, of a query value
    /// (`downfile.jsp?filename=2673847.docx`), or of the file name shown as its text.
    /// Read on UTF-8 bytes: every page's every link in and after the body is asked.
    static func isAttachment(_ href: String, text: String? = nil) -> Bool {
        let bytes = href.utf8
        let cut = bytes.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }
        if hasFileExtension(bytes[..<(cut ?? bytes.endIndex)]) { return true }
        if let cut {
            let query = bytes[bytes.index(after: cut)...]
            for parameter in query.split(separator: UInt8(ascii: "&")) {
                if let value = parameter.split(separator: UInt8(ascii: "=")).last, hasFileExtension(value) { return true }
            }
        }
        if let text { return hasFileExtension(TextNormalizer.trimmed(text).utf8[...]) }
        return false
    }

    /// The longest extension in `extensions`, in bytes.
    private static let longestExtension = extensions.map(\.utf8.count).max() ?? 0

    private static func hasFileExtension(_ name: Substring.UTF8View.SubSequence) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let suffix = name[name.index(after: dot)...]
        guard suffix.count <= longestExtension, !suffix.contains(UInt8(ascii: "/")) else { return false }
        return extensions.contains(String(decoding: suffix, as: UTF8.self).lowercased())
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
