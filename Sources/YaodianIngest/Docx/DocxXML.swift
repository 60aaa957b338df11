internal import CLibXML2

/// One XML part of a .docx (document.xml, numbering.xml, styles.xml, core.xml) parsed by libxml2.
/// Owns its `xmlDocPtr` and frees it when released. Parsed without network access, DTD loading or
/// entity substitution, so a hostile part cannot fetch anything or expand entities.
final class DocxXML {
    let pointer: xmlDocPtr

    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Returns nil when the part is not well-formed XML; the caller says which part of which input.
    init?(_ bytes: [UInt8], part: String) {
        _ = DocxXML.initialised
        yaodian_silence_errors()
        // XML_PARSE_HUGE: a long plan's document.xml can pass libxml2's default text-node limits.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_HUGE.rawValue)
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    xmlReadMemory(chars, Int32(clamping: buffer.count), part, nil, options)
                }
            }
        }
        guard let document else { return nil }
        pointer = document
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }
}

/// Names and attributes of WordprocessingML nodes, in either of the two namespaces Word writes.
enum DocxNode {
    static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let markupCompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// The local name of an element, and its namespace URI (nil without one).
    static func name(_ node: xmlNodePtr) -> (local: String, namespace: String?)? {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return nil }
        let namespace = node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
        return (String(cString: name), namespace)
    }

    /// The local name of a `w:` element, or nil for text, other namespaces and non-elements.
    static func wordName(_ node: xmlNodePtr) -> String? {
        guard let (local, namespace) = name(node), let namespace, wordNamespaces.contains(namespace) else { return nil }
        return local
    }

    /// The value of `w:NAME` (or an unprefixed NAME) on an element.
    static func attribute(_ node: xmlNodePtr, _ localName: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let name = current.pointee.name, String(cString: name) == localName else { continue }
            let namespace = current.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
            guard namespace.map(wordNamespaces.contains) ?? true else { continue }
            guard let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) else { return "" }
            defer { yaodian_xmlFree(value) }
            return String(cString: value)
        }
        return nil
    }

    /// `w:val` of the first `w:CHILD` of an element (`<w:pStyle w:val="Title"/>`).
    static func childValue(_ node: xmlNodePtr, _ child: String) -> String? {
        firstChild(node, child).flatMap { attribute($0, "val") }
    }

    /// The first `w:` child element with this local name.
    static func firstChild(_ node: xmlNodePtr, _ localName: String) -> xmlNodePtr? {
        children(node).first { wordName($0) == localName }
    }

    /// Element children in order.
    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// All text below a node (entities already resolved by the parser).
    static func text(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { yaodian_xmlFree(content) }
        return String(cString: content)
    }

    /// An on/off property: present without `w:val`, or with a value other than false/0/off.
    static func isOn(_ node: xmlNodePtr) -> Bool {
        guard let value = attribute(node, "val") else { return true }
        return !["false", "0", "off", "none"].contains(value.lowercased())
    }
}
