import Foundation
import XCTest
import YaodianIngest
import YaodianModel

/// The generated article pages (`Fixtures/html`, from ../shared/fixtures/html) against their gold files:
/// one test per page, each failure naming the page and the field.
final class FixtureGoldTests: XCTestCase {
    /// The table: every article page with a gold file in Fixtures/html.
    static let pages = [
        "d01_hanweb_002",
        "d02_trs_003",
        "d03_portal_002_notice",
        "d04_dede_000",
        "d05_repost_001",
        "d06_wenshe_004_big5",
        "d07_portal_003_wrongcharset",
        "d08_repost_004",
        "d09_hanweb_000",
    ]

    func test_d01_hanweb_002() throws { try check("d01_hanweb_002") }
    func test_d02_trs_003() throws { try check("d02_trs_003") }
    func test_d03_portal_002_notice() throws { try check("d03_portal_002_notice") }
    func test_d04_dede_000() throws { try check("d04_dede_000") }
    func test_d05_repost_001() throws { try check("d05_repost_001") }
    func test_d06_wenshe_004_big5() throws { try check("d06_wenshe_004_big5") }
    func test_d07_portal_003_wrongcharset() throws { try check("d07_portal_003_wrongcharset") }
    func test_d08_repost_004() throws { try check("d08_repost_004") }
    func test_d09_hanweb_000() throws { try check("d09_hanweb_000") }

    /// Every gold file in the folder has a row above (a new fixture cannot go untested).
    func testTableCoversEveryGoldFile() throws {
        XCTAssertEqual(try FixtureFiles.goldNames(in: "html"), Self.pages.sorted())
    }

    /// The same file ingested twice gives byte-identical JSON.
    func testStableOutput() throws {
        for page in Self.pages {
            let path = try FixtureFiles.url("html", page + ".html").path
            let first = try StableOutput.render(path)
            let second = try StableOutput.render(path)
            XCTAssertEqual(first, second, "[\(page)] stable output: two runs differ: \(StableOutput.firstDifference(first, second))")
        }
    }

    /// An input above `IngestOptions.maxBytes` is refused with `.tooLarge`, naming the file.
    func testTooLargeNamesTheFile() throws {
        let path = try FixtureFiles.url("html", "d01_hanweb_002.html").path
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber).intValue
        XCTAssertEqual(size, 15878)
        let limit = 1024
        do {
            let doc = try Ingester(options: IngestOptions(maxBytes: limit)).ingestFile(atPath: path)
            XCTFail("[d01_hanweb_002] maxBytes \(limit): expected .tooLarge, got a document titled \(GoldText.show(doc.notice.title))")
        } catch {
            XCTAssertEqual(error, .tooLarge(input: path, bytes: size, limit: limit), "[d01_hanweb_002] maxBytes: actual error \(error)")
            XCTAssertTrue(error.description.contains("d01_hanweb_002.html"),
                          "[d01_hanweb_002] maxBytes: error does not name the file: \(error.description)")
        }

        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        do {
            _ = try Ingester(options: IngestOptions(maxBytes: limit)).ingest(bytes: bytes, uri: "mem/d01_hanweb_002.html")
            XCTFail("[d01_hanweb_002] ingest(bytes:) maxBytes \(limit): expected .tooLarge")
        } catch {
            XCTAssertEqual(error, .tooLarge(input: "mem/d01_hanweb_002.html", bytes: bytes.count, limit: limit),
                           "[d01_hanweb_002] ingest(bytes:) maxBytes: actual error \(error)")
        }

        // At the limit exactly, the size check does not fire.
        do {
            _ = try Ingester(options: IngestOptions(maxBytes: size)).ingestFile(atPath: path)
        } catch {
            XCTAssertNotEqual(error, .tooLarge(input: path, bytes: size, limit: size),
                              "[d01_hanweb_002] maxBytes == size must not be too large")
        }
    }

    private func check(_ page: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let gold = try FixtureFiles.gold("html", page)
        XCTAssertEqual(gold.string("kind"), "article")
        let path = try FixtureFiles.url("html", try XCTUnwrap(gold.string("file"))).path
        guard let doc = GoldCheck.ingest(path, page: page, file: file, line: line) else { return }
        XCTAssertEqual(doc.source.sha256, gold.string("sha256"), "[\(page)] sha256 of the copied fixture differs from the gold file",
                       file: file, line: line)
        GoldCheck.article(doc, gold: gold, flavor: .fixture, page: page, file: file, line: line)
    }
}

