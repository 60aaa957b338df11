import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
import YaodianText
#endif

/// A page fetched over HTTP: its bytes, the charset and type of its Content-Type header, and the
/// URL it ended at after redirects (what relative links resolve against).
public struct FetchedPage: Sendable {
    public var bytes: [UInt8]
    public var httpCharset: String?
    /// The media type without parameters (`text/html`, `text/plain`), lowercased.
    public var mediaType: String?
    public var finalURL: URL
    public var statusCode: Int

    /// The input kind the response's media type (or, failing that, its path) says.
    public var kind: InputKind {
        switch mediaType {
        case "text/plain": return .text
        case "text/markdown", "text/x-markdown": return .markdown
        case "text/html", "application/xhtml+xml": return .html
        case "application/vnd.openxmlformats-officedocument.wordprocessingml.document": return .docx
        default: return InputKind(path: finalURL.path)
        }
    }
}

/// Fetches one URL for `yaodian-ingest URL`: a plain GET with a clear User-Agent, a size cap that
/// stops the download as soon as it is passed, and a limit on the whole transfer's time.
/// (Polite, incremental crawling of whole columns is the scraper's job.)
public struct PageFetcher: Sendable {
    public var userAgent = "Yaodian/0.1 (notice ingestion; +https://github.com/yaodian)"
    /// Longest wait for the server to send anything.
    public var idleTimeout: TimeInterval = 30
    /// Longest time for the whole transfer, however slowly the bytes trickle in.
    public var transferTimeout: TimeInterval = 120
    public var maxBytes: Int

    public init(maxBytes: Int = 50 * 1024 * 1024) {
        self.maxBytes = maxBytes
    }

    public func fetch(_ url: URL) async throws(IngestError) -> FetchedPage {
        var request = URLRequest(url: url, timeoutInterval: idleTimeout)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5", forHTTPHeaderField: "Accept")
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = idleTimeout
        configuration.timeoutIntervalForResource = transferTimeout
        let collector = BodyCollector(limit: maxBytes)
        let session = URLSession(configuration: configuration, delegate: collector, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }

        let outcome = await withCheckedContinuation { continuation in
            collector.start(session.dataTask(with: request), continuation: continuation)
        }
        let response: HTTPURLResponse
        let data: Data
        switch outcome {
        case let .finished(finalResponse, body):
            response = finalResponse
            data = body
        case let .tooLarge(received):
            throw .tooLarge(input: url.absoluteString, bytes: received, limit: maxBytes)
        case let .failed(reason):
            throw .fetchFailed(input: url.absoluteString, reason: reason)
        }
        guard (200..<300).contains(response.statusCode) else {
            throw .fetchFailed(input: url.absoluteString, reason: "HTTP \(response.statusCode)")
        }
        let contentType = response.value(forHTTPHeaderField: "Content-Type")
        let mediaType = contentType?.split(separator: ";").first.map { TextNormalizer.trimmed(String($0)).lowercased() }
        return FetchedPage(bytes: [UInt8](data), httpCharset: contentType.flatMap { CharsetSniffer.headerCharset(in: "Content-Type: \($0)") },
                           mediaType: mediaType, finalURL: response.url ?? url, statusCode: response.statusCode)
    }
}

/// Gathers one task's body and cancels the task once the body passes the limit.
/// `@unchecked Sendable`: URLSession calls the delegate on its own queue while `start` runs on
/// the caller's; every stored property is read and written under `lock`.
private final class BodyCollector: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    enum Outcome: Sendable {
        case finished(HTTPURLResponse, Data)
        case tooLarge(Int)
        case failed(String)
    }

    private let limit: Int
    private let lock = NSLock()
    private var body = Data()
    private var response: HTTPURLResponse?
    private var overLimit = false
    /// The Content-Length of a response refused for its size.
    private var declaredLength: Int?
    private var continuation: CheckedContinuation<Outcome, Never>?

    init(limit: Int) {
        self.limit = limit
    }

    func start(_ task: URLSessionDataTask, continuation: CheckedContinuation<Outcome, Never>) {
        lock.withLock { self.continuation = continuation }
        task.resume()
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let http = response as? HTTPURLResponse
        // A declared length above the limit is refused before a byte of the body arrives.
        let tooLong = response.expectedContentLength > Int64(limit)
        lock.withLock {
            self.response = http
            if tooLong {
                overLimit = true
                declaredLength = Int(response.expectedContentLength)
            }
        }
        completionHandler(tooLong ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let passed: Bool = lock.withLock {
            guard !overLimit else { return true }
            body.append(data)
            if body.count > limit { overLimit = true }
            return overLimit
        }
        if passed { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let outcome: Outcome = lock.withLock {
            if overLimit { return .tooLarge(declaredLength ?? body.count) }
            if let error { return .failed(error.localizedDescription) }
            guard let response else { return .failed("not an HTTP response") }
            return .finished(response, body)
        }
        let continuation = lock.withLock { () -> CheckedContinuation<Outcome, Never>? in
            defer { self.continuation = nil }
            return self.continuation
        }
        continuation?.resume(returning: outcome)
    }
}
