import Foundation
import YaodianModel

/// Turns ingested documents into one output format. A pure function of its input.
/// Adding a format is one file plus one line in `DocumentRendererRegistry.all`.
public protocol DocumentRenderer: Sendable {
    /// The `--format` name.
    var name: String { get }
    /// File extension for `-o` output files.
    var fileExtension: String { get }
    /// One document on its own (a single input, or one `-o` file).
    func render(_ document: IngestedDocument) throws -> String
    /// The same as UTF-8 bytes (what a `-o` file holds), for formats that make bytes first.
    func renderBytes(_ document: IngestedDocument) throws -> [UInt8]
    /// Several documents in one stream (stdout with several inputs).
    func render(stream documents: [IngestedDocument]) throws -> String
    /// A listing page (`--links`).
    func render(_ listing: ListingPage) throws -> String
}

extension DocumentRenderer {
    public func renderBytes(_ document: IngestedDocument) throws -> [UInt8] {
        Array(try render(document).utf8)
    }

    public func render(stream documents: [IngestedDocument]) throws -> String {
        try documents.map { try render($0) }.joined(separator: "\n")
    }
}

public enum DocumentRendererRegistry {
    public static let all: [any DocumentRenderer] = [
        JSONRenderer(),
        JSONLinesRenderer(),
        TextRenderer(),
        MarkdownRenderer(),
    ]

    public static var names: [String] { all.map(\.name) }

    public static func renderer(named name: String) -> (any DocumentRenderer)? {
        all.first { $0.name == name }
    }
}

/// The JSON encoder every Yaodian JSON output uses: stable key order, readable Chinese and slashes.
enum YaodianJSON {
    static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func string<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        String(decoding: try encoder(pretty: pretty).encode(value), as: UTF8.self)
    }
}
