import Foundation
import XCTest
import YaodianIngest
import YaodianModel

/// Every renderer of `DocumentRendererRegistry.all` on fixed documents built here.
final class RendererTests: XCTestCase {
    static let document = IngestedDocument(
        source: SourceInfo(uri: "/data/pages/kjj/art_1.html", sha256: String(repeating: "0123456789abcdef", count: 4),
                           encoding: "gb18030", declaredCharset: "gb2312", encodingSource: "meta", replacedBytes: 1,
                           warnings: ["1 undecodable bytes replaced by U+FFFD"]),
        notice: Notice(title: "关于印发《2018年全市科技创新工作要点》的通知",
                       publishDate: CalendarDate(year: 2018, month: 4, day: 16),
                       signedDate: CalendarDate(year: 2018, month: 3, day: 15),
                       issuer: "绍兴市科学技术局", docNumber: "绍市科〔2018〕19号", indexNumber: "002703451/2018-00137",
                       attachments: [Attachment(title: "附件1.工作要点.docx", url: "http://kjj.sx.gov.cn/att/附件1.docx")],
                       body: ["各区、县(市)科技部门:", "现将《要点》印发给你们,请认真贯彻落实。", "项目\t目标", "第一行\n第二行 \"引号\" \\ 反斜杠"])
    )

    /// A title and body that would be markup if not escaped.
    static let hostile = IngestedDocument(
        source: SourceInfo(uri: "bad/title_script_entities.html", sha256: String(repeating: "f", count: 64), encoding: "utf-8",
                           encodingSource: "detected"),
        notice: Notice(title: "<script>alert('x')</script>关于*重要*通知 & [链接](http://evil)",
                       body: ["<script>alert(1)</script>正文", "# 不是标题", "| 不是 | 表格 |"])
    )

    static let minimal = IngestedDocument(
        source: SourceInfo(uri: "x.txt", sha256: String(repeating: "a", count: 64), encoding: "utf-8", encodingSource: "detected"),
        notice: Notice(body: ["只有正文。"])
    )

    static let listing = ListingPage(
        source: SourceInfo(uri: "list/index.html", sha256: String(repeating: "b", count: 64), encoding: "utf-8",
                           declaredCharset: "utf-8", encodingSource: "meta"),
        entries: [
            ListingEntry(title: "2023年全市科技工作要点", url: "http://kjj.example.gov.cn/art/2023/1.html",
                         date: CalendarDate(year: 2023, month: 2, day: 1)),
            ListingEntry(title: "关于<b>征集</b>项目的通知 [第2批]", url: "http://kjj.example.gov.cn/art/2023/2.html", date: nil),
        ],
        nextPage: "http://kjj.example.gov.cn/col/index_1.html"
    )

    private func renderer(_ name: String) throws -> any DocumentRenderer {
        try XCTUnwrap(DocumentRendererRegistry.renderer(named: name), "no renderer named \(name)")
    }

    // MARK: registry

    func testRegistryNamesUniqueAndExtensionsSet() {
        let names = DocumentRendererRegistry.names
        XCTAssertEqual(names.count, Set(names).count, "duplicate renderer names: \(names)")
        for expected in ["json", "jsonl", "text", "markdown"] {
            XCTAssertTrue(names.contains(expected), "registry lacks \(expected): \(names)")
        }
        for renderer in DocumentRendererRegistry.all {
            XCTAssertFalse(renderer.name.isEmpty, "renderer with an empty name")
            XCTAssertFalse(renderer.fileExtension.isEmpty, "\(renderer.name): empty file extension")
            XCTAssertFalse(renderer.fileExtension.hasPrefix("."), "\(renderer.name): extension with a dot")
            XCTAssertFalse(renderer.fileExtension.contains("/"), "\(renderer.name): extension with a slash")
            XCTAssertEqual(DocumentRendererRegistry.renderer(named: renderer.name)?.name, renderer.name, "\(renderer.name): lookup")
        }
        XCTAssertNil(DocumentRendererRegistry.renderer(named: "nope"))
        XCTAssertNil(DocumentRendererRegistry.renderer(named: "JSON"), "names are case-sensitive")
    }

