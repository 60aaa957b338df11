import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A page fetched over HTTP: its bytes, the charset of its Content-Type header, and the URL it
/// ended at after redirects (what relative links resolve against).
public struct FetchedPage: Sendable {
    public var bytes: [UInt8]
    public var httpCharset: String?
    public var finalURL: URL
    public var statusCode: Int
}

/// Fetches one URL for `yaodian-ingest URL`: a plain GET with a clear User-Agent and a size cap.
/// (Polite, incremental crawling of whole columns is the scraper's job.)
public struct PageFetcher: Sendable {
    public var userAgent = "Yaodian/0.1 (+https://github.com/yaodian; notice ingestion)"
    public var timeout: TimeInterval = 30
    public var maxBytes: Int

    public init(maxBytes: Int = 50 * 1024 * 1024) {
        self.maxBytes = maxBytes
    }

    public func fetch(_ url: URL) async throws(IngestError) -> FetchedPage {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5", forHTTPHeaderField: "Accept")
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await URLSession.shared.data(for: request)
        } catch {
            throw .fetchFailed(input: url.absoluteString, reason: error.localizedDescription)
        }
        guard let http = response as? HTTPURLResponse else {
            throw .fetchFailed(input: url.absoluteString, reason: "not an HTTP response")
        }
        guard (200..<300).contains(http.statusCode) else {
            throw .fetchFailed(input: url.absoluteString, reason: "HTTP \(http.statusCode)")
        }
        guard data.count <= maxBytes else { throw .tooLarge(input: url.absoluteString, bytes: data.count, limit: maxBytes) }
        let contentType = http.value(forHTTPHeaderField: "Content-Type").map { "Content-Type: \($0)" }
        return FetchedPage(bytes: [UInt8](data), httpCharset: contentType.flatMap(CharsetSniffer.headerCharset(in:)),
                           finalURL: http.url ?? url, statusCode: http.statusCode)
    }
}
