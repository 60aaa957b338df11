import Crypto
import Foundation
import YaodianModel
import YaodianParse
import YaodianText

/// What kind of document the bytes are, from the file extension or the Content-Type.
public enum InputKind: String, Sendable {
    case html, text, markdown, docx

    public init(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "docx": self = .docx
        default: self = .html
        }
    }
}

/// Limits and switches for one ingest run.
public struct IngestOptions: Sendable {
    /// Inputs larger than this are refused with a clear error (default 50 MB).
    public var maxBytes: Int

    public init(maxBytes: Int = 50 * 1024 * 1024) {
        self.maxBytes = maxBytes
    }
}

/// Bytes in, `IngestedDocument` out: decode, parse, extract. Thread-safe; call it from many tasks.
public struct Ingester: Sendable {
    public let options: IngestOptions

    public init(options: IngestOptions = IngestOptions()) {
        self.options = options
    }

    /// Ingests one document.
    /// - Parameters:
    ///   - uri: the path or URL the user gave; it names the input in errors and in `source.uri`.
    ///   - httpCharset: the charset of a `Content-Type` header (fetched, or saved beside the file).
    ///   - baseURL: what relative links resolve against (the page URL); a `<base href>` wins over it.
    public func ingest(bytes: [UInt8], uri: String, kind: InputKind = .html, httpCharset: String? = nil,
                       baseURL: URL? = nil) throws(IngestError) -> IngestedDocument {
        try ingestKeepingText(bytes: bytes, uri: uri, kind: kind, httpCharset: httpCharset, baseURL: baseURL).document
    }

    /// What `ingestKeepingText` returns: the document and the text it was read from, as the user
    /// sees it — the decoded page or file, or a .docx's paragraphs — for tools that point into it.
    public struct IngestedText: Sendable {
        public var document: IngestedDocument
        /// The decoded UTF-8 of a page, text or Markdown file; nil for a .docx.
        public var decodedUTF8: [UInt8]?
        /// The paragraphs of a .docx; nil otherwise.
        public var docx: DocxDocument?
    }

    /// `ingest`, keeping the decoded text (the validator locates findings in it without decoding twice).
    public func ingestKeepingText(bytes: [UInt8], uri: String, kind: InputKind = .html, httpCharset: String? = nil,
                                  baseURL: URL? = nil) throws(IngestError) -> IngestedText {
        guard !bytes.isEmpty else { throw .empty(input: uri) }
        guard bytes.count <= options.maxBytes else { throw .tooLarge(input: uri, bytes: bytes.count, limit: options.maxBytes) }
        // A .docx is a zip, not text: it skips the charset decoding (its XML parts declare their own).
        if kind == .docx { return try ingestDocx(bytes: bytes, uri: uri) }
        let decoded = try PageDecoder.decode(bytes, httpCharset: httpCharset, input: uri)
        var warnings = decoded.warnings
        let notice: Notice
        switch kind {
        case .html:
            let page = try HTMLEventParser.page(utf8: decoded.utf8, input: uri)
            let base = URLResolver.base(for: page, sourceURL: baseURL)
            let extraction: NoticeExtractor.Extraction
            do {
                extraction = try NoticeExtractor(page: page, baseURL: base).extract(input: uri)
            } catch {
                if page.hitDepthLimit { throw .nestedTooDeeply(input: uri, depth: Self.depthLimit) }
                // Say so when the "no body" page is a column page: the user wants --links.
                let listing = ListingExtractor(page: page, baseURL: base, pageURL: baseURL).extract()
                if listing.entries.count >= Self.columnPageMinimumEntries {
                    throw .columnPage(input: uri, entries: listing.entries.count)
                }
                throw error
            }
            notice = extraction.notice
            if page.hitDepthLimit {
                warnings.append("HTML nested deeper than \(Self.depthLimit) levels; text below that depth may be missing")
            }
            if Self.looksTruncated(decoded.utf8) { warnings.append("the page ends before </html>: truncated download?") }
        case .text, .markdown:
            notice = try PlainTextReader(markdown: kind == .markdown).read(decoded.utf8, input: uri)
        case .docx:
            return try ingestDocx(bytes: bytes, uri: uri) // read above, before decoding; kept for exhaustiveness
        }
        let source = SourceInfo(uri: uri, sha256: Self.sha256Hex(bytes), encoding: decoded.encoding.rawValue,
                                declaredCharset: decoded.declaredCharset, encodingSource: decoded.encodingSource,
                                replacedBytes: decoded.replacedBytes, warnings: warnings)
        return IngestedText(document: Self.document(source: source, notice: notice), decodedUTF8: decoded.utf8, docx: nil)
    }

    private func ingestDocx(bytes: [UInt8], uri: String) throws(IngestError) -> IngestedText {
        let docx = try DocxReader.read(bytes, input: uri)
        let notice = try DocxNoticeReader.notice(from: docx, input: uri)
        let source = SourceInfo(uri: uri, sha256: Self.sha256Hex(bytes), encoding: TextEncodingName.utf8.rawValue,
                                encodingSource: "docx")
        return IngestedText(document: Self.document(source: source, notice: notice), decodedUTF8: nil, docx: docx)
    }

    /// A work plan or summary also comes out as a plan: sections, items, targets or figures.
    private static func document(source: SourceInfo, notice: Notice) -> IngestedDocument {
        let plan = PlanParser.parse(paragraphs: notice.body, title: notice.title, issuer: notice.issuer,
                                    publishDate: notice.publishDate)
        return IngestedDocument(source: source, notice: notice, plan: plan)
    }

    /// Reads and ingests a file; a sibling `NAME.headers` (saved HTTP headers) supplies the charset.
    public func ingestFile(atPath path: String) throws(IngestError) -> IngestedDocument {
        let bytes = try InputReader.readFile(atPath: path, maxBytes: options.maxBytes)
        let headers = InputReader.siblingHeaders(forPath: path)
        return try ingest(bytes: bytes, uri: path, kind: InputKind(path: path),
                          httpCharset: headers.flatMap(CharsetSniffer.headerCharset(in:)),
                          baseURL: URL(fileURLWithPath: path))
    }

    /// A page without a body that lists at least this many notices is reported as a column page.
    static let columnPageMinimumEntries = 5

    /// libxml2's nesting limit with XML_PARSE_HUGE.
    static let depthLimit = 2048

    static func sha256Hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    private static func looksTruncated(_ utf8: [UInt8]) -> Bool {
        let tail = utf8.suffix(512)
        let text = String(decoding: tail, as: UTF8.self).lowercased()
        return !text.includes("</html>") && !text.includes("</body>")
    }
}
