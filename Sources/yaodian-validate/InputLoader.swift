import Foundation
import YaodianIngest
import YaodianModel
import YaodianValidate

/// Reads one input into a `ValidationDocument`: plan JSON directly, everything else through
/// ingest (HTML, text, Markdown; URLs fetched), keeping the decoded source to locate findings in.
struct InputLoader: Sendable {
    let ingester: Ingester

    func load(_ input: String) async throws(InputError) -> ValidationDocument {
        if InputFiles.isURL(input) {
            guard let url = URL(string: input) else { throw .unreadable(input: input, reason: "not a URL") }
            let page: FetchedPage
            do {
                page = try await PageFetcher(maxBytes: ingester.options.maxBytes).fetch(url)
            } catch {
                throw .ingest(message: error.description)
            }
            return try document(bytes: page.bytes, path: input, kind: page.kind, httpCharset: page.httpCharset, baseURL: page.finalURL)
        }
        let bytes: [UInt8]
        do {
            bytes = try InputReader.readFile(atPath: input, maxBytes: ingester.options.maxBytes)
        } catch {
            throw .ingest(message: error.description)
        }
        if (input as NSString).pathExtension.lowercased() == "json" {
            return try PlanJSONLoader.document(from: bytes, path: input)
        }
        let headers = InputReader.siblingHeaders(forPath: input)
        return try document(bytes: bytes, path: input, kind: InputKind(path: input),
                            httpCharset: headers.flatMap(HeaderCharset.parse), baseURL: URL(fileURLWithPath: input))
    }

    private func document(bytes: [UInt8], path: String, kind: InputKind, httpCharset: String?,
                          baseURL: URL) throws(InputError) -> ValidationDocument {
        do {
            let ingested = try ingester.ingestKeepingText(bytes: bytes, uri: path, kind: kind, httpCharset: httpCharset, baseURL: baseURL)
            // Findings point into the text as the user sees it: the decoded page or file; for a
            // .docx its paragraphs one a line, so that line N is paragraph N as Word counts them.
            let source = ingested.docx.map(Self.paragraphLines) ?? SourceText(bytes: ingested.decodedUTF8 ?? [])
            return ValidationDocument(path: path, format: Self.format(kind), notice: ingested.document.notice,
                                      plan: ingested.document.plan, source: source)
        } catch {
            throw .ingest(message: error.description)
        }
    }

    static func format(_ kind: InputKind) -> SourceFormat {
        switch kind {
        case .html: .html
        case .text: .text
        case .markdown: .markdown
        case .docx: .docx
        }
    }

    /// Every paragraph of a .docx on the line of its number (line breaks inside one become spaces).
    static func paragraphLines(_ document: DocxDocument) -> SourceText {
        var lines = [String](repeating: "", count: document.paragraphs.map(\.number).max() ?? 0)
        for paragraph in document.paragraphs where paragraph.number >= 1 {
            // `text` is as printed: the automatic label is already in front.
            lines[paragraph.number - 1] = paragraph.text.replacingOccurrences(of: "\n", with: " ")
        }
        return SourceText(lines.joined(separator: "\n"))
    }
}