    /// Every renderer, every input shape: renders without throwing, shows the title and the body.
    func testEveryRendererOnEveryDocument() throws {
        for renderer in DocumentRendererRegistry.all {
            for (label, document) in [("document", Self.document), ("minimal", Self.minimal)] {
                let output = try renderer.render(document)
                XCTAssertFalse(output.isEmpty, "\(renderer.name)/\(label): empty output")
                if let title = document.notice.title {
                    XCTAssertTrue(output.contains(title), "\(renderer.name)/\(label): title missing")
                }
                XCTAssertTrue(output.contains(label == "minimal" ? "只有正文。" : "各区、县(市)科技部门"),
                              "\(renderer.name)/\(label): body missing")
                XCTAssertEqual(try renderer.render(document), output, "\(renderer.name)/\(label): not deterministic")
            }
            let stream = try renderer.render(stream: [Self.document, Self.minimal])
            XCTAssertTrue(stream.contains("只有正文。") && stream.contains("各区、县(市)科技部门"),
                          "\(renderer.name): stream lacks a document")
            let listing = try renderer.render(Self.listing)
            XCTAssertTrue(listing.contains("2023年全市科技工作要点"), "\(renderer.name): listing lacks entry 1")
            XCTAssertTrue(listing.contains("http://kjj.example.gov.cn/art/2023/2.html"), "\(renderer.name): listing lacks entry 2 url")
        }
    }

    // MARK: json / jsonl

    func testJSONRoundTrips() throws {
        for (label, document) in [("document", Self.document), ("hostile", Self.hostile), ("minimal", Self.minimal)] {
            for name in ["json", "jsonl"] {
                let output = try renderer(name).render(document)
                let decoded = try JSONDecoder().decode(IngestedDocument.self, from: Data(output.utf8))
                XCTAssertEqual(decoded, document, "\(name)/\(label): does not decode back to the same document")
            }
        }
    }

    func testJSONFieldNamesAndForms() throws {
        let output = try renderer("json").render(Self.document)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        XCTAssertEqual(object["schemaVersion"] as? Int, IngestedDocument.currentSchemaVersion, "schemaVersion")
        let notice = try XCTUnwrap(object["notice"] as? [String: Any], "notice")
        XCTAssertEqual(notice["publishDate"] as? String, "2018-04-16", "publishDate is YYYY-MM-DD")
        XCTAssertEqual(notice["signedDate"] as? String, "2018-03-15", "signedDate is YYYY-MM-DD")
        XCTAssertEqual(notice["docNumber"] as? String, "绍市科〔2018〕19号", "docNumber")
        XCTAssertTrue(output.contains("关于印发《2018年全市科技创新工作要点》的通知"), "Chinese is written as is, not \\u-escaped")
        XCTAssertTrue(output.contains("http://kjj.sx.gov.cn/att/"), "slashes are not escaped")
        XCTAssertTrue(output.contains("\n"), "json is pretty-printed")
    }

    func testJSONLinesIsOneLinePerDocument() throws {
        let jsonl = try renderer("jsonl")
        for (label, document) in [("document", Self.document), ("hostile", Self.hostile), ("minimal", Self.minimal)] {
            let output = try jsonl.render(document)
            XCTAssertFalse(output.contains("\n"), "jsonl/\(label): more than one line")
            XCTAssertFalse(output.contains("\r"), "jsonl/\(label): carriage return")
        }
        for name in ["json", "jsonl"] {
            let stream = try renderer(name).render(stream: [Self.document, Self.hostile, Self.minimal])
            let lines = stream.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(lines.count, 3, "\(name) stream: one line per document")
            let decoded = try lines.map { try JSONDecoder().decode(IngestedDocument.self, from: Data($0.utf8)) }
            XCTAssertEqual(decoded, [Self.document, Self.hostile, Self.minimal], "\(name) stream: documents in order")
        }
    }

    // MARK: markdown

    func testMarkdownEscapesMarkup() throws {
        let output = try renderer("markdown").render(Self.hostile)
        let lines = output.components(separatedBy: "\n")
        XCTAssertTrue(output.hasPrefix("# "), "markdown starts with a heading: «\(lines.first ?? "")»")
        XCTAssertFalse(output.contains("<script>"), "markdown keeps a raw <script>: «\(output)»")
        XCTAssertTrue(lines.first?.contains("&lt;script&gt;") == true, "title <script> not escaped: «\(lines.first ?? "")»")
        XCTAssertTrue(lines.first?.contains("\\[链接\\]") == true, "title link syntax not escaped: «\(lines.first ?? "")»")
        XCTAssertTrue(lines.first?.contains("\\*重要\\*") == true, "title emphasis not escaped: «\(lines.first ?? "")»")
        XCTAssertFalse(lines.dropFirst().contains { $0.hasPrefix("#") }, "a body line reads as a heading")
        XCTAssertTrue(output.contains("&amp;"), "& not escaped")
    }