/// The adversarial inputs (`Fixtures/bad`, from ../shared/fixtures/html/bad) against their gold `expect`.
final class BadInputGoldTests: XCTestCase {
    /// The table: every bad input with a gold file in Fixtures/bad (huge_5mb.html itself is not copied).
    static let cases = [
        "binary_garbage",
        "body_in_table_grid",
        "deep_nesting_5000",
        "empty",
        "huge_5mb",
        "nav_only_no_body",
        "nul_bytes",
        "title_script_entities",
        "truncated_mid_tag",
        "unclosed_tags",
    ]

    func test_binary_garbage() throws { try check("binary_garbage") }
    func test_body_in_table_grid() throws { try check("body_in_table_grid") }
    func test_deep_nesting_5000() throws { try check("deep_nesting_5000") }
    func test_empty() throws { try check("empty") }
    func test_nav_only_no_body() throws { try check("nav_only_no_body") }
    func test_nul_bytes() throws { try check("nul_bytes") }
    func test_title_script_entities() throws { try check("title_script_entities") }
    func test_truncated_mid_tag() throws { try check("truncated_mid_tag") }
    func test_unclosed_tags() throws { try check("unclosed_tags") }

    /// huge_5mb.html (5 MB) stays in ../shared; its body is d02_trs_003's body 136 times.
    func test_huge_5mb() throws {
        let page = "huge_5mb"
        let gold = try FixtureFiles.gold("bad", page)
        let path = FixtureFiles.packageRoot()
            .appendingPathComponent("../shared/fixtures/html/bad/huge_5mb.html").standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("[\(page)] \(path) not present (the 5 MB page is not copied into Fixtures)")
        }
        XCTAssertEqual(gold.string("expect"), "ok")

        // Rebuild the gold body from its unit (the d02_trs_003 body) and check it against the gold hashes.
        let unit = try XCTUnwrap(FixtureFiles.gold("html", "d02_trs_003").string("body_text"))
        XCTAssertEqual(SHA256Digest.hex(unit), gold.string("body_unit_sha256"), "[\(page)] gold: d02_trs_003 body_text is not the repeated unit")
        let repeatCount = try XCTUnwrap(gold["body_repeat"]?.int)
        let goldBody = Array(repeating: unit, count: repeatCount).joined(separator: "\n")
        XCTAssertEqual(SHA256Digest.hex(goldBody), gold.string("body_text_sha256"), "[\(page)] gold: rebuilt body does not match body_text_sha256")

        let started = Date()
        guard let doc = GoldCheck.ingest(path, page: page) else { return }
        let seconds = Date().timeIntervalSince(started)
        print("[\(page)] ingested \(gold["bytes"]?.int ?? 0) bytes in \(String(format: "%.2f", seconds)) s, \(doc.notice.body.count) paragraphs")
        XCTAssertEqual(doc.source.sha256, gold.string("sha256"), "[\(page)] sha256 of \(path) differs from the gold file")
        XCTAssertEqual(doc.notice.body.count, gold["body_paragraphs"]?.int,
                       "[\(page)] body paragraph count: actual=\(doc.notice.body.count) gold=\(gold["body_paragraphs"]?.int ?? -1)")
        GoldCheck.article(doc, gold: gold, flavor: .bad, page: page)
        GoldCheck.paragraphs(doc.notice.body, goldBody: goldBody, page: page, file: #filePath, line: #line)
        let (p, r, f1) = GoldScore.bigramPRF(output: doc.notice.body.joined(separator: "\n"), gold: goldBody)
        XCTAssertGreaterThanOrEqual(f1, GoldCheck.minBigramF1,
                                    "[\(page)] body bigram F1: actual=\(GoldCheck.fmt(f1)) (P=\(GoldCheck.fmt(p)) R=\(GoldCheck.fmt(r)))")
    }

    func testTableCoversEveryGoldFile() throws {
        XCTAssertEqual(try FixtureFiles.goldNames(in: "bad"), Self.cases.sorted())
    }

