#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import Foundation
import XCTest
import YaodianTestSupport
import YaodianIngest
import YaodianModel

/// `PageFetcher` and `yaodian-ingest URL` against `LoopbackHTTPServer` on 127.0.0.1: the HTTP charset
/// reaches the decoder, HTTP errors and refused connections become `.fetchFailed`, the size cap gives
/// `.tooLarge`, and relative links of a fetched column page resolve against its http:// URL.
/// Nothing here leaves the loopback interface.
final class FetchTests: XCTestCase {
    /// GBK bytes with no charset in the page: only its saved `.headers` file names it.
    static let gbkPage = "d05_repost_001"
    static let gbkPath = "/html/\(gbkPage).html"
    static let listPath = "/list/index.html"

    private var server: LoopbackHTTPServer!

    override func setUpWithError() throws {
        server = try LoopbackHTTPServer(routes: try Self.routes())
    }

    override func tearDownWithError() throws {
        server?.stop()
        server = nil
    }

    // MARK: served pages

    static func fixtureBytes(_ folder: String, _ file: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: try FixtureFiles.url(folder, file)))
    }

    /// The header lines of a saved `.headers` file, minus `Content-Length` (the server sends its own).
    static func savedHeaders(_ folder: String, _ name: String) throws -> [(name: String, value: String)] {
        let text = String(decoding: try Data(contentsOf: try FixtureFiles.url(folder, name + ".headers")), as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            guard name.lowercased() != "content-length" else { return nil }
            return (name, line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }

    static func html(filledTo size: Int) -> [UInt8] {
        let open = Array("<html><body><p>".utf8), close = Array("</p></body></html>".utf8)
        return open + [UInt8](repeating: UInt8(ascii: "a"), count: size - open.count - close.count) + close
    }

    static func routes() throws -> [String: LoopbackHTTPServer.Response] {
        let utf8HTML = [(name: "Content-Type", value: "text/html; charset=utf-8")]
        return [
            gbkPath: .init(headers: try savedHeaders("html", gbkPage), body: try fixtureBytes("html", gbkPage + ".html")),
            "/gone.html": .init(status: 404, headers: utf8HTML, body: Array("<html><body>404 页面不存在</body></html>".utf8)),
            "/broken.html": .init(status: 503, headers: utf8HTML, body: Array("<html><body>busy</body></html>".utf8)),
            "/big.html": .init(headers: utf8HTML, body: html(filledTo: 4096)),
            "/exactly-1000.html": .init(headers: utf8HTML, body: html(filledTo: 1000)),
            "/quoted-charset.html": .init(headers: [("Content-Type", "text/html;charset=\"GB2312\"")],
                                          body: Array("<html><body>plain</body></html>".utf8)),
            "/no-charset.html": .init(headers: [("Content-Type", "text/html")], body: Array("<html><body>plain</body></html>".utf8)),
            listPath: .init(headers: [("Content-Type", "text/html")], body: try fixtureBytes("list", "index.html")),
        ]
    }

    // MARK: PageFetcher, table-driven

    enum Target: Sendable {
        /// A path on the loopback server.
        case served(String)
        /// A loopback port with nothing listening on it.
        case closedPort(String)
    }

    enum Expectation: Sendable {
        /// A page with this Content-Type charset and exactly the served bytes.
        case page(charset: String?)
        /// `.fetchFailed` for the URL, its reason containing this text (when given).
        case fetchFailed(reasonContains: String?)
        case tooLarge(bytes: Int, limit: Int)
    }

    struct FetchRow: Sendable {
        var name: String
        var target: Target
        var maxBytes: Int? = nil
        var expect: Expectation
    }

    static let fetchRows: [FetchRow] = [
        FetchRow(name: "gbk-page-charset-from-header", target: .served(gbkPath), expect: .page(charset: "gbk")),
        FetchRow(name: "quoted-charset", target: .served("/quoted-charset.html"), expect: .page(charset: "GB2312")),
        FetchRow(name: "no-charset", target: .served("/no-charset.html"), expect: .page(charset: nil)),
        FetchRow(name: "http-404", target: .served("/gone.html"), expect: .fetchFailed(reasonContains: "HTTP 404")),
        FetchRow(name: "unrouted-path-404", target: .served("/nothing/here.html"), expect: .fetchFailed(reasonContains: "HTTP 404")),
        FetchRow(name: "http-503", target: .served("/broken.html"), expect: .fetchFailed(reasonContains: "HTTP 503")),
        FetchRow(name: "connection-refused", target: .closedPort("/page.html"), expect: .fetchFailed(reasonContains: nil)),
        FetchRow(name: "body-over-max-bytes", target: .served("/big.html"), maxBytes: 1000,
                 expect: .tooLarge(bytes: 4096, limit: 1000)),
        FetchRow(name: "body-at-max-bytes", target: .served("/exactly-1000.html"), maxBytes: 1000, expect: .page(charset: "utf-8")),
    ]

    func testFetchRows() async throws {
        let routes = try Self.routes()
        for row in Self.fetchRows {
            let url: URL
            var closedPortSocket: Int32 = -1
            switch row.target {
            case let .served(path):
                url = server.url(path)
            case let .closedPort(path):
                // Bound but never listening: a connect() to it is refused, and while this socket holds
                // the port no other process can start listening there mid-test.
                let (fd, port) = try LoopbackHTTPServer.bindLoopback(listen: false)
                closedPortSocket = fd
                url = URL(string: "http://127.0.0.1:\(port)\(path)")!
            }
            defer { if closedPortSocket >= 0 { close(closedPortSocket) } }

            let fetcher = row.maxBytes.map(PageFetcher.init(maxBytes:)) ?? PageFetcher()
            let label = "\(row.name) (\(url.absoluteString))"
            do {
                let page = try await fetcher.fetch(url)
                guard case let .page(charset) = row.expect else {
                    XCTFail("\(label): fetched \(page.bytes.count) bytes, expected \(row.expect)")
                    continue
                }
                guard case let .served(path) = row.target else { continue }
                XCTAssertEqual(page.httpCharset, charset, "\(label): httpCharset")
                XCTAssertEqual(page.statusCode, 200, "\(label): status")
                XCTAssertEqual(page.finalURL, url, "\(label): finalURL")
                XCTAssertEqual(page.bytes, routes[path]?.body, "\(label): bytes differ from the served body")
            } catch {
                switch (row.expect, error) {
                case let (.fetchFailed(needle), .fetchFailed(input, reason)):
                    XCTAssertEqual(input, url.absoluteString, "\(label): the error names the URL")
                    XCTAssertFalse(reason.isEmpty, "\(label): empty reason")
                    if let needle {
                        XCTAssertTrue(reason.contains(needle), "\(label): reason «\(reason)» lacks «\(needle)»")
                        XCTAssertTrue(error.description.contains(needle), "\(label): «\(error.description)»")
                    }
                    XCTAssertTrue(error.description.contains(url.absoluteString), "\(label): «\(error.description)»")
                case let (.tooLarge(bytes, limit), _):
                    XCTAssertEqual(error, .tooLarge(input: url.absoluteString, bytes: bytes, limit: limit), label)
                default:
                    XCTFail("\(label): threw \(error), expected \(row.expect)")
                }
            }
        }
    }

    // MARK: fetched bytes through the ingester

    func testFetchedGBKPageDecodesFromTheHTTPCharset() async throws {
        let url = server.url(Self.gbkPath)
        let gold = try FixtureFiles.gold("html", Self.gbkPage)
        let page = try await PageFetcher().fetch(url)
        XCTAssertEqual(page.httpCharset, "gbk", "charset of the Content-Type header")
        XCTAssertEqual(SHA256.hash(data: page.bytes).map { String(format: "%02x", $0) }.joined(), gold.string("sha256"), "fetched bytes are the fixture's bytes")

        let document = try Ingester().ingest(bytes: page.bytes, uri: url.absoluteString, httpCharset: page.httpCharset,
                                             baseURL: page.finalURL)
        XCTAssertEqual(document.source.encoding, "gb18030", "encoding")
        XCTAssertEqual(document.source.encodingSource, "http-header", "encodingSource")
        XCTAssertEqual(document.source.declaredCharset, "gbk", "declaredCharset")
        XCTAssertEqual(document.source.uri, url.absoluteString, "source.uri")
        XCTAssertEqual(document.source.replacedBytes, 0, "replacedBytes")
        XCTAssertEqual(document.notice.title, gold.string("title"), "title")

        let request = try XCTUnwrap(server.requests.last, "the server saw no request")
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.target, Self.gbkPath)
        XCTAssertTrue(request.headers["user-agent"]?.hasPrefix("Yaodian/") == true,
                      "User-Agent: \(request.headers["user-agent"] ?? "none")")
    }

    // MARK: the CLI end to end

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `yaodian-ingest` in a scratch folder, killing it after a timeout.
    func runCLI(_ arguments: [String], timeout: TimeInterval = 120) throws -> Run {
        guard let binary = CLITests.binary() else { throw XCTSkip("yaodian-ingest is not built next to the test bundle") }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try CommandRunner.run(binary, arguments, in: scratch, timeout: timeout)
        if result.timedOut { XCTFail("yaodian-ingest \(arguments) did not finish within \(timeout) s") }
        return Run(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    struct CLIRow: Sendable {
        var name: String
        var arguments: [String]
        /// `$URL` in arguments and stderr needles: the served path as an http://127.0.0.1:PORT URL.
        var path: String
        var status: Int32
        var stderrContains: [String] = []
        var stdoutEmpty: Bool
    }

    static let cliRows: [CLIRow] = [
        CLIRow(name: "gbk-page", arguments: ["$URL"], path: gbkPath, status: 0, stdoutEmpty: false),
        CLIRow(name: "links", arguments: ["--links", "$URL"], path: listPath, status: 0, stdoutEmpty: false),
        CLIRow(name: "http-404", arguments: ["$URL"], path: "/gone.html", status: 1, stderrContains: ["$URL", "HTTP 404"],
               stdoutEmpty: true),
        CLIRow(name: "max-bytes", arguments: ["--max-bytes", "1000", "$URL"], path: "/big.html", status: 1,
               stderrContains: ["$URL", "4096 bytes"], stdoutEmpty: true),
    ]

    func testCLIExitStatusRows() throws {
        for row in Self.cliRows {
            let url = server.url(row.path).absoluteString
            func resolve(_ text: String) -> String { text.replacingOccurrences(of: "$URL", with: url) }
            let result = try runCLI(row.arguments.map(resolve))
            XCTAssertEqual(result.status, row.status, "\(row.name): exit status; stderr: \(result.stderr)")
            for needle in row.stderrContains.map(resolve) {
                XCTAssertTrue(result.stderr.contains(needle), "\(row.name): stderr lacks «\(needle)»: «\(result.stderr)»")
            }
            XCTAssertEqual(result.stdout.isEmpty, row.stdoutEmpty, "\(row.name): stdout «\(result.stdout.prefix(200))»")
        }
    }

    func testCLIFetchesGBKPage() throws {
        let url = server.url(Self.gbkPath)
        let result = try runCLI([url.absoluteString])
        XCTAssertEqual(result.status, 0, "stderr: \(result.stderr)")
        let document = try JSONDecoder().decode(IngestedDocument.self, from: Data(result.stdout.utf8))
        let gold = try FixtureFiles.gold("html", Self.gbkPage)
        XCTAssertEqual(document.notice.title, gold.string("title"), "title")
        XCTAssertEqual(document.source.uri, url.absoluteString, "source.uri")
        XCTAssertEqual(document.source.encoding, "gb18030", "encoding")
        XCTAssertEqual(document.source.encodingSource, "http-header", "encodingSource")
        XCTAssertEqual(document.source.sha256, gold.string("sha256"), "sha256 of the fetched bytes")
    }

    func testCLILinksResolveAgainstTheFetchedURL() throws {
        let url = server.url(Self.listPath)
        let result = try runCLI(["--links", url.absoluteString])
        XCTAssertEqual(result.status, 0, "stderr: \(result.stderr)")
        let listing = try JSONDecoder().decode(ListingPage.self, from: Data(result.stdout.utf8))
        let gold = try FixtureFiles.gold("list", "index")
        guard case let .array(goldEntries)? = gold["entries"] else { return XCTFail("gold index has no entries") }

        // The list is served at /list/index.html, so the gold's site-relative `url` hangs off the root.
        let root = "http://127.0.0.1:\(server.port)/"
        let expected = goldEntries.map { entry -> String in
            let url = entry["url"]?.string ?? "?"
            return entry["external"] == .bool(true) ? url : root + url
        }
        XCTAssertEqual(listing.entries.map(\.url), expected, "entry URLs")
        XCTAssertEqual(listing.entries.map { GoldText.removingWhitespace($0.title) }, goldEntries.map { GoldText.removingWhitespace($0["title"]?.string ?? "") },
                       "entry titles")
        XCTAssertTrue(listing.entries.filter { !$0.url.hasPrefix("http://kjt.zj.gov.cn/") }.allSatisfy { $0.url.hasPrefix(root) },
                      "relative entries are absolute loopback URLs: \(listing.entries.map(\.url))")
        XCTAssertEqual(listing.nextPage, root + (gold.string("next_page_url") ?? "?"), "next page")
        XCTAssertEqual(listing.source.uri, url.absoluteString, "source.uri")
    }
}
