internal import CLibXML2
import YaodianText

/// Walks a libxml2 tree once, without recursion, and flattens it into a `Page`.
struct PageWalker {
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

    private var page = Page()
    private var buffer: [UInt8] = []
    private var lineElement = -1
    private var lineLinkBytes = 0
    private var lineSourceLine = 0
    private var lineHeading = false
    private var pendingSpace = false
    private var linkDepth = 0
    private var currentLink: (href: String, title: String?, text: [UInt8], element: Int)?
    private var cellsInRow = 0
    /// The elements open at this point of the walk: their node and their index in `page.elements`.
    private var openStack: [(node: xmlNodePtr, index: Int)] = []

    static func walk(_ document: HTMLDocument) -> Page {
        var walker = PageWalker()
        walker.buffer.reserveCapacity(4096)
        walker.run(document)
        return walker.page
    }

    private mutating func run(_ document: HTMLDocument) {
        guard var node = document.root else { return }
        let top = node
        while true {
            if let child = enter(node) {
                node = child
                continue
            }
            // Leave this node, then move to the next sibling or climb.
            var current = node
            while true {
                leave(current)
                if current == top { finishLine(); return }
                if let next = current.pointee.next {
                    node = next
                    break
                }
                guard let parent = current.pointee.parent else { finishLine(); return }
                current = parent
            }
        }
    }

