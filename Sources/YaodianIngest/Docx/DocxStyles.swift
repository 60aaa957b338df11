internal import CLibXML2

/// Paragraph styles of `word/styles.xml`, as far as Yaodian needs them: the style's name (Title,
/// heading 1), its automatic numbering and its alignment, inherited through `w:basedOn`.
struct DocxStyles {
    struct Style {
        var name: String?
        var basedOn: String?
        var numID: String?
        var level: Int?
        var justification: String?
    }

    var styles: [String: Style] = [:]
    /// The style of paragraphs without `w:pStyle`.
    var defaultStyle: String?

    init() {}

    init(_ xml: DocxXML) {
        guard let root = xml.root else { return }
        for node in DocxNode.children(root) where DocxNode.wordName(node) == "style" {
            guard DocxNode.attribute(node, "type") == "paragraph", let id = DocxNode.attribute(node, "styleId") else { continue }
            var style = Style()
            style.name = DocxNode.childValue(node, "name")
            style.basedOn = DocxNode.childValue(node, "basedOn")
            if let properties = DocxNode.firstChild(node, "pPr") {
                if let numbering = DocxNode.firstChild(properties, "numPr") {
                    style.numID = DocxNode.childValue(numbering, "numId")
                    style.level = DocxNode.childValue(numbering, "ilvl").flatMap(Int.init)
                }
                style.justification = DocxNode.childValue(properties, "jc")
            }
            styles[id] = style
            if let isDefault = DocxNode.attribute(node, "default"), ["1", "true", "on"].contains(isDefault) { defaultStyle = id }
        }
    }

    /// The style a paragraph uses: its own `w:pStyle`, else the document's default paragraph style.
    func effectiveID(_ id: String?) -> String? {
        id ?? defaultStyle
    }

    /// The first value along the `w:basedOn` chain (bounded: a cycle must not hang the reader).
    func inherited<T>(_ id: String?, _ value: (Style) -> T?) -> T? {
        var current = effectiveID(id)
        var hops = 0
        while let key = current, let style = styles[key], hops < 32 {
            if let found = value(style) { return found }
            current = style.basedOn
            hops += 1
        }
        return nil
    }

    func name(_ id: String?) -> String? { effectiveID(id).flatMap { styles[$0]?.name } }
}
