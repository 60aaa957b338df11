import Foundation
import YaodianModel
import YaodianText

/// Finds the notice list among a page's links without knowing the template: every link votes for
/// its ancestors as "items" of their parent (an `li` of a `ul`, a `tr` of a table, a `div` of a
/// `div`, a bare `a` between `<br>`s), and the group of same-tag siblings with the most dated
/// one-link items wins. Menus, 友情链接 and footers have no dates; a dated side box (政策解读)
/// loses to the longer main list.
struct LinkGroupFinder {
    let page: Page
    let baseURL: URL?

    /// How far above a link an item may start (`a` < `span` < `h4` < `li` is three steps).
    static let maxClimb = 8
    /// A list row holds its link, a date and a few short fields (文号, 发布机构), not prose.
    static let maxRowExtraChars = 80
    /// Items holding more links than this are containers, not one notice.
    static let maxLinksPerItem = 4
    /// A title-like link: at least this many non-space characters.
    static let titleLength = 6
    /// Item text read for a date (a long summary in an item is not worth scanning to the end).
    static let maxItemLines = 8

    struct GroupKey: Hashable {
        var parent: Int
        var tag: String
    }

    /// One readable link: its page index, resolved URL and shown title.
    struct Candidate {
        var link: Int
        var url: String
        var title: String
    }

    /// One item read: its entry, and whether it looks like a list row (a title-like link with a
    /// date and little else) — only such rows vote for their group.
    struct Reading {
        var entry: ListingEntry
        var isListRow: Bool
    }

    struct Group {
        var key: GroupKey
        var entries: [(element: Int, entry: ListingEntry)]
        var listRows: Int
        var titleChars: Int
    }

    /// The entries of the best list, in page order; empty when the page has no dated list.
    func entries() -> [ListingEntry] {
        var candidates: [Int: Candidate] = [:]
        var itemLinks: [Int: [Int]] = [:]
        var groupItems: [GroupKey: [Int]] = [:]
        var groupOrder: [GroupKey] = []
        for (index, link) in page.links.enumerated() {
            guard let url = URLResolver.absolute(link.href, base: baseURL) else { continue }
            let title = ListingText.title(text: link.text, attribute: link.title)
            guard !title.isEmpty else { continue }
            candidates[index] = Candidate(link: index, url: url, title: title)
            var element = link.element
            var climbed = 0
            while element >= 0, climbed <= Self.maxClimb {
                let parent = page.elements[element].parent
                let tag = page.elements[element].tag
                guard parent >= 0, tag != "body", tag != "html" else { break }
                if itemLinks[element] == nil {
                    let key = GroupKey(parent: parent, tag: tag)
                    if groupItems[key] == nil { groupOrder.append(key) }
                    groupItems[key, default: []].append(element)
                }
                itemLinks[element, default: []].append(index)
                element = parent
                climbed += 1
            }
        }

        var groups: [Group] = []
        for key in groupOrder {
            guard let items = groupItems[key] else { continue }
            var group = Group(key: key, entries: [], listRows: 0, titleChars: 0)
            for (position, item) in items.enumerated() {
                let previous = position > 0 ? items[position - 1] : nil
                let next = position + 1 < items.count ? items[position + 1] : nil
                let nextText = next.flatMap { itemLinks[$0]?.first }.map { page.links[$0].text }
                guard let reading = read(item: item, links: itemLinks[item] ?? [], candidates: candidates,
                                         neighbours: (previous, next, nextText), parent: key.parent) else { continue }
                group.entries.append((item, reading.entry))
                if reading.isListRow { group.listRows += 1 }
                group.titleChars += reading.entry.title.count
            }
            if group.listRows > 0 { groups.append(group) }
        }
        guard let best = groups.max(by: { Self.ranksBelow($0, $1) }) else { return [] }
        return merged(best, with: groups).map(\.entry)
    }

    /// Fewer dated list rows, then fewer items, then shorter titles on average.
    private static func ranksBelow(_ lhs: Group, _ rhs: Group) -> Bool {
        if lhs.listRows != rhs.listRows { return lhs.listRows < rhs.listRows }
        if lhs.entries.count != rhs.entries.count { return lhs.entries.count < rhs.entries.count }
        return lhs.titleChars * max(1, rhs.entries.count) < rhs.titleChars * max(1, lhs.entries.count)
    }