    private func check(_ page: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let gold = try FixtureFiles.gold("bad", page)
        XCTAssertEqual(gold.string("kind"), "bad")
        let path = try FixtureFiles.url("bad", try XCTUnwrap(gold.string("file"))).path
        let expect = try XCTUnwrap(gold.string("expect"))

        let result: Result<IngestedDocument, IngestError>
        do {
            result = .success(try Ingester().ingestFile(atPath: path))
        } catch {
            result = .failure(error)
        }

        switch (expect, result) {
        case ("error", .success(let doc)), ("no_body", .success(let doc)):
            XCTFail("[\(page)] expect \(expect): got a document: title=\(GoldText.show(doc.notice.title)) body=\(GoldText.show(doc.notice.body.joined(separator: "\n")))",
                    file: file, line: line)

        case ("error", .failure(let error)):
            // empty.html is 0 bytes; binary_garbage.html is random bytes.
            if gold["bytes"]?.int == 0 {
                XCTAssertEqual(error, .empty(input: path), "[\(page)] error: actual \(error) — gold: \(gold.string("error") ?? "")",
                               file: file, line: line)
            } else if case let .notText(input, _) = error {
                XCTAssertEqual(input, path, "[\(page)] error names \(input), not the file", file: file, line: line)
            } else {
                XCTFail("[\(page)] error: actual \(error) — want .notText; gold: \(gold.string("error") ?? "")", file: file, line: line)
            }
            XCTAssertTrue(error.description.contains(page + ".html"),
                          "[\(page)] error does not name the file: \(error.description)", file: file, line: line)

        case ("no_body", .failure(let error)):
            XCTAssertEqual(error, .noBody(input: path), "[\(page)] error: actual \(error) — gold: \(gold.string("error") ?? "")",
                           file: file, line: line)

        case ("ok", .success(let doc)), ("ok_or_error", .success(let doc)):
            XCTAssertEqual(doc.source.sha256, gold.string("sha256"), "[\(page)] sha256 differs from the gold file", file: file, line: line)
            GoldCheck.article(doc, gold: gold, flavor: .bad, page: page, file: file, line: line)

        case ("partial", .success(let doc)):
            XCTAssertEqual(doc.source.sha256, gold.string("sha256"), "[\(page)] sha256 differs from the gold file", file: file, line: line)
            GoldCheck.article(doc, gold: gold, flavor: .bad, page: page, file: file, line: line)
            if case .bool(true) = gold["truncated"] {
                XCTAssertTrue(doc.source.warnings.contains { $0.lowercased().contains("truncat") },
                              "[\(page)] warnings: none mentions truncation; actual=\(doc.source.warnings)", file: file, line: line)
            }

        case ("ok_or_error", .failure(let error)):
            if case let .nestedTooDeeply(input, _) = error {
                XCTAssertEqual(input, path, "[\(page)] error names \(input), not the file", file: file, line: line)
            } else {
                XCTFail("[\(page)] expect ok_or_error: actual error \(error) — only .nestedTooDeeply is acceptable; gold accepts \(gold["acceptable_errors"]?.strings ?? [])",
                        file: file, line: line)
            }

        case (_, .failure(let error)):
            XCTFail("[\(page)] expect \(expect): threw \(error)", file: file, line: line)

        default:
            XCTFail("[\(page)] unknown gold expect \(expect)", file: file, line: line)
        }
    }
}

/// Renders one ingest as canonical JSON (sorted keys) or as the error it throws.
enum StableOutput {
    static func render(_ path: String) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return try encoder.encode(try Ingester().ingestFile(atPath: path))
        } catch let error as IngestError {
            return Data("ERROR \(error.description)".utf8)
        }
    }

    static func firstDifference(_ a: Data, _ b: Data) -> String {
        let index = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let lo = max(0, index - 80)
        let left = String(decoding: a[a.startIndex + lo ..< a.startIndex + min(a.count, index + 80)], as: UTF8.self)
        let right = String(decoding: b[b.startIndex + lo ..< b.startIndex + min(b.count, index + 80)], as: UTF8.self)
        return "at byte \(index) (sizes \(a.count) / \(b.count)): first \(GoldText.show(left, limit: 200)) second \(GoldText.show(right, limit: 200))"
    }
}