    func testMarkdownDocument() throws {
        let output = try renderer("markdown").render(Self.document)
        let lines = output.components(separatedBy: "\n")
        XCTAssertEqual(lines.first, "# 关于印发《2018年全市科技创新工作要点》的通知")
        XCTAssertTrue(lines.contains("| 发文字号 | 绍市科〔2018〕19号 |"), "metadata table lacks 发文字号: \(lines)")
        XCTAssertTrue(lines.contains("| 成文日期 | 2018-03-15 |"), "metadata table lacks 成文日期")
        XCTAssertTrue(lines.contains("| 发布日期 | 2018-04-16 |"), "metadata table lacks 发布日期")
        XCTAssertTrue(lines.contains("- [附件1.工作要点.docx](<http://kjj.sx.gov.cn/att/附件1.docx>)"), "attachment link: \(lines)")
        XCTAssertTrue(output.contains(MarkdownTestText.sourceComment(Self.document)), "source comment")
        let untitled = try renderer("markdown").render(Self.minimal)
        XCTAssertTrue(untitled.hasPrefix("# "), "untitled markdown still starts with a heading")
    }

    func testMarkdownListing() throws {
        let output = try renderer("markdown").render(Self.listing)
        let lines = output.components(separatedBy: "\n")
        XCTAssertEqual(lines.prefix(2), ["| 日期 | 标题 |", "| --- | --- |"], "table head")
        XCTAssertTrue(lines.contains("| 2023-02-01 | [2023年全市科技工作要点](<http://kjj.example.gov.cn/art/2023/1.html>) |"),
                      "entry 1 row: \(lines)")
        XCTAssertFalse(output.contains("<b>"), "entry title markup not escaped")
        XCTAssertTrue(lines.contains("下一页: <http://kjj.example.gov.cn/col/index_1.html>"), "next page")
    }

    // MARK: text

    func testTextDocument() throws {
        let output = try renderer("text").render(Self.document)
        let lines = output.components(separatedBy: "\n")
        XCTAssertEqual(lines.first, "关于印发《2018年全市科技创新工作要点》的通知", "first line is the title")
        for expected in ["发文字号:绍市科〔2018〕19号", "发布机构:绍兴市科学技术局", "成文日期:2018-03-15", "发布日期:2018-04-16",
                         "索引号:002703451/2018-00137", "各区、县(市)科技部门:", "附件:附件1.工作要点.docx http://kjj.sx.gov.cn/att/附件1.docx"] {
            XCTAssertTrue(lines.contains(expected), "text lacks line «\(expected)»: \(lines)")
        }
        let untitled = try renderer("text").render(Self.minimal)
        XCTAssertFalse(untitled.contains("发文字号"), "no 发文字号 line without a doc number")
    }

    func testTextListing() throws {
        let output = try renderer("text").render(Self.listing)
        let lines = output.components(separatedBy: "\n")
        XCTAssertEqual(lines.count, 3, "two entries and the next page: \(lines)")
        XCTAssertEqual(lines.first, "2023-02-01\t2023年全市科技工作要点\thttp://kjj.example.gov.cn/art/2023/1.html")
        XCTAssertEqual(lines.last, "下一页\thttp://kjj.example.gov.cn/col/index_1.html")
        XCTAssertEqual(lines[1].split(separator: "\t").count, 3, "undated entry keeps three columns: «\(lines[1])»")
    }

    // MARK: listing json

    func testListingJSON() throws {
        let json = try renderer("json").render(Self.listing)
        XCTAssertEqual(try JSONDecoder().decode(ListingPage.self, from: Data(json.utf8)), Self.listing, "json listing round trip")
        let jsonl = try renderer("jsonl").render(Self.listing)
        let lines = jsonl.split(separator: "\n")
        XCTAssertEqual(lines.count, Self.listing.entries.count, "jsonl listing: one line per entry")
        let entries = try lines.map { try JSONDecoder().decode(ListingEntry.self, from: Data($0.utf8)) }
        XCTAssertEqual(entries, Self.listing.entries, "jsonl listing entries")
    }

    // MARK: atomic writer

    func testAtomicWriterReplacesAndLeavesNoTemporaries() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("a.json").path
        try AtomicFileWriter.write("first", toPath: path)
        try AtomicFileWriter.write("第二", toPath: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "第二")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["a.json"])
        XCTAssertThrowsError(try AtomicFileWriter.write("x", toPath: directory.appendingPathComponent("missing/b.json").path),
                             "writing into a missing directory")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["a.json"], "temporary left behind")
    }
}

enum MarkdownTestText {
    static func sourceComment(_ document: IngestedDocument) -> String {
        "<!-- source: \(document.source.uri) sha256: \(document.source.sha256) -->"
    }
}
