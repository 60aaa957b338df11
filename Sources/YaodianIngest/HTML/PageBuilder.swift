#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import YaodianText

/// Flattens a page into a `Page` as libxml2 reports it, element by element (`HTMLEventParser`),
/// without a tree: the page is read once and nothing is built that is thrown away after.
///
/// What it makes is what a walk of libxml2's tree would make, because libxml2's tree builder is
/// itself driven by these events: a text node is the run of `characters` between two other events
/// (its line is the parser's line when the run starts), an element's subtree is everything between
/// its start and its end. Subtrees that never hold document text (head, scripts, hidden elements)
/// are passed over, apart from the little the extractor reads there (title, metas, script data).
struct PageBuilder {
    /// Subtrees that never hold document text.
    static let skippedTags: Set<String> = [
        "script", "style", "noscript", "iframe", "object", "embed", "select", "option", "textarea", "button",
        "input", "svg", "canvas", "template", "map", "audio", "video", "xml", "link", "frameset", "frame",
    ]
    /// Elements that end the line before and after them.
    static let blockTags: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody",
        "thead", "tfoot", "tr", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote",
        "pre", "center", "form", "fieldset", "hr", "address", "figure", "figcaption", "caption", "body", "html",
        "legend", "details", "summary", "menu",
    ]
    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    private(set) var page = Page()

    // The line being gathered.
    private var buffer: [UInt8] = []
    private var lineElement = -1
    private var lineLinkBytes = 0
    private var lineSourceLine = 0
    private var lineHeading = false
    private var pendingSpace = false
    private var linkDepth = 0
    private var currentLink: (href: String, title: String?, text: [UInt8], element: Int)?
    private var cellsInRow = 0

    /// Elements libxml2 has started and not yet ended, all of them.
    private var openCount = 0
    /// The elements that made a `PageElement`: its index and the `openCount` it was started at.
    private var pushed: [(index: Int, depth: Int)] = []
    /// Subtrees being passed over or read for their text, innermost last, with the `openCount`
    /// their element was started at.
    private var regions: [(region: Region, depth: Int)] = []
    /// The text of the title or script being read.
    private var captured: [UInt8] = []
    /// Set once the first element has ended: anything after it lies outside the document element.
    private var finished = false

    // The text node being read (libxml2 may hand one over in several pieces).
    private var textNodeLine: Int?
    private var textNodeHitNUL = false
    private var textNodeWalked = false

    /// Element names, worked out once per distinct name and page (see `TagTable`).
    private var tags = TagTable.seeded

    private enum Region {
        /// `<head>`: only its own title, metas, base and scripts are read.
        case head
        /// Nothing inside is read.
        case skipped
        /// Its text is read whole: the page's `<title>`.
        case title
        /// Its text is read whole and kept when it may hold data.
        case script
    }

    /// The page's bytes, and the script and style contents taken out of what libxml2 parses
    /// (`RawTextElements`): the builder reads each as libxml2 would have reported it.
    private let pageBytes: [UInt8]
    private let replaced: [RawTextElements.Replaced]
    private var nextReplaced = 0
    /// Set while libxml2 reads the stand-in of a content taken out (its line breaks): the `openCount`
    /// of its element.
    private var standInDepth: Int?

    init(page: [UInt8], replaced: [RawTextElements.Replaced]) {
        pageBytes = page
        self.replaced = replaced
        buffer.reserveCapacity(4096)
    }

    // MARK: events

    /// - Parameter offset: where libxml2 stands in the bytes it parses (at the tag's `>`).
    mutating func startElement(_ name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?,
                               offset: Int) {
        endTextNode()
        openCount += 1
        while nextReplaced < replaced.count && replaced[nextReplaced].tagEnd < offset {
            page.rawTextMismatch = true  // a content was taken out where libxml2 saw no script or style
            nextReplaced += 1
        }
        if nextReplaced < replaced.count && replaced[nextReplaced].tagEnd == offset {
            let content = replaced[nextReplaced].content
            nextReplaced += 1
            let kind = tags.info(for: name).kind
            if kind != .script && kind != .style { page.rawTextMismatch = true }
            openElement(name, attributes: attributes)
            // The content as libxml2 would have handed it over: one CDATA node.
            pageBytes.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return }
                cdata(base + content.lowerBound, length: content.count)
            }
            standInDepth = openCount
            return
        }
        openElement(name, attributes: attributes)
    }

    /// An element as the page sees it: a region to pass over or read whole, a line break, or a
    /// `PageElement`.
    private mutating func openElement(_ name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        guard !finished else { return }
        if let (region, depth) = regions.last {
            // Inside <head> only its children count; inside anything else nothing does.
            if region == .head, openCount == depth + 1 { startHeadChild(name, attributes: attributes) }
            return
        }
        let info = tags.info(for: name)
        let (tag, role, kind) = (info.name, info.role, info.kind)
        if kind == .head {
            regions.append((.head, openCount))
            return
        }
        if readTitleOrMeta(kind, attributes: attributes) { return }
        if kind == .base { readBase(attributes) }
        if role == .skipped {
            regions.append((kind == .script ? .script : .skipped, openCount))
            return
        }
        let attributes = ElementAttributes(attributes)
        // Some templates hide <body> until a script has run; only inner elements can be hidden chrome.
        if kind != .body && kind != .html && attributes.isHidden {
            regions.append((.skipped, openCount))
            return
        }
        if kind == .br {
            finishLine()
            regions.append((.skipped, openCount))
            return
        }
        if role == .block || role == .heading {
            finishLine()
            if kind == .tr { cellsInRow = 0 }
        } else if kind == .td || kind == .th {
            if cellsInRow > 0, !buffer.isEmpty { buffer.append(0x09) }
            cellsInRow += 1
        }
        let index = page.elements.count
        page.elements.append(PageElement(
            tag: tag, role: role, id: attributes.id, classes: attributes.classes, parent: pushed.last?.index ?? -1,
            depth: pushed.count, lineStart: page.lines.count, lineEnd: page.lines.count))
        pushed.append((index, openCount))
        if role == .heading { lineHeading = true }
        if kind == .a, let href = attributes.href {
            finishLink()
            currentLink = (href, attributes.title, [], index)
            linkDepth += 1
        }
    }

    mutating func endElement() {
        endTextNode()
        defer { openCount -= 1 }
        if standInDepth == openCount { standInDepth = nil }
        guard !finished else { return }
        if let (region, depth) = regions.last {
            guard depth == openCount else { return }
            regions.removeLast()
            finishRegion(region)
        } else if let (index, depth) = pushed.last, depth == openCount {
            leave(index)
        }
        if openCount == 1 {
            finishLine()
            finished = true
        }
    }

    /// Text, `length` bytes of UTF-8 (libxml2 decoded the entities); `line` is the parser's line now.
    mutating func characters(_ text: UnsafePointer<UInt8>, length: Int, line: Int) {
        if textNodeLine == nil { textNodeLine = line }
        read(text, length: length, line: textNodeLine ?? line)
    }

    /// A CDATA block (libxml2 hands script and style text over this way). It makes a node of its own,
    /// which libxml2 gives no line.
    mutating func cdata(_ text: UnsafePointer<UInt8>, length: Int) {
        guard standInDepth == nil else { return }  // line breaks standing in for a content read already
        endTextNode()
        read(text, length: length, line: 0)
        endTextNode()
    }

    mutating func comment(_ text: UnsafePointer<UInt8>) {
        endTextNode()
        guard !finished, openCount > 0, regions.isEmpty else { return }
        page.comments.append(String(cString: text))
    }

    /// A processing instruction: nothing to read, but it ends a text node.
    mutating func otherNode() {
        endTextNode()
    }

    /// Closes what is still open when libxml2 stops early (its depth limit) and ends the last line.
    mutating func finish(hitDepthLimit: Bool) {
        endTextNode()
        while openCount > 0 { endElement() }
        finishLine()
        page.hitDepthLimit = hitDepthLimit
        if nextReplaced < replaced.count { page.rawTextMismatch = true }
    }

    // MARK: text

    private mutating func read(_ text: UnsafePointer<UInt8>, length: Int, line: Int) {
        guard !finished, openCount > 0, !textNodeHitNUL else { return }
        // A text node ends at a NUL to whoever reads it as a C string, as the tree's readers do.
        var count = length
        if let nul = memchr(text, 0, length) {
            count = UnsafeRawPointer(nul) - UnsafeRawPointer(text)
            textNodeHitNUL = true
        }
        let bytes = UnsafeBufferPointer(start: text, count: count)
        if let (region, _) = regions.last {
            if region == .title || region == .script { captured.append(contentsOf: bytes) }
            return
        }
        appendText(bytes, line: line)
        textNodeWalked = true
    }

    /// Called before every event that is not more of the same text node.
    private mutating func endTextNode() {
        if textNodeWalked, pendingSpace, linkDepth > 0, currentLink?.text.isEmpty == false { currentLink?.text.append(0x20) }
        textNodeLine = nil
        textNodeHitNUL = false
        textNodeWalked = false
    }

    /// Appends text, whitespace runs collapsed to one space: runs of other bytes go in whole.
    private mutating func appendText(_ text: UnsafeBufferPointer<UInt8>, line: Int) {
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            if Self.isSpace(byte) {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2 && index + 1 < count && text[index + 1] == 0xA0 {
                pendingSpace = true   // &nbsp; is a space to a reader
                index += 2
                continue
            }
            let start = index
            index += 1
            while index < count {
                let next = text[index]
                if Self.isSpace(next) || (next == 0xC2 && index + 1 < count && text[index + 1] == 0xA0) { break }
                index += 1
            }
            if buffer.isEmpty {
                lineElement = pushed.last?.index ?? -1
                lineSourceLine = line
            } else if pendingSpace {
                buffer.append(0x20)
            }
            pendingSpace = false
            let run = UnsafeBufferPointer(rebasing: text[start..<index])
            buffer.append(contentsOf: run)
            // Link text gets the words without the spaces between them (a trailing one at the node's end).
            if linkDepth > 0 { lineLinkBytes += run.count; currentLink?.text.append(contentsOf: run) }
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    // MARK: elements

    /// Closes an element that made a `PageElement`.
    private mutating func leave(_ index: Int) {
        // Only an <a> sets currentLink, with its own index.
        if currentLink?.element == index, page.elements[index].tag == "a" {
            finishLink()
            linkDepth = max(0, linkDepth - 1)
        }
        if page.elements[index].role == .block || page.elements[index].role == .heading { finishLine() }
        pushed.removeLast()
        page.elements[index].lineEnd = page.lines.count + (buffer.isEmpty ? 0 : 1)
    }

    private mutating func startHeadChild(_ name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        let kind = tags.info(for: name).kind
        if readTitleOrMeta(kind, attributes: attributes) { return }
        if kind == .base { readBase(attributes) }
        regions.append((kind == .script ? .script : .skipped, openCount))
    }

    /// A `<title>` (read whole, the first one only) or a `<meta>`, wherever it stands: true when it
    /// was one, now passed over as a region.
    private mutating func readTitleOrMeta(_ kind: TagKind, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) -> Bool {
        switch kind {
        case .title:
            regions.append((page.title == nil ? .title : .skipped, openCount))
            return true
        case .meta:
            readMeta(attributes)
            regions.append((.skipped, openCount))
            return true
        default:
            return false
        }
    }

    private mutating func finishRegion(_ region: Region) {
        switch region {
        case .title:
            if page.title == nil { page.title = TextNormalizer.collapsed(String(decoding: captured, as: UTF8.self)) }
        case .script:
            if captured.contains(UInt8(ascii: "{")) { page.scripts.append(String(decoding: captured, as: UTF8.self)) }
        case .head, .skipped:
            break
        }
        captured.removeAll(keepingCapacity: true)
    }

    private mutating func finishLink() {
        guard let link = currentLink else { return }
        currentLink = nil
        var text = String(decoding: link.text, as: UTF8.self)
        text = TextNormalizer.trimmed(text)
        page.links.append(PageLink(href: link.href, text: text, title: link.title, line: page.lines.count, element: link.element))
    }

    private mutating func finishLine() {
        pendingSpace = false
        defer {
            buffer.removeAll(keepingCapacity: true)
            lineLinkBytes = 0
            lineHeading = false
        }
        guard !buffer.isEmpty else { return }
        let text = TextNormalizer.trimmed(String(decoding: buffer, as: UTF8.self))
        guard !text.isEmpty else { return }
        var line = PageLine(text: text, element: lineElement, isHeading: lineHeading, sourceLine: lineSourceLine)
        // Link share measured in bytes of the line is close enough for a density.
        line.linkChars = Int((Double(lineLinkBytes) / Double(buffer.count) * Double(line.chars)).rounded())
        page.lines.append(line)
    }

    // MARK: attributes

    private mutating func readBase(_ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        if page.baseHref == nil { page.baseHref = ElementAttributes.value(of: "href", in: attributes) }
    }

    private mutating func readMeta(_ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        guard let content = ElementAttributes.value(of: "content", in: attributes) else { return }
        let name = ElementAttributes.value(of: "name", in: attributes) ?? ElementAttributes.value(of: "property", in: attributes)
            ?? ElementAttributes.value(of: "http-equiv", in: attributes)
        guard let name else { return }
        page.metas.append((name.lowercased(), TextNormalizer.trimmed(content)))
    }
}
