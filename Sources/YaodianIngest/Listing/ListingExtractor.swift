import Foundation
import YaodianModel

/// Reads a column page (通知公告 list): the notice entries in page order and the next page.
/// Entries come from the page's repeated link structure (`LinkGroupFinder`), from a JSON list in a
/// script when that holds more (`InlineJSONListFinder`), and failing both from markup kept inside
/// HTML comments.
struct ListingExtractor {
    let page: Page
    /// What links resolve against: the page URL, or its `<base href>`.
    let baseURL: URL?
    /// The page's own address (a 下一页 that points back here is no next page).
    let pageURL: URL?

    enum Origin: String, Sendable {
        case links, inlineJSON = "inline-json", comment, none
    }

    struct Result {
        var entries: [ListingEntry]
        var nextPage: String?
        var origin: Origin
    }

    /// Comments shorter than this cannot hold a list worth reading.
    static let minCommentLength = 40

    func extract() -> Result {
        let nextPage = NextPageFinder.nextPage(in: page, base: baseURL, pageURL: pageURL)
        let linked = LinkGroupFinder(page: page, baseURL: baseURL).entries()
        let inline = InlineJSONListFinder(baseURL: baseURL).entries(in: page.scripts)
        if Self.prefersInline(inline, over: linked) {
            return Result(entries: inline, nextPage: nextPage, origin: .inlineJSON)
        }
        if !linked.isEmpty { return Result(entries: linked, nextPage: nextPage, origin: .links) }
        let commented = entriesInComments()
        if !commented.isEmpty { return Result(entries: commented, nextPage: nextPage, origin: .comment) }
        return Result(entries: [], nextPage: nextPage, origin: .none)
    }

    /// A script list is the list when the markup has none, or when the markup is a rendered page of
    /// it (every linked URL is in the script, which holds more); a dated JSON box beside a real
    /// markup list (hot news, a channel tree) does not replace it.
    static func prefersInline(_ inline: [ListingEntry], over linked: [ListingEntry]) -> Bool {
        guard !inline.isEmpty else { return false }
        guard !linked.isEmpty else { return true }
        guard inline.count > linked.count else { return false }
        let inlineURLs = Set(inline.map(\.url))
        return linked.allSatisfy { inlineURLs.contains($0.url) }
    }

    /// Some CMSs ship the list markup inside `<!-- -->` and unhide it with a script.
    private func entriesInComments() -> [ListingEntry] {
        var best: [ListingEntry] = []
        for comment in page.comments where comment.utf8.count >= Self.minCommentLength && Self.holdsLinks(comment) {
            guard let fragment = try? HTMLEventParser.page(utf8: Array(comment.utf8), input: "comment") else { continue }
            let entries = LinkGroupFinder(page: fragment, baseURL: baseURL).entries()
            if entries.count > best.count { best = entries }
        }
        return best
    }

    private static func holdsLinks(_ text: String) -> Bool {
        text.range(of: "href", options: .caseInsensitive) != nil && text.contains("<")
    }
}
