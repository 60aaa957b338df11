/// A parsed page flattened for extraction: every visible element with the range of text lines it
/// holds, the lines themselves in reading order, its links and head metadata. Built in one
/// iterative walk (`PageWalker`), so deep nesting cannot overflow the stack.
struct Page: Sendable {
    var title: String?
    /// `<meta name|property|http-equiv=… content=…>`, names lowercased.
    var metas: [(name: String, content: String)] = []
    var baseHref: String?
    var elements: [PageElement] = []
    var lines: [PageLine] = []
    var links: [PageLink] = []
    /// Text of scripts that may carry data (listing pages render entries from inline JSON).
    var scripts: [String] = []
    /// Text of HTML comments in the body (some CMSs keep listings in them).
    var comments: [String] = []

    func meta(_ name: String) -> String? {
        metas.first { $0.name == name && !$0.content.isEmpty }?.content
    }

    /// Lines inside an element, in order.
    func lines(in element: Int) -> ArraySlice<PageLine> {
        let el = elements[element]
        return lines[el.lineStart..<el.lineEnd]
    }

    /// True when `element` is `ancestor` or lies inside it.
    func isInside(_ element: Int, _ ancestor: Int) -> Bool {
        var current = element
        while current >= 0 {
            if current == ancestor { return true }
            if current < ancestor { return false }
            current = elements[current].parent
        }
        return false
    }
}

struct PageElement: Sendable {
    var tag: String
    var id: String
    /// The class attribute, lowercased.
    var classes: String
    var parent: Int
    var depth: Int
    var lineStart: Int
    var lineEnd: Int

    func hasClass(_ name: String) -> Bool {
        classes.split(separator: " ").contains { $0 == name }
    }
}

/// One line of visible text: a paragraph, a heading, a table row (cells joined by a tab),
/// or a `<br>`-separated line.
struct PageLine: Sendable {
    var text: String
    /// The innermost element open where the line starts.
    var element: Int
    /// Non-space characters, and how many of them sit inside links.
    var chars: Int
    var linkChars: Int
    /// Chinese sentence punctuation (，。；：、！？) — the mark of prose.
    var punctuation: Int
    var isHeading: Bool
    /// Source line of the text in the HTML file.
    var sourceLine: Int

    var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
}

struct PageLink: Sendable {
    var href: String
    var text: String
    var title: String?
    var line: Int
    var element: Int
}
