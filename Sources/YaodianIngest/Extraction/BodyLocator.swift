import YaodianText
/// Finds the element that holds the document on a page it has never seen: text and Chinese
/// punctuation density, link density, container names, and the position of the title.
/// Site profiles only narrow the search; this carries unknown templates.
struct BodyLocator {
    let page: Page
    /// Index of the document title's line; prose above it is rarely the document.
    let titleLine: Int?

    /// The element with the highest body score, searched inside `scope` (or the whole page).
    func locate(within scope: Int? = nil, after firstLine: Int = 0) -> Int? {
        let weights = lineValues(after: firstLine)
        var prefix = [Double](repeating: 0, count: weights.count + 1)
        for (index, value) in weights.enumerated() { prefix[index + 1] = prefix[index] + value }

        var best: (element: Int, score: Double)?
        let range = scope.map { $0..<elementEnd(of: $0) } ?? 0..<page.elements.count
        for index in range {
            let element = page.elements[index]
            guard element.lineEnd > element.lineStart, Self.containerTags.contains(element.tag) else { continue }
            let score = prefix[element.lineEnd] - prefix[element.lineStart]
            if score > 0, score >= (best?.score ?? 0) { best = (index, score) }
        }
        return best?.element
    }

    static let containerTags: Set<String> = [
        "div", "td", "article", "section", "main", "body", "table", "tbody", "li", "span", "font", "center", "form", "ul", "dd",
        "blockquote", "p",
    ]

    /// Elements are stored in document order, so an element's descendants follow it contiguously.
    private func elementEnd(of element: Int) -> Int {
        var end = element + 1
        while end < page.elements.count, page.isInside(end, element) { end += 1 }
        return end
    }

    /// What each line adds to a container holding it: prose counts, chrome and link lists subtract.
    func lineValues(after firstLine: Int) -> [Double] {
        page.lines.enumerated().map { index, line in
            if index < firstLine { return -Double(line.chars) }
            var value = Self.value(of: line)
            if value > 0 {
                if page.containerHint(of: line.element) < 0 { value *= 0.15 }
                if let titleLine, index < titleLine { value *= 0.3 }
            }
            return value
        }
    }

    static func value(of line: PageLine) -> Double {
        if line.kind != .text { return -Double(max(line.chars, 4)) }
        let ownText = Double(line.chars - line.linkChars)
        if line.linkDensity > 0.5 { return -Double(line.chars) * 0.7 }
        // Short unpunctuated text: a label, a table cell, a menu entry. Worth a little.
        if line.punctuation == 0 && ownText < 12 { return ownText * 0.5 - 1 }
        return ownText + Double(line.punctuation) * 8
    }

    /// -1 for lines inside a container named like a sidebar, share bar or teaser box.
    func inheritedHints() -> [Double] {
        var hints = [Double](repeating: 0, count: page.elements.count)
        // Many elements share a class list: judge each distinct one once.
        var judged: [String: Double] = [:]
        // Nested boxes often start on the same line: judge each first line once (0 unknown, 1 no, 2 yes).
        var teaserLine = [UInt8](repeating: 0, count: page.lines.count)
        func judge(_ words: String, _ own: Double) -> Double {
            guard !words.isEmpty else { return own }
            let hint: Double
            if let known = judged[words] { hint = known } else {
                hint = ChromeLexicon.containerHint(words: words.lowercased())
                judged[words] = hint
            }
            return own < 0 ? own : (hint < 0 ? hint : max(own, hint))
        }
        for (index, element) in page.elements.enumerated() {
            let parentHint = element.parent >= 0 ? hints[element.parent] : 0
            if parentHint < 0 { hints[index] = parentHint; continue }
            let own = judge(element.id, judge(element.classes, 0))
            hints[index] = own < 0 || isTeaserBox(index, known: &teaserLine) ? -1 : 0
        }
        return hints
    }

    /// A box whose first line is a heading with a 更多 (more) link is a teaser list, not a document.
    private func isTeaserBox(_ element: Int, known: inout [UInt8]) -> Bool {
        let el = page.elements[element]
        guard el.lineEnd > el.lineStart, el.lineEnd - el.lineStart <= 40, el.tag != "body", el.tag != "html" else { return false }
        switch known[el.lineStart] {
        case 1: return false
        case 2: return true
        default: break
        }
        let first = page.lines[el.lineStart]
        // A line ends in "more" or ">>" only if its last byte is e, E or >: test that before
        // lowercasing (which allocates) or comparing Characters.
        let last = first.text.utf8.last
        let teaser = first.chars <= 12
            && (first.text.includes("更多") || ((last == 0x65 || last == 0x45) && first.text.lowercased().hasSuffix("more"))
                || (last == 0x3E && first.text.hasSuffix(">>")))
        known[el.lineStart] = teaser ? 2 : 1
        return teaser
    }
}
