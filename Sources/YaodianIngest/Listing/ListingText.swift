import YaodianModel
import YaodianText

/// Small text rules of list entries: the full title of a link, dates at the edge of a title,
/// removing a link's own text from its row before looking for the row's date.
enum ListingText {
    /// The title a reader means: the anchor text, or the `title` attribute when the text is cut
    /// short (`...`, `…`) or missing, or when the attribute is the text continued.
    static func title(text: String, attribute: String?) -> String {
        let shown = TextNormalizer.collapsed(text)
        let full = attribute.map(TextNormalizer.collapsed) ?? ""
        guard !full.isEmpty else { return shown }
        if shown.isEmpty { return full }
        let stem = withoutEllipsis(shown)
        let compactFull = TextNormalizer.compact(full)
        let compactStem = TextNormalizer.compact(stem)
        if stem.count < shown.count, compactFull.count > compactStem.count { return full }
        if compactFull.count > compactStem.count, compactFull.hasPrefix(compactStem) { return full }
        return shown
    }

    /// The text without a trailing `...`, `…`, `。。。` or `..`.
    static func withoutEllipsis(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var dots = 0
        while let last = scalars.last, last == "." || last == "…" || last == "。" || last == "⋯" || last == "．"
                || TextNormalizer.isSpace(last) {
            if !TextNormalizer.isSpace(last) { dots += 1 }
            scalars.removeLast()
        }
        // One full stop ends a sentence; only a run of dots (or one ellipsis character) is a cut.
        let cut = dots >= 2 || text.unicodeScalars.reversed().first { !TextNormalizer.isSpace($0) }.map { $0 == "…" || $0 == "⋯" } == true
        guard cut else { return text }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    /// `text` with the first occurrence of `needle` replaced by one space; whitespace is ignored
    /// when matching (row text and link text may space words differently).
    static func removingFirst(_ needle: String, from text: String) -> String {
        let hay = Array(text.unicodeScalars)
        guard let found = firstMatch(of: needle, in: hay, from: 0) else { return text }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: hay[..<found.lowerBound])
        out.append(" ")
        out.append(contentsOf: hay[found.upperBound...])
        return String(out)
    }

    /// The text after the first occurrence of `needle`, up to where `stop` (the next entry's link
    /// text) begins: one entry's share of a line that several entries share.
    static func segment(after needle: String, before stop: String?, in text: String) -> String? {
        let hay = Array(text.unicodeScalars)
        guard let found = firstMatch(of: needle, in: hay, from: 0) else { return nil }
        let end = stop.flatMap { firstMatch(of: $0, in: hay, from: found.upperBound)?.lowerBound } ?? hay.count
        var out = String.UnicodeScalarView()
        out.append(contentsOf: hay[found.upperBound..<end])
        return String(out)
    }

    /// Where `needle` (spaces ignored) first occurs in `hay` at or after `from`: scalar offsets.
    private static func firstMatch(of needle: String, in hay: [Unicode.Scalar], from: Int) -> Range<Int>? {
        let pattern = Array(TextNormalizer.compact(needle).unicodeScalars)
        guard !pattern.isEmpty, from < hay.count else { return nil }
        var positions: [Int] = []
        positions.reserveCapacity(hay.count - from)
        for index in from..<hay.count where !TextNormalizer.isSpace(hay[index]) { positions.append(index) }
        guard positions.count >= pattern.count else { return nil }
        search: for start in 0...(positions.count - pattern.count) {
            for offset in 0..<pattern.count where hay[positions[start + offset]] != pattern[offset] { continue search }
            return positions[start]..<(positions[start + pattern.count - 1] + 1)
        }
        return nil
    }

    /// A date written at the start or the end of a link's text (`标题 2023-01-05`, `[2023-01-05] 标题`),
    /// and the text without it.
    static func edgeDate(in text: String) -> (date: CalendarDate, rest: String)? {
        let matches = DateScanner.dates(in: text)
        guard !matches.isEmpty else { return nil }
        let scalars = Array(text.unicodeScalars)
        if let last = matches.last, scalars[last.end...].allSatisfy(isDecoration) {
            var rest = Array(scalars[..<last.start])
            trimEnd(&rest, opening: true)
            if let string = trimmedString(rest) { return (last.date, string) }
        }
        if let first = matches.first, scalars[..<first.start].allSatisfy(isDecoration) {
            var rest = Array(scalars[first.end...])
            rest.reverse()
            trimEnd(&rest, opening: false)
            rest.reverse()
            if let string = trimmedString(rest) { return (first.date, string) }
        }
        return nil
    }

    /// Strips tags and decodes the common entities (titles in inline JSON may carry `<p>`).
    static func plainText(fromMarkup markup: String) -> String {
        guard markup.includes("<") || markup.includes("&") else { return TextNormalizer.collapsed(markup) }
        var out = String.UnicodeScalarView()
        var inTag = false
        for scalar in markup.unicodeScalars {
            if inTag {
                if scalar == ">" { inTag = false; out.append(" ") }
            } else if scalar == "<" {
                inTag = true
            } else {
                out.append(scalar)
            }
        }
        return TextNormalizer.collapsed(decodingEntities(String(out)))
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ldquo": "“", "rdquo": "”",
        "lsquo": "‘", "rsquo": "’", "middot": "·", "hellip": "…", "mdash": "—", "ndash": "–",
    ]

    private static func decodingEntities(_ text: String) -> String {
        guard text.includes("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semi = after.prefix(10).firstIndex(of: ";") else {
                out += "&"
                rest = after
                continue
            }
            let name = String(after[..<semi])
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if name.hasPrefix("#") {
                replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                replacement = namedEntities[name.lowercased()]
            }
            if let replacement {
                out += replacement
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        out += rest
        return out
    }

    private static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
        TextNormalizer.isSpace(scalar) || openingMarks.contains(scalar) || closingMarks.contains(scalar)
    }

    private static let openingMarks: Set<Unicode.Scalar> = ["[", "(", "【", "（", "［", "〔", "|", "-", "—", "/", "｜"]
    private static let closingMarks: Set<Unicode.Scalar> = ["]", ")", "】", "）", "］", "〕", "|", "-", "—", "/", "｜"]

    /// Drops spaces, one bracket or separator that belonged to the removed date, and spaces again
    /// from the end of `scalars` (the end that touched the date).
    private static func trimEnd(_ scalars: inout [Unicode.Scalar], opening: Bool) {
        while let last = scalars.last, TextNormalizer.isSpace(last) { scalars.removeLast() }
        if let last = scalars.last, (opening ? openingMarks : closingMarks).contains(last) { scalars.removeLast() }
        while let last = scalars.last, TextNormalizer.isSpace(last) { scalars.removeLast() }
    }

    private static func trimmedString(_ scalars: [Unicode.Scalar]) -> String? {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        let text = TextNormalizer.collapsed(String(out))
        return text.isEmpty ? nil : text
    }
}
