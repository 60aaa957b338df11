/// One paragraph (`w:p`) of a .docx body, with its automatic number printed in front as Word shows it.
public struct DocxParagraph: Hashable, Sendable {
    /// The paragraph's 1-based place among all `w:p` of the body in document order: empty paragraphs
    /// and paragraphs inside table cells count, as Word's paragraph count does. Findings cite it
    /// as "paragraph N". Text boxes, headers, footers and footnotes are not part of the body.
    public var number: Int
    /// The text as printed: the automatic label (if any) followed by the runs' text. Tracked
    /// deletions and hidden text are left out, insertions kept, field codes skipped (their results
    /// kept); `w:tab` is a tab and a line break (`w:br`, `w:cr`) is "\n" inside the paragraph.
    /// Line breaks at the very start or end (a lone page break) are dropped.
    public var text: String
    /// The automatic numbering label at the start of `text` (`一、`, `（一）`, `1.`), nil when the
    /// paragraph has none or its number was typed in.
    public var label: String?
    /// The name of the paragraph's style (`Title`, `heading 1`, `Normal`), when styles.xml names it.
    public var style: String?
    /// Centred (`w:jc` center), directly or through its style: where a 公文 puts its title.
    public var isCentered: Bool
    /// Where the paragraph sits when it is inside a table cell.
    public var cell: DocxCell?

    public init(number: Int, text: String, label: String? = nil, style: String? = nil, isCentered: Bool = false,
                cell: DocxCell? = nil) {
        self.number = number
        self.text = text
        self.label = label
        self.style = style
        self.isCentered = isCentered
        self.cell = cell
    }
}

/// A table cell: the table's 0-based index among all tables of the body in document order (nested
/// tables included), and the 0-based row and column (a merged cell counts once).
public struct DocxCell: Hashable, Sendable {
    public var table: Int
    public var row: Int
    public var column: Int

    public init(table: Int, row: Int, column: Int) {
        self.table = table
        self.row = row
        self.column = column
    }
}

/// What a .docx holds for Yaodian: its `dc:title` and its paragraphs.
public struct DocxDocument: Hashable, Sendable {
    /// `docProps/core.xml` `dc:title`, trimmed; nil when absent or empty. Often stale (a template's
    /// or last year's title), so ingest prefers a title line of the text that it confirms.
    public var title: String?
    public var paragraphs: [DocxParagraph]

    public init(title: String?, paragraphs: [DocxParagraph]) {
        self.title = title
        self.paragraphs = paragraphs
    }
}

/// Reads Word and WPS `.docx` files: the zip in memory, the XML parts with libxml2.
public enum DocxReader {
    /// - Parameter input: names the file in errors.
    /// - Throws: `.notDocx` for bytes that are not a zip, a zip without `word/document.xml`, or a
    ///   `word/document.xml` that is not well-formed XML.
    public static func read(_ bytes: [UInt8], input: String) throws(IngestError) -> DocxDocument {
        let archive = try DocxArchive.open(bytes, input: input)
        guard let body = DocxXML(archive.document, part: "word/document.xml") else {
            throw .notDocx(input: input, reason: "word/document.xml is not well-formed XML")
        }
        // numbering.xml and styles.xml are optional: a broken one costs the labels, not the text.
        let numbering = archive.numbering.flatMap { DocxXML($0, part: "word/numbering.xml") }.map(DocxNumbering.init) ?? DocxNumbering()
        let styles = archive.styles.flatMap { DocxXML($0, part: "word/styles.xml") }.map(DocxStyles.init) ?? DocxStyles()
        let title = archive.coreProperties.flatMap { DocxXML($0, part: "docProps/core.xml") }.flatMap(DocxCoreProperties.title)
        var reader = DocxParagraphReader(styles: styles, counter: DocxListCounter(numbering: numbering))
        return DocxDocument(title: title, paragraphs: reader.read(body))
    }
}
