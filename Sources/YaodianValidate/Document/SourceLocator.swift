import YaodianModel
import YaodianParse
import YaodianText

/// Finds the places rules name (`Anchor`s) in the file the user gave. Built per document and
/// only when a finding needs a location, so clean files never pay for it.
///
/// Text, Markdown, HTML and .docx sources are searched for the text itself: each body paragraph
/// is found in order from the previous one (a short prefix, shorter again when markup splits it),
/// then the target's clause inside its paragraph. Plan JSON is searched for the element's id.
final class SourceLocator {
    private let document: ValidationDocument
    private var paragraphOffsets: [Int?]?
    private var blocksByOwner: [String: [StructureBlock]]?
    /// What text is searched in: the file's visible text, whitespace and (HTML) markup dropped.
    private lazy var searchable = TextProjection(source: document.source.bytes, html: document.format == .html)

    init(document: ValidationDocument) {
        self.document = document
    }

    func locate(_ anchor: Anchor) -> SourceLocation {
        if case let .external(location) = anchor { return location }
        let offset = document.format == .json ? jsonOffset(of: anchor) : textOffset(of: anchor)
        let (line, column) = document.source.lineAndColumn(ofByte: offset ?? bodyStart)
        return SourceLocation(path: document.path, line: line, column: column)
    }

    // MARK: Plan JSON

    private func jsonOffset(of anchor: Anchor) -> Int? {
        let source = document.source
        switch anchor {
        case let .element(id, _): return source.firstOffset(of: "\"\(id)\"")
        case .title: return source.firstOffset(of: "\"title\"")
        case .docNumber: return source.firstOffset(of: "\"docNumber\"")
        case .publishDate: return source.firstOffset(of: "\"publishDate\"")
        case let .paragraph(index, _):
            guard index < document.notice.body.count else { return nil }
            let prefix = String(document.notice.body[index].unicodeScalars.prefix(8).map(Character.init))
            guard !prefix.contains("\""), !prefix.contains("\\") else { return nil }
            return source.firstOffset(of: prefix)
        case .external, .previous: return nil
        }
    }

    // MARK: Text, Markdown, HTML, .docx

    /// Where the document's own text starts: after `<body` in HTML (the head repeats the title).
    private lazy var bodyStart: Int = {
        guard document.format == .html else { return 0 }
        return document.source.firstOffset(of: "<body") ?? document.source.firstOffset(of: "<BODY") ?? 0
    }()

    private func textOffset(of anchor: Anchor) -> Int? {
        let source = searchable
        switch anchor {
        case let .element(id, text):
            return elementOffset(id: id, text: text)
        case .title:
            return document.notice.title.flatMap { source.firstOffset(of: $0, from: bodyStart) ?? find(prefixOf: $0, from: bodyStart) }
        case .docNumber:
            return document.notice.docNumber.flatMap { source.firstOffset(of: $0, from: bodyStart) }
        case .publishDate:
            guard let date = document.notice.publishDate else { return nil }
            let forms = ["\(date)", "\(date.year)年\(date.month)月\(date.day)日",
                         "\(date.year)年\(pad(date.month))月\(pad(date.day))日",
                         "\(date.year)-\(date.month)-\(date.day)", "\(date.year)/\(pad(date.month))/\(pad(date.day))"]
            return forms.lazy.compactMap { source.firstOffset(of: $0, from: self.bodyStart) }.first
        case let .paragraph(index, text):
            return offset(inParagraph: index, text: text)
        case .external, .previous:
            return nil
        }
    }

    private func pad(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }

    /// A target or figure is found in its owner's text; a section, item or point at its own start.
    private func elementOffset(id: String, text: String?) -> Int? {
        var owner = id
        var needle = text
        if let plan = document.plan {
            if let target = plan.targets.first(where: { $0.id == id }) {
                owner = target.itemId
                needle = needle ?? target.text
            } else if let figure = plan.figures.first(where: { $0.id == id }) {
                owner = figure.itemId
                needle = needle ?? figure.text
            }
        }
        guard let blocks = blocks()[owner], let first = blocks.first else { return nil }
        if let needle, !needle.isEmpty {
            for block in blocks where block.text.includes(needle) {
                if let found = offset(inParagraph: block.paragraphIndex, text: needle) { return found }
            }
        }
        return offset(inParagraph: first.paragraphIndex, text: first.text)
    }

    private func blocks() -> [String: [StructureBlock]] {
        if let blocksByOwner { return blocksByOwner }
        let structure = PlanStructureParser.parse(paragraphs: document.notice.body, title: document.notice.title)
        let grouped = Dictionary(grouping: structure.blocks, by: \.ownerId)
        blocksByOwner = grouped
        return grouped
    }

    /// The offset of `text` inside paragraph `index` (its start when the text is not found there).
    private func offset(inParagraph index: Int, text: String?) -> Int? {
        let starts = paragraphStarts()
        guard index >= 0, index < starts.count else { return nil }
        // A paragraph not found in the source (markup inside its first words) takes the nearest
        // one before it.
        guard let start = starts[index] ?? starts[..<index].last(where: { $0 != nil }) ?? nil else { return nil }
        let end = starts[(index + 1)...].first(where: { $0 != nil }).flatMap { $0 }
        if let text, let found = find(prefixOf: text, from: start, to: end.map { max($0, start) }) { return found }
        return start
    }

    /// How far (in file bytes) past the previous paragraph the next one is looked for.
    private static let paragraphSearchWindow = 1 << 20

    private func paragraphStarts() -> [Int?] {
        if let paragraphOffsets { return paragraphOffsets }
        var cursor = bodyStart
        var starts: [Int?] = []
        for paragraph in document.notice.body {
            // The next paragraph is near: a bounded look keeps a page of unfindable paragraphs linear.
            let found = find(prefixOf: paragraph, from: cursor, to: cursor + Self.paragraphSearchWindow)
            if let found { cursor = found + 1 }
            starts.append(found)
        }
        paragraphOffsets = starts
        return starts
    }

    /// The first place from `from` where the text occurs, or failing that (markup inside it) its
    /// first 12, 6 or 3 scalars.
    private func find(prefixOf text: String, from: Int, to: Int? = nil) -> Int? {
        if let whole = searchable.firstOffset(of: text, from: from, to: to) { return whole }
        let scalars = Array(text.unicodeScalars.drop(while: { $0.properties.isWhitespace || $0 == "\u{3000}" }))
        for length in [12, 6, 3] {
            let cut = scalars.prefix(length)
            guard !cut.isEmpty else { return nil }
            var needle = String.UnicodeScalarView()
            needle.append(contentsOf: cut)
            if let found = searchable.firstOffset(of: String(needle), from: from, to: to) { return found }
            if cut.count < length { return nil }
        }
        return nil
    }
}
