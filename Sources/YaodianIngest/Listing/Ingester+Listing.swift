import Foundation
import YaodianModel

extension Ingester {
    /// Reads a column page (通知公告 list) into its notice entries and next-page URL.
    /// - Parameters:
    ///   - uri: the path or URL the user gave; it names the input in errors and in `source.uri`.
    ///   - httpCharset: the charset of a `Content-Type` header, if any.
    ///   - baseURL: the page URL that relative links resolve against; a `<base href>` wins over it.
    /// A page with no list found is not an error: it comes back with no entries and a warning.
    public func listing(bytes: [UInt8], uri: String, httpCharset: String? = nil,
                        baseURL: URL? = nil) throws(IngestError) -> ListingPage {
        guard !bytes.isEmpty else { throw .empty(input: uri) }
        guard bytes.count <= options.maxBytes else { throw .tooLarge(input: uri, bytes: bytes.count, limit: options.maxBytes) }
        let decoded = try PageDecoder.decode(bytes, httpCharset: httpCharset, input: uri)
        var warnings = decoded.warnings
        let page = try HTMLEventParser.page(utf8: decoded.utf8, input: uri)
        let base = URLResolver.base(for: page, sourceURL: baseURL)
        let result = ListingExtractor(page: page, baseURL: base, pageURL: baseURL).extract()
        if page.hitDepthLimit {
            warnings.append("HTML nested deeper than \(Self.depthLimit) levels; links below that depth may be missing")
        }
        switch result.origin {
        case .none: warnings.append("no notice list found on the page")
        case .comment: warnings.append("the notice list was read from markup inside HTML comments")
        case .links, .inlineJSON: break
        }
        let source = SourceInfo(uri: uri, sha256: Self.sha256Hex(bytes), encoding: decoded.encoding.rawValue,
                                declaredCharset: decoded.declaredCharset, encodingSource: decoded.encodingSource,
                                replacedBytes: decoded.replacedBytes, warnings: warnings)
        return ListingPage(source: source, entries: result.entries, nextPage: result.nextPage)
    }

    /// Reads a saved column page; a sibling `NAME.headers` (saved HTTP headers) supplies the charset,
    /// and relative links resolve against the file's own URL.
    public func listingFile(atPath path: String) throws(IngestError) -> ListingPage {
        let bytes = try InputReader.readFile(atPath: path, maxBytes: options.maxBytes)
        let headers = InputReader.siblingHeaders(forPath: path)
        return try listing(bytes: bytes, uri: path, httpCharset: headers.flatMap(CharsetSniffer.headerCharset(in:)),
                           baseURL: URL(fileURLWithPath: path))
    }
}
