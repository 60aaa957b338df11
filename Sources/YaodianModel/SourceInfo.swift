/// Where a document came from and how its bytes were read.
public struct SourceInfo: Hashable, Sendable, Codable {
    /// The file path or URL the user gave.
    public var uri: String
    /// SHA-256 of the raw bytes, lowercase hex.
    public var sha256: String
    /// The encoding the bytes were decoded with (`utf-8`, `gb18030`, `big5-hkscs`).
    public var encoding: String
    /// The charset the page or its HTTP headers declared, if any.
    public var declaredCharset: String?
    /// Where the encoding decision came from: `bom`, `http-header`, `meta`, `detected`.
    public var encodingSource: String
    /// Bytes that did not decode and were replaced by U+FFFD.
    public var replacedBytes: Int
    /// Warnings about the input that did not stop extraction (a truncated page, a wrong charset label).
    public var warnings: [String]

    public init(uri: String, sha256: String, encoding: String, declaredCharset: String? = nil,
                encodingSource: String, replacedBytes: Int = 0, warnings: [String] = []) {
        self.uri = uri
        self.sha256 = sha256
        self.encoding = encoding
        self.declaredCharset = declaredCharset
        self.encodingSource = encodingSource
        self.replacedBytes = replacedBytes
        self.warnings = warnings
    }

    /// A short stable id for output file names: the first 16 hex digits of the content hash.
    public var stableID: String { String(sha256.prefix(16)) }
}
