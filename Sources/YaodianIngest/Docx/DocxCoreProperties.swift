internal import CLibXML2
import YaodianText

/// `docProps/core.xml`: the document properties Word shows under File ▸ Info.
enum DocxCoreProperties {
    static let dublinCore = "http://purl.org/dc/elements/1.1/"

    /// `dc:title`, trimmed and collapsed; nil when absent or blank.
    static func title(_ xml: DocxXML) -> String? {
        guard let root = xml.root else { return nil }
        for node in DocxNode.children(root) {
            guard let (local, namespace) = DocxNode.name(node), local == "title", namespace == dublinCore else { continue }
            let title = TextNormalizer.collapsed(DocxNode.text(node))
            return title.isEmpty ? nil : title
        }
        return nil
    }
}
