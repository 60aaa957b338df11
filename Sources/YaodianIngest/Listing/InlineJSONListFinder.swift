import Foundation
import YaodianModel
import YaodianText

/// Reads a notice list kept as JSON in a script (a template renders it in the browser): the array
/// of objects with the most dated entries that have a title and a URL.
/// The URL field may itself be a JSON string (`"urls": "{\"pc\":\"/col/…/content_1.html\"}"`).
struct InlineJSONListFinder {
    let baseURL: URL?

    static let titleKeys = ["title", "articletitle", "doctitle", "showtitle", "infotitle", "newstitle", "maintitle"]
    static let urlKeys = ["url", "urls", "linkurl", "link", "href", "docpuburl", "puburl", "docurl", "articleurl", "pcurl",
                          "redirecturl", "jumpurl"]
    static let dateKeys = ["pubdate", "publishdate", "publishtime", "pubtime", "pub_date", "publish_date", "releasedate",
                           "docdate", "docreltime", "fbrq", "date", "time", "displaytime", "releasetime", "createtime",
                           "createdate", "inputtime"]
    /// Keys of a nested URL object, in order of preference.
    static let urlVariantKeys = ["pc", "web", "url", "href", "link"]

    /// Arrays larger than this are not walked into (a data dump, not a page of notices).
    static let maxNodes = 200_000

    func entries(in scripts: [String]) -> [ListingEntry] {
        var best: [ListingEntry] = []
        var bestDated = 0
        for script in scripts {
            for value in InlineJSONScanner.values(in: script) {
                for array in Self.objectArrays(in: value) {
                    let entries = array.compactMap(entry(from:))
                    let dated = entries.lazy.filter { $0.date != nil }.count
                    if dated > bestDated {
                        best = entries
                        bestDated = dated
                    }
                }
            }
        }
        return best
    }

    /// Every array of objects inside `value`, found without recursion.
    static func objectArrays(in value: Any) -> [[[String: Any]]] {
        var arrays: [[[String: Any]]] = []
        var stack: [Any] = [value]
        var visited = 0
        while let node = stack.popLast(), visited < maxNodes {
            visited += 1
            if let dictionary = node as? [String: Any] {
                stack.append(contentsOf: dictionary.values)
            } else if let array = node as? [Any] {
                let objects = array.compactMap { $0 as? [String: Any] }
                if !objects.isEmpty, objects.count == array.count { arrays.append(objects) }
                stack.append(contentsOf: array)
            }
        }
        return arrays
    }

    private func entry(from object: [String: Any]) -> ListingEntry? {
        var lowered: [String: Any] = [:]
        for (key, value) in object { lowered[key.lowercased()] = value }
        guard let title = Self.titleKeys.lazy.compactMap({ (lowered[$0] as? String).map(ListingText.plainText(fromMarkup:)) })
            .first(where: { !$0.isEmpty }) else { return nil }
        guard let url = Self.urlKeys.lazy.compactMap({ lowered[$0].flatMap(self.url(from:)) }).first else { return nil }
        let date = Self.dateKeys.lazy.compactMap { lowered[$0].flatMap(Self.date(from:)) }.first
        return ListingEntry(title: title, url: url, date: date)
    }

    private func url(from value: Any) -> String? {
        if let text = value as? String {
            let trimmed = TextNormalizer.trimmed(text)
            if trimmed.hasPrefix("{"), let data = trimmed.data(using: .utf8),
               let object = try? JSONSerialization.jsonObject(with: data) {
                return url(from: object)
            }
            return URLResolver.absolute(trimmed, base: baseURL)
        }
        if let object = value as? [String: Any] {
            for key in Self.urlVariantKeys {
                if let nested = object[key], let url = url(from: nested) { return url }
            }
            for key in object.keys.sorted() {
                if let text = object[key] as? String, let url = url(from: text) { return url }
            }
        }
        return nil
    }

    /// A date string (`2025-07-29 16:59`) or a Unix time in seconds or milliseconds (read in China time).
    static func date(from value: Any) -> CalendarDate? {
        if let text = value as? String { return DateScanner.firstDate(in: text) }
        guard let number = value as? NSNumber else { return nil }
        var seconds = number.doubleValue
        if seconds > 1e11 { seconds /= 1000 }
        guard seconds > 1e8, seconds < 1e10 else { return nil }
        let days = Int(((seconds + 8 * 3600) / 86_400).rounded(.down))
        return civilDate(daysSinceEpoch: days)
    }

    /// Howard Hinnant's days-to-civil conversion.
    static func civilDate(daysSinceEpoch days: Int) -> CalendarDate? {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day)
    }
}