    /// Handles a node on the way down; returns its first child when the walk should descend.
    private mutating func enter(_ node: xmlNodePtr) -> xmlNodePtr? {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { appendText(content, node: node) }
            return nil
        case XML_COMMENT_NODE:
            if let content = node.pointee.content { page.comments.append(String(cString: content)) }
            return nil
        case XML_ELEMENT_NODE:
            break
        default:
            return nil
        }
        let info = tag(node)
        let (tag, role, kind) = (info.name, info.role, info.kind)
        if kind == .head {
            readHead(node)
            return nil
        }
        if kind == .title {
            if page.title == nil { page.title = Self.collapsedText(node) }
            return nil
        }
        if kind == .meta { readMeta(node); return nil }
        if kind == .base, page.baseHref == nil { page.baseHref = Self.attribute(node, "href") }
        if role == .skipped {
            if kind == .script, let text = Self.rawText(node), text.includes("{") { page.scripts.append(text) }
            return nil
        }
        let attributes = ElementAttributes(node)
        // Some templates hide <body> until a script has run; only inner elements can be hidden chrome.
        if kind != .body && kind != .html && attributes.isHidden {
            if kind == .script, let text = Self.rawText(node), text.includes("{") { page.scripts.append(text) }
            return nil
        }
        if kind == .br { finishLine(); return nil }
        if role == .block || role == .heading {
            finishLine()
            if kind == .tr { cellsInRow = 0 }
        } else if kind == .td || kind == .th {
            if cellsInRow > 0, !buffer.isEmpty { buffer.append(0x09) }
            cellsInRow += 1
        }
        let index = page.elements.count
        page.elements.append(PageElement(
            tag: tag, role: role, id: attributes.id, classes: attributes.classes, parent: openStack.last?.index ?? -1,
            depth: openStack.count, lineStart: page.lines.count, lineEnd: page.lines.count))
        openStack.append((node, index))
        if role == .heading { lineHeading = true }
        if kind == .a, let href = attributes.href {
            finishLink()
            currentLink = (href, attributes.title, [], index)
            linkDepth += 1
        }
        return node.pointee.children
    }

    /// Closes an element entered by `enter`; skipped elements (never pushed) pass through.
    private mutating func leave(_ node: xmlNodePtr) {
        guard let (openNode, index) = openStack.last, openNode == node else { return }
        // Only an <a> sets currentLink, with its own index.
        if currentLink?.element == index, page.elements[index].tag == "a" {
            finishLink()
            linkDepth = max(0, linkDepth - 1)
        }
        if page.elements[index].role == .block || page.elements[index].role == .heading { finishLine() }
        openStack.removeLast()
        page.elements[index].lineEnd = page.lines.count + (buffer.isEmpty ? 0 : 1)
    }

    // MARK: text

    /// Appends a text node, whitespace runs collapsed to one space: runs of other bytes go in whole.
    private mutating func appendText(_ content: UnsafePointer<xmlChar>, node: xmlNodePtr) {
        var pointer = content
        while true {
            let byte = pointer.pointee
            if byte == 0 { break }
            if Self.isSpace(byte) {
                pendingSpace = true
                pointer += 1
                continue
            }
            if byte == 0xC2 && pointer[1] == 0xA0 {
                pendingSpace = true   // &nbsp; is a space to a reader
                pointer += 2
                continue
            }
            let start = pointer
            pointer += 1
            while true {
                let next = pointer.pointee
                if next == 0 || Self.isSpace(next) || (next == 0xC2 && pointer[1] == 0xA0) { break }
                pointer += 1
            }
            if buffer.isEmpty {
                lineElement = openStack.last?.index ?? -1
                lineSourceLine = Int(node.pointee.line)
            } else if pendingSpace {
                buffer.append(0x20)
            }
            pendingSpace = false
            let run = UnsafeBufferPointer(start: start, count: pointer - start)
            buffer.append(contentsOf: run)
            // Link text gets the words without the spaces between them (only a trailing one, below).
            if linkDepth > 0 { lineLinkBytes += run.count; currentLink?.text.append(contentsOf: run) }
        }
        if pendingSpace, linkDepth > 0, currentLink?.text.isEmpty == false { currentLink?.text.append(0x20) }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
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

    // MARK: head

    private mutating func readHead(_ head: xmlNodePtr) {
        var child = head.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE {
                switch tag(node).kind {
                case .title: if page.title == nil { page.title = Self.collapsedText(node) }
                case .meta: readMeta(node)
                case .base: if page.baseHref == nil { page.baseHref = Self.attribute(node, "href") }
                case .script: if let text = Self.rawText(node), text.includes("{") { page.scripts.append(text) }
                default: break
                }
            }
            child = node.pointee.next
        }
    }

    private mutating func readMeta(_ node: xmlNodePtr) {
        guard let content = Self.attribute(node, "content") else { return }
        let name = Self.attribute(node, "name") ?? Self.attribute(node, "property") ?? Self.attribute(node, "http-equiv")
        guard let name else { return }
        page.metas.append((name.lowercased(), TextNormalizer.trimmed(content)))
    }

    // MARK: libxml2 access

    /// Element names, worked out once per distinct name and page (see `TagTable`).
    private var tags = TagTable.seeded

    private mutating func tag(_ node: xmlNodePtr) -> TagInfo {
        guard let pointer = node.pointee.name else { return TagInfo(name: "", role: .inline, kind: .other) }
        return tags.info(for: pointer)
    }

    /// Reads an attribute without allocating through libxml2 (walks the property list).
    static func attribute(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var property = node.pointee.properties
        while let attr = property {
            if let name = attr.pointee.name, asciiEqualsIgnoringCase(name, wanted) {
                var text = ""
                var child = attr.pointee.children
                while let valueNode = child {
                    if let content = valueNode.pointee.content { text += String(cString: content) }
                    child = valueNode.pointee.next
                }
                return text
            }
            property = attr.pointee.next
        }
        return nil
    }

    private static func asciiEqualsIgnoringCase(_ cName: UnsafePointer<xmlChar>, _ wanted: String) -> Bool {
        var pointer = cName
        for expected in wanted.utf8 {
            var byte = pointer.pointee
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            if byte != expected { return false }
            pointer = pointer.advanced(by: 1)
        }
        return pointer.pointee == 0
    }

    /// The text of a subtree, whitespace collapsed (for `<title>`).
    static func collapsedText(_ node: xmlNodePtr) -> String {
        guard let raw = xmlNodeGetContent(node) else { return "" }
        defer { yaodian_xmlFree(raw) }
        return TextNormalizer.collapsed(String(cString: raw))
    }

    static func rawText(_ node: xmlNodePtr) -> String? {
        guard let raw = xmlNodeGetContent(node) else { return nil }
        defer { yaodian_xmlFree(raw) }
        return String(cString: raw)
    }
}
