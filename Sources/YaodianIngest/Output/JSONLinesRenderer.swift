import YaodianModel

/// `--format jsonl`: one compact object per line (https://jsonlines.org).
struct JSONLinesRenderer: DocumentRenderer {
    let name = "jsonl"
    let fileExtension = "jsonl"

    func render(_ document: IngestedDocument) throws -> String {
        try DocumentJSON.string(document, pretty: false)
    }

    func renderBytes(_ document: IngestedDocument) throws -> [UInt8] {
        try DocumentJSON.bytes(document, pretty: false)
    }

    func render(stream documents: [IngestedDocument]) throws -> String {
        try documents.map { try render($0) }.joined(separator: "\n")
    }

    func render(_ listing: ListingPage) throws -> String {
        try listing.entries.map { try YaodianJSON.string($0, pretty: false) }.joined(separator: "\n")
    }
}
