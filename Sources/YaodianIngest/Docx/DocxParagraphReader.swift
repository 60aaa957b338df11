internal import CLibXML2

/// Walks the body of `word/document.xml` once, in document order and without recursion, and turns
/// every `w:p` into a `DocxParagraph`: numbered as it is met, labelled by its list, its text taken
/// from the runs as Word prints them.
struct DocxParagraphReader {
    let styles: DocxStyles
    var counter: DocxListCounter

    /// Subtrees that hold no printed body text: properties, tracked deletions and moves away, field
    /// instructions, drawings and text boxes (floating, outside the text flow), note references.
    static let skipped: Set<String> = [
        "pPr", "rPr", "sectPr", "tblPr", "tblGrid", "trPr", "tcPr", "sdtPr", "sdtEndPr", "del", "moveFrom",
        "delText", "instrText", "delInstrText", "drawing", "pict", "object", "footnoteReference",
        "endnoteReference", "commentReference", "annotationRef", "fldData",
    ]

    private struct Open {
        var number: Int
        var label: String?
        var style: String?
        var isCentered: Bool
        var cell: DocxCell?
        var text = ""
    }

    private var open: [Open] = []
    private var tables: [DocxCell] = []
    private var tableCount = 0
    private var paragraphCount = 0
    private var paragraphs: [DocxParagraph] = []

    init(styles: DocxStyles, counter: DocxListCounter) {
        self.styles = styles
        self.counter = counter
    }

    mutating func read(_ xml: DocxXML) -> [DocxParagraph] {
        guard let root = xml.root, let body = DocxNode.firstChild(root, "body"), var node = body.pointee.children else { return [] }
        walk: while true {
            if enter(node), let child = node.pointee.children {
                node = child
                continue
            }
            var current = node
            while true {
                leave(current)
                if let next = current.pointee.next {
                    node = next
                    break
                }
                guard let parent = current.pointee.parent, parent != body else { break walk }
                current = parent
            }
        }
        // A paragraph is numbered when it opens but finished when it closes; keep document order.
        return paragraphs.sorted { $0.number < $1.number }
    }

    /// Handles an element on the way down; true when the walk should descend into it.
    private mutating func enter(_ node: xmlNodePtr) -> Bool {
        guard let (local, namespace) = DocxNode.name(node) else { return false }
        guard let namespace, DocxNode.wordNamespaces.contains(namespace) else {
            // mc:AlternateContent offers a choice and a fallback of the same content: read the choice only.
            return !(namespace == DocxNode.markupCompatibilityNamespace && local == "Fallback")
        }
        if Self.skipped.contains(local) { return false }
        switch local {
        case "p":
            open.append(start(node))
            return true
        case "r":
            if let properties = DocxNode.firstChild(node, "rPr"), let vanish = DocxNode.firstChild(properties, "vanish"),
               DocxNode.isOn(vanish) {
                return false
            }
            return true
        case "t":
            append(DocxNode.text(node))
        case "tab", "ptab":
            append("\t")
        case "br", "cr":
            append("\n")
        case "noBreakHyphen":
            append("-")
        case "sym":
            append(DocxSymbol.text(font: DocxNode.attribute(node, "font"), char: DocxNode.attribute(node, "char")))
        case "tbl":
            tables.append(DocxCell(table: tableCount, row: -1, column: -1))
            tableCount += 1
            return true
        case "tr":
            if var table = tables.popLast() {
                table.row += 1
                table.column = -1
                tables.append(table)
            }
            return true
        case "tc":
            if var table = tables.popLast() {
                table.column += 1
                tables.append(table)
            }
            return true
        default:
            return true
        }
        return false
    }

    private mutating func leave(_ node: xmlNodePtr) {
        switch DocxNode.wordName(node) {
        case "p":
            guard let paragraph = open.popLast() else { return }
            let content = String(paragraph.text.drop { $0 == "\n" }.reversed().drop { $0 == "\n" }.reversed())
            paragraphs.append(DocxParagraph(number: paragraph.number, text: (paragraph.label ?? "") + content,
                                            label: paragraph.label, style: paragraph.style,
                                            isCentered: paragraph.isCentered, cell: paragraph.cell))
        case "tbl":
            _ = tables.popLast()
        default:
            break
        }
    }

    /// A paragraph opens: its number, style, alignment, table cell and automatic label.
    private mutating func start(_ node: xmlNodePtr) -> Open {
        paragraphCount += 1
        let properties = DocxNode.firstChild(node, "pPr")
        let styleID = properties.flatMap { DocxNode.childValue($0, "pStyle") }
        let direct = properties.flatMap { DocxNode.firstChild($0, "numPr") }
        let justification = properties.flatMap { DocxNode.childValue($0, "jc") } ?? styles.inherited(styleID) { $0.justification }

        var label: String?
        let numID = direct.flatMap { DocxNode.childValue($0, "numId") } ?? styles.inherited(styleID) { $0.numID }
        if let numID {
            // The level: the paragraph's own w:ilvl, else its style's, else the level linked to its style.
            let level = direct.flatMap { DocxNode.childValue($0, "ilvl") }.flatMap(Int.init)
                ?? styles.inherited(styleID) { $0.level }
                ?? styles.effectiveID(styleID).flatMap { counter.numbering.levelIndex(linkedTo: $0, ofInstance: numID) }
                ?? 0
            label = counter.nextLabel(numID: numID, level: level)
        }
        let cell = tables.last.flatMap { $0.row >= 0 && $0.column >= 0 ? $0 : nil }
        return Open(number: paragraphCount, label: label, style: styles.name(styleID), isCentered: justification == "center",
                    cell: cell)
    }

    private mutating func append(_ text: String) {
        guard !text.isEmpty, !open.isEmpty else { return }
        open[open.count - 1].text += text
    }
}
