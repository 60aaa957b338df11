import Crypto
import Foundation
import XCTest
import YaodianIngest
import YaodianModel
import YaodianTestSupport

/// The `yaodian-ingest` executable run as a user runs it, through `Process`: exit statuses, stdout,
/// stderr and the files `-o` writes. Skipped when the binary is not built next to the tests.
final class CLITests: XCTestCase {
    // MARK: running the binary

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func binary() -> URL? {
        let name = "yaodian-ingest"
        var candidates: [URL] = [
            Bundle.main.bundleURL.appendingPathComponent(name),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name),
            Bundle(for: CLITests.self).bundleURL.deletingLastPathComponent().appendingPathComponent(name),
        ]
        let build = FixtureFiles.packageRoot().appendingPathComponent(".build")
        candidates.append(build.appendingPathComponent("debug").appendingPathComponent(name))
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && FileManager.default.isExecutableFile(atPath: url.path)
        }
    }

    private var scratch: URL!

    override func setUpWithError() throws {
        guard Self.binary() != nil else { throw XCTSkip("yaodian-ingest is not built next to the test bundle") }
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    /// Runs the binary in the scratch folder, killing it after a timeout.
    func run(_ arguments: [String], timeout: TimeInterval = 120) throws -> Run {
        let result = try CommandRunner.run(try XCTUnwrap(Self.binary()), arguments, in: scratch, timeout: timeout)
        if result.timedOut { XCTFail("yaodian-ingest \(arguments) did not finish within \(timeout) s") }
        return Run(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    static let goodPageName = "d01_hanweb_002"
    static let secondPageName = "d02_trs_003"

    func fixture(_ folder: String, _ file: String) throws -> URL { try FixtureFiles.url(folder, file) }

    func goodPage() throws -> URL { try fixture("html", Self.goodPageName + ".html") }

    /// Output files a run may leave: everything but the dot files this test's own runner writes.
    func listing(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    static func stableID(of url: URL) throws -> String {
        let bytes = try Data(contentsOf: url)
        return SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined().prefix(16).description
    }

    static func isStableName(_ name: String, ext: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1] == ext, parts[0].count == 16 else { return false }
        return parts[0].allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
    }

    // MARK: exit statuses

    struct StatusRow: Sendable {
        var name: String
        /// `$GOOD` (a good fixture page), `$EMPTY` (an empty .html), `$FILE` (a plain file), `$TMP` (a fresh directory),
        /// `$MISSING` (a path that does not exist).
        var arguments: [String]
        var status: Int32
        var stderrContains: [String] = []
        var stdoutEmpty: Bool? = nil
    }

    static let statusRows: [StatusRow] = [
        StatusRow(name: "one-good-page", arguments: ["$GOOD"], status: 0, stdoutEmpty: false),
        StatusRow(name: "one-empty-file", arguments: ["$EMPTY"], status: 1, stderrContains: ["$EMPTY", "empty"], stdoutEmpty: true),
        StatusRow(name: "unknown-format", arguments: ["--format", "nope", "$GOOD"], status: 2, stderrContains: ["nope"],
                  stdoutEmpty: true),
        StatusRow(name: "missing-path", arguments: ["$MISSING"], status: 2, stderrContains: ["$MISSING"], stdoutEmpty: true),
        StatusRow(name: "missing-path-with-good", arguments: ["$GOOD", "$MISSING"], status: 2, stderrContains: ["$MISSING"],
                  stdoutEmpty: true),
        StatusRow(name: "jobs-zero", arguments: ["--jobs", "0", "$GOOD"], status: 2, stderrContains: ["--jobs"], stdoutEmpty: true),
        StatusRow(name: "output-dir-is-a-file", arguments: ["-o", "$FILE", "$GOOD"], status: 2, stderrContains: ["$FILE"],
                  stdoutEmpty: true),
        StatusRow(name: "no-inputs", arguments: [], status: 2, stdoutEmpty: true),
        StatusRow(name: "empty-directory", arguments: ["$TMP"], status: 2, stderrContains: ["no documents"], stdoutEmpty: true),
    ]

    func testExitStatusRows() throws {
        let good = try goodPage().path
        for row in Self.statusRows {
            let base = scratch.appendingPathComponent(row.name)
            try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
            let empty = base.appendingPathComponent("empty.html")
            try Data().write(to: empty)
            let file = base.appendingPathComponent("plain-file")
            try Data("x".utf8).write(to: file)
            let tmp = base.appendingPathComponent("fresh-dir")
            try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
            let substitutions = ["$GOOD": good, "$EMPTY": empty.path, "$FILE": file.path, "$TMP": tmp.path,
                                 "$MISSING": base.appendingPathComponent("does-not-exist.html").path]
            func resolve(_ text: String) -> String { substitutions[text] ?? text }

            let result = try run(row.arguments.map(resolve))
            XCTAssertEqual(result.status, row.status, "\(row.name): exit status; stderr: \(result.stderr)")
            for needle in row.stderrContains.map(resolve) {
                XCTAssertTrue(result.stderr.contains(needle), "\(row.name): stderr lacks «\(needle)»: «\(result.stderr)»")
            }
            if let empty = row.stdoutEmpty {
                XCTAssertEqual(result.stdout.isEmpty, empty, "\(row.name): stdout «\(result.stdout.prefix(200))»")
            }
        }
    }

    // MARK: stdout

    func testOneGoodPagePrintsJSON() throws {
        let result = try run([try goodPage().path])
        XCTAssertEqual(result.status, 0, "stderr: \(result.stderr)")
        XCTAssertFalse(result.stderr.contains("error"), "stderr: \(result.stderr)")
        let document = try JSONDecoder().decode(IngestedDocument.self, from: Data(result.stdout.utf8))
        let gold = try FixtureFiles.gold("html", Self.goodPageName)
        XCTAssertEqual(document.notice.title, gold.string("title"), "notice.title")
        XCTAssertEqual(document.notice.title, "关于印发《2018年全市科技创新工作要点》的通知", "notice.title")
        XCTAssertEqual(document.source.stableID, try Self.stableID(of: try goodPage()), "source.sha256 is of the input bytes")
    }

    func testSeveralPagesToStdoutAreJSONLines() throws {
        let pages = [try goodPage(), try fixture("html", Self.secondPageName + ".html")]
        let result = try run(pages.map(\.path))
        XCTAssertEqual(result.status, 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, "one line per document: «\(result.stdout.prefix(300))»")
        let documents = try lines.map { try JSONDecoder().decode(IngestedDocument.self, from: Data($0.utf8)) }
        XCTAssertEqual(documents.map(\.source.uri), pages.map(\.path), "input order kept")
        XCTAssertTrue(result.stderr.contains("2 ingested, 0 failed"), "summary: «\(result.stderr)»")
    }

    func testMarkdownFormatStartsWithHeading() throws {
        let result = try run(["--format", "markdown", try goodPage().path])
        XCTAssertEqual(result.status, 0, "stderr: \(result.stderr)")
        XCTAssertTrue(result.stdout.hasPrefix("# "), "markdown output starts «\(result.stdout.prefix(80))»")
        XCTAssertEqual(result.stdout.split(separator: "\n").first.map(String.init),
                       "# 关于印发《2018年全市科技创新工作要点》的通知")
    }

    func testFormatsToStdout() throws {
        for format in DocumentRendererRegistry.names {
            let result = try run(["--format", format, try goodPage().path])
            XCTAssertEqual(result.status, 0, "--format \(format): stderr: \(result.stderr)")
            XCTAssertTrue(result.stdout.contains("绍市科〔2018〕19号"), "--format \(format): doc number missing")
        }
    }

    func testLinksListsEntries() throws {
        let page = try fixture("list", "index.html")
        let result = try run(["--links", page.path])
        XCTAssertEqual(result.status, 0, "stderr: \(result.stderr)")
        let listing = try JSONDecoder().decode(ListingPage.self, from: Data(result.stdout.utf8))
        let gold = try FixtureFiles.gold("list", "index")
        guard case let .array(goldEntries)? = gold["entries"] else { return XCTFail("gold index has no entries") }
        XCTAssertFalse(listing.entries.isEmpty, "--links: no entries")
        XCTAssertEqual(listing.entries.count, goldEntries.count, "--links: entry count")
        XCTAssertEqual(listing.entries.first?.title, goldEntries.first?["title"]?.string, "--links: first entry")
        XCTAssertNotNil(listing.nextPage, "--links: next page of index.html")
    }

    // MARK: -o

    func testDirectoryWithGoodAndEmptyFile() throws {
        let input = scratch.appendingPathComponent("in")
        let output = scratch.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let good = input.appendingPathComponent("a-good.html")
        try FileManager.default.copyItem(at: try goodPage(), to: good)
        let empty = input.appendingPathComponent("b-empty.html")
        try Data().write(to: empty)
        // Not documents: a directory walk skips them.
        try Data("{}".utf8).write(to: input.appendingPathComponent("a-good.gold.json"))
        // The page is GBK labelled gb2312 in its <meta>; the saved header names GBK.
        try Data("Content-Type: text/html; charset=GBK\n".utf8).write(to: input.appendingPathComponent("a-good.headers"))

        let result = try run([input.path, "-o", output.path])
        XCTAssertEqual(result.status, 1, "exit status; stderr: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("1 ingested, 1 failed"), "summary: «\(result.stderr)»")
        let errorLines = result.stderr.split(separator: "\n").filter { $0.contains("error") }
        XCTAssertEqual(errorLines.count, 1, "one error line: «\(result.stderr)»")
        XCTAssertTrue(errorLines.first?.contains("b-empty.html") == true, "error names the empty file: «\(result.stderr)»")
        XCTAssertTrue(errorLines.first?.contains("empty") == true, "error says why: «\(result.stderr)»")
        XCTAssertFalse(result.stderr.contains("a-good.gold.json"), "gold file treated as input: «\(result.stderr)»")
        XCTAssertTrue(result.stdout.isEmpty, "stdout with -o: «\(result.stdout.prefix(200))»")

        let files = try listing(output)
        XCTAssertEqual(files.count, 1, "exactly one output file: \(files)")
        XCTAssertEqual(files.first, "\(try Self.stableID(of: good)).json", "output named after the input's SHA-256")
        for name in files {
            XCTAssertTrue(Self.isStableName(name, ext: "json"), "output name «\(name)» is not <16 hex>.json")
            XCTAssertFalse(name.hasPrefix(".") || name.hasSuffix(".tmp"), "temporary file left: \(name)")
        }
        let written = try Data(contentsOf: output.appendingPathComponent(try XCTUnwrap(files.first)))
        let document = try JSONDecoder().decode(IngestedDocument.self, from: written)
        XCTAssertEqual(document.source.uri, good.path, "source.uri of the written file")
        XCTAssertEqual(document.source.encodingSource, "http-header", "the sibling .headers file supplies the charset")
        XCTAssertEqual(document.source.declaredCharset, "GBK", "declared charset from the .headers file")
        XCTAssertEqual(document.notice.title, "关于印发《2018年全市科技创新工作要点》的通知", "title of the written file")
        XCTAssertEqual(try listing(input).count, 4, "inputs untouched")
    }

    func testOutputDirectoryTwiceIsStable() throws {
        let output = scratch.appendingPathComponent("stable")
        let pages = [try goodPage(), try fixture("html", Self.secondPageName + ".html")]
        for format in ["json", "markdown"] {
            let first = try run(["--format", format, "-o", output.path] + pages.map(\.path))
            XCTAssertEqual(first.status, 0, "\(format) first run: \(first.stderr)")
            let names = try listing(output)
            var contents: [String: Data] = [:]
            for name in names { contents[name] = try Data(contentsOf: output.appendingPathComponent(name)) }

            let second = try run(["--format", format, "-o", output.path] + pages.map(\.path))
            XCTAssertEqual(second.status, 0, "\(format) second run: \(second.stderr)")
            XCTAssertEqual(try listing(output), names, "\(format): file names differ between runs")
            for name in names {
                XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent(name)), contents[name],
                               "\(format): \(name) differs between runs")
            }
            try FileManager.default.removeItem(at: output)
        }
        // Both formats name files by the same ids.
        let ids = try pages.map { try Self.stableID(of: $0) }.sorted()
        let json = try run(["-o", output.path] + pages.map(\.path))
        XCTAssertEqual(json.status, 0, json.stderr)
        XCTAssertEqual(try listing(output), ids.map { $0 + ".json" }, "json output names")
    }

    /// A `-o` file holds exactly what stdout shows for the same single input, in every format
    /// (JSON files are written from the writer's bytes, the other formats from their text).
    func testOutputFileHoldsWhatStdoutPrints() throws {
        let page = try goodPage()
        for format in ["json", "jsonl", "text", "markdown"] {
            let output = scratch.appendingPathComponent("same-\(format)")
            let printed = try run(["--format", format, page.path])
            XCTAssertEqual(printed.status, 0, "\(format): \(printed.stderr)")
            let written = try run(["--format", format, "-o", output.path, page.path])
            XCTAssertEqual(written.status, 0, "\(format): \(written.stderr)")
            let name = try XCTUnwrap(try listing(output).first, "\(format): no output file")
            XCTAssertEqual(String(decoding: try Data(contentsOf: output.appendingPathComponent(name)), as: UTF8.self), printed.stdout,
                           "\(format): the file differs from stdout")
        }
    }

    func testLinksWithOutputDirectory() throws {
        let output = scratch.appendingPathComponent("links")
        let page = try fixture("list", "index.html")
        let result = try run(["--links", "-o", output.path, page.path])
        XCTAssertEqual(result.status, 0, "stderr: \(result.stderr)")
        XCTAssertEqual(try listing(output), ["\(try Self.stableID(of: page)).links.json"], "listing output name")
    }
}
