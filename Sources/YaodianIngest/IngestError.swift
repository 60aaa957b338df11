/// Why an input could not be ingested. Every case names the input, so a batch report reads on its own.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(input: String, reason: String)
    case empty(input: String)
    case tooLarge(input: String, bytes: Int, limit: Int)
    case notText(input: String, reason: String)
    case unsupportedEncoding(input: String, label: String)
    case noBody(input: String)
    /// The page has no document but lists notices: a column page, to be read with `--links`.
    case columnPage(input: String, entries: Int)
    case nestedTooDeeply(input: String, depth: Int)
    case parserFailed(input: String)
    case fetchFailed(input: String, reason: String)
    /// A `.docx` input that is not a Word document: not a zip, or a zip without `word/document.xml`.
    case notDocx(input: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(input, reason): return "\(input): cannot read: \(reason)"
        case let .empty(input): return "\(input): empty input (0 bytes of text), nothing to ingest"
        case let .tooLarge(input, bytes, limit):
            return "\(input): input is \(bytes) bytes, above the \(limit)-byte limit (raise it with --max-bytes)"
        case let .notText(input, reason): return "\(input): not an HTML or text document: \(reason)"
        case let .unsupportedEncoding(input, label): return "\(input): the encoding \(label) is not supported"
        case let .noBody(input):
            return "\(input): no document body found (the page holds only navigation, links or chrome)"
        case let .columnPage(input, entries):
            return "\(input): a column page listing \(entries) notices, not a document (read it with --links)"
        case let .nestedTooDeeply(input, depth):
            return "\(input): HTML nested too deeply (more than \(depth) levels) to extract safely"
        case let .parserFailed(input): return "\(input): the HTML parser returned no document"
        case let .fetchFailed(input, reason): return "\(input): fetch failed: \(reason)"
        case let .notDocx(input, reason): return "\(input): not a Word .docx file: \(reason)"
        }
    }
}
