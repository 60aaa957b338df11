import YaodianModel

/// `--format json`: one pretty-printed object per document (schema in docs/schema.md);
/// several documents on one stream become JSON Lines.
struct JSONRenderer: DocumentRenderer {
    let name = "json"
    let fileExtension = "json"

    func render(_ document: IngestedDocument) throws -> String {
        try DocumentJSON.string(document, pretty: true)
    }

    func renderBytes(_ document: IngestedDocument) throws -> [UInt8] {
        try DocumentJSON.bytes(document, pretty: true)
    }

    func render(stream documents: [IngestedDocument]) throws -> String {
        try JSONLinesRenderer().render(stream: documents)
    }

    func render(_ listing: ListingPage) throws -> String {
        try YaodianJSON.string(listing, pretty: true)
    }
}