    /// One list split into several blocks (a `ul` per five items) comes back whole: groups of the
    /// same item tag whose parents look alike and share a parent join the best group.
    private func merged(_ best: Group, with groups: [Group]) -> [(element: Int, entry: ListingEntry)] {
        let parent = page.elements[best.key.parent]
        var all = best.entries
        for group in groups where group.key != best.key && group.key.tag == best.key.tag {
            let other = page.elements[group.key.parent]
            guard other.tag == parent.tag, other.classes == parent.classes, other.parent == parent.parent,
                  other.parent >= 0 else { continue }
            all += group.entries
        }
        if all.count == best.entries.count { return all }
        return all.sorted { $0.element < $1.element }
    }

    /// Reads one item: its main link, full title and date; nil when the item holds no notice link
    /// or is a container of several.
    private func read(item: Int, links: [Int], candidates: [Int: Candidate],
                      neighbours: (previous: Int?, next: Int?, nextText: String?), parent: Int) -> Reading? {
        guard !links.isEmpty, links.count <= Self.maxLinksPerItem else { return nil }
        let readable = links.compactMap { candidates[$0] }
        let titled = readable.filter { TextNormalizer.compact($0.title).count >= Self.titleLength }
        guard titled.count <= 1 else { return nil }
        guard let main = titled.first ?? readable.max(by: { $0.title.count < $1.title.count }) else { return nil }
        guard !Self.isMoreLink(main.title) else { return nil }
        let link = page.links[main.link]

        let element = page.elements[item]
        let end = min(element.lineEnd, element.lineStart + Self.maxItemLines)
        let shared = neighbours.previous.map { page.elements[$0].lineEnd > element.lineStart } == true
            || neighbours.next.map { page.elements[$0].lineStart < element.lineEnd } == true
        // The item's text besides its link: where the date is looked for.
        var rest: String
        if shared {
            // Inline items on one line (`<a>…</a> 2020-11-05 <a>…</a> 2020-05-18`): the date is
            // between this link and the next.
            rest = ListingText.segment(after: link.text, before: neighbours.nextText, in: text(of: element.lineStart..<end)) ?? ""
        } else {
            rest = ListingText.removingFirst(link.text, from: text(of: element.lineStart..<end))
            if DateScanner.firstDate(in: rest) == nil {
                // `<dt>` title / `<dd>` date pairs: the date sits between this item and the next.
                let parentEnd = page.elements[parent].lineEnd
                let stop = min(neighbours.next.map { page.elements[$0].lineStart } ?? (element.lineEnd + 1), parentEnd)
                if stop > element.lineEnd { rest += "\n" + text(of: element.lineEnd..<stop) }
            }
        }
        var title = main.title
        var date = DateScanner.firstDate(in: rest)
        if date == nil, let edge = ListingText.edgeDate(in: TextNormalizer.collapsed(link.text)) {
            // `<a><span>标题</span><span>2023-01-05</span></a>`: the date is part of the link.
            date = edge.date
            title = ListingText.title(text: edge.rest, attribute: link.title)
            rest = ""
        }
        let isListRow = date != nil && TextNormalizer.compact(title).count >= Self.titleLength
            && TextNormalizer.compact(rest).count <= Self.maxRowExtraChars
        return Reading(entry: ListingEntry(title: title, url: main.url, date: date), isListRow: isListRow)
    }

    /// The text of a range of lines, one line per row.
    private func text(of range: Range<Int>) -> String {
        let bounded = range.clamped(to: 0..<page.lines.count)
        guard !bounded.isEmpty else { return "" }
        return page.lines[bounded].map(\.text).joined(separator: "\n")
    }

    /// 更多 / more links close a box; they are not notices.
    static func isMoreLink(_ title: String) -> Bool {
        let compact = TextNormalizer.compact(title).lowercased()
        return compact.hasPrefix("更多") || compact == "more" || compact.hasPrefix("more>") || compact.hasPrefix("more+")
    }
}
