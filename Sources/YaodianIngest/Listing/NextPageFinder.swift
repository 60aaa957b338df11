import Foundation
import YaodianText

/// Finds the 下一页 link of a pager. Only an `<a>` with a real href counts: a disabled
/// `<span>下一页</span>`, a `javascript:` pager or a link back to the page itself means no next page.
enum NextPageFinder {
    /// Link texts (spaces removed, arrows stripped) that mean "next page".
    static let words: Set<String> = ["下一页", "下页", "后一页", "下一頁", "後一頁", "next", "nextpage"]
    /// Texts that are only an arrow.
    static let arrows: Set<String> = [">", "›", "＞", "〉"]

    static func nextPage(in page: Page, base: URL?, pageURL: URL?) -> String? {
        let own = pageURL.flatMap { URLResolver.absolute($0.absoluteString, base: nil) }
        for link in page.links where isNextText(link.text) || (link.text.isEmpty && link.title.map(isNextText) == true) {
            guard let url = URLResolver.absolute(link.href, base: base) else { continue }
            if let own, url == own { continue }
            return url
        }
        return nil
    }

    static func isNextText(_ text: String) -> Bool {
        let compact = TextNormalizer.compact(text).lowercased()
        guard !compact.isEmpty, compact.count <= 8 else { return false }
        if arrows.contains(compact) { return true }
        let trimmed = compact.unicodeScalars.filter { !"<>›»＞〉«‹".unicodeScalars.contains($0) }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: trimmed)
        return words.contains(String(word))
    }
}
