import Foundation
import XCTest
import YaodianIngest
import YaodianModel

/// `.txt` and `.md` documents through the public `Ingester`: small documents written here, plus
/// seed 002 (../shared/seeds/002_90fb374d0d35244d.txt, copied to Fixtures/unit) as saved page text.
final class PlainTextTests: XCTestCase {
    struct Row: Sendable {
        var name: String
        var kind: InputKind
        var text: String
        var title: String?
        var docNumber: String?
        var signedDate: String?
        var issuer: String?
        /// The first body paragraph, exactly.
        var firstParagraph: String
        /// Paragraphs that must be in the body, exactly.
        var paragraphs: [String] = []
        /// Substrings no body paragraph may contain.
        var forbidden: [String] = []
    }

    static let notice = """
    关于开展2023年度科技计划项目申报工作的通知
    发文字号：绍市科〔2023〕5号

    各区、县（市）科技局，市直各有关单位：
    为深入实施创新驱动发展战略，现将2023年度科技计划项目申报工作有关事项通知如下。
    一、申报范围
    本年度重点支持关键核心技术攻关、科技成果转化和创新平台建设。
    二、申报时间
    申报截止日期为2023年5月31日，逾期不予受理。
    特此通知。

    绍兴市科学技术局
    2023年4月10日

    """

    static let indentedNotice = """
    宁波市科学技术局关于组织申报2023年度重点研发计划项目的通知

    甬科计〔2023〕12号

    各区（县、市）科技局，各有关单位：
    \u{3000}\u{3000}为加快推进科技创新，现就组织申报2023年度重点研发计划项目有关事项通知如下。
    \u{3000}\u{3000}一、请各单位认真组织申报，确保材料真实有效。
    \u{3000}\u{3000}二、申报材料请于2023年5月31日前报送。

    \u{3000}\u{3000}\u{3000}\u{3000}宁波市科学技术局
    \u{3000}\u{3000}\u{3000}\u{3000}二〇二三年四月十日

    """

    static let markdownPlan = """
    <!-- 草稿：内部讨论稿 -->
    # 2023年全市科技创新工作要点

    2023年全市科技工作的总体要求是：坚持**创新驱动**发展，加快建设创新型城市。

    ## 一、强化企业创新主体地位

    - 新增**高新技术企业**100家以上。
    - 规上工业企业研发投入增长10%。

    ## 二、加快创新平台建设

    * 推进实验室体系建设，争创省级重点实验室1家。
    * 建设__产业创新服务综合体__3家。

    宁波市科学技术局
    2023年2月1日

    """

    static let markdownWithBlocks = """
    # 关于印发《2024年全市科技工作要点》的通知

    <!--
    审核意见：请办公室核对数字。
    -->

    各县（市、区）科技局，局机关各处室：
    现将《2024年全市科技工作要点》印发给你们，请结合实际认真贯彻落实。

    ```text
    这是代码块，不是正文。
    ```

    宁波市科学技术局
    2024年3月1日

    """

    static let rows: [Row] = [
        Row(name: "text-notice-labelled-doc-number", kind: .text, text: notice,
            title: "关于开展2023年度科技计划项目申报工作的通知", docNumber: "绍市科〔2023〕5号", signedDate: "2023-04-10",
            issuer: "绍兴市科学技术局", firstParagraph: "各区、县（市）科技局，市直各有关单位：",
            paragraphs: ["为深入实施创新驱动发展战略，现将2023年度科技计划项目申报工作有关事项通知如下。", "一、申报范围", "特此通知。"],
            forbidden: ["发文字号", "关于开展2023年度科技计划项目申报工作的通知"]),
        Row(name: "text-notice-bare-doc-number-chinese-date", kind: .text, text: indentedNotice,
            title: "宁波市科学技术局关于组织申报2023年度重点研发计划项目的通知", docNumber: "甬科计〔2023〕12号",
            signedDate: "2023-04-10", issuer: "宁波市科学技术局", firstParagraph: "各区（县、市）科技局，各有关单位：",
            paragraphs: ["为加快推进科技创新，现就组织申报2023年度重点研发计划项目有关事项通知如下。", "二、申报材料请于2023年5月31日前报送。"],
            forbidden: ["甬科计〔2023〕12号", "\u{3000}"]),
        Row(name: "markdown-plan", kind: .markdown, text: markdownPlan,
            title: "2023年全市科技创新工作要点", docNumber: nil, signedDate: "2023-02-01", issuer: "宁波市科学技术局",
            firstParagraph: "2023年全市科技工作的总体要求是：坚持创新驱动发展，加快建设创新型城市。",
            paragraphs: ["一、强化企业创新主体地位", "新增高新技术企业100家以上。", "规上工业企业研发投入增长10%。",
                         "二、加快创新平台建设", "推进实验室体系建设，争创省级重点实验室1家。", "建设产业创新服务综合体3家。"],
            forbidden: ["**", "__", "#", "<!--", "草稿", "- ", "* "]),
        Row(name: "markdown-multiline-comment-and-fence", kind: .markdown, text: markdownWithBlocks,
            title: "关于印发《2024年全市科技工作要点》的通知", docNumber: nil, signedDate: "2024-03-01", issuer: "宁波市科学技术局",
            firstParagraph: "各县（市、区）科技局，局机关各处室：",
            paragraphs: ["现将《2024年全市科技工作要点》印发给你们，请结合实际认真贯彻落实。"],
            forbidden: ["审核意见", "-->", "<!--", "代码块", "```"]),
    ]

    func testRows() {
        for row in Self.rows {
            check(row, bytes: Array(row.text.utf8), uri: "\(row.name).\(row.kind == .markdown ? "md" : "txt")")
        }
    }

    /// The same documents saved with CRLF line ends read the same.
    func testRowsWithCRLF() {
        for row in Self.rows {
            let crlf = row.text.replacingOccurrences(of: "\n", with: "\r\n")
            check(row, bytes: Array(crlf.utf8), uri: "\(row.name)-crlf.\(row.kind == .markdown ? "md" : "txt")")
        }
    }

    private func check(_ row: Row, bytes: [UInt8], uri: String) {
        let document: IngestedDocument
        do {
            document = try Ingester().ingest(bytes: bytes, uri: uri, kind: row.kind)
        } catch {
            XCTFail("\(uri): threw \(error)")
            return
        }
        let notice = document.notice
        XCTAssertEqual(notice.title, row.title, "\(uri): title")
        XCTAssertEqual(notice.docNumber, row.docNumber, "\(uri): docNumber")
        XCTAssertEqual(notice.signedDate?.description, row.signedDate, "\(uri): signedDate")
        XCTAssertEqual(notice.issuer, row.issuer, "\(uri): issuer")
        XCTAssertEqual(notice.body.first, row.firstParagraph, "\(uri): first paragraph; body starts \(notice.body.prefix(3))")
        for paragraph in row.paragraphs {
            XCTAssertTrue(notice.body.contains(paragraph), "\(uri): body lacks paragraph «\(paragraph)»; body: \(notice.body)")
        }
        for needle in row.forbidden {
            for paragraph in notice.body where paragraph.contains(needle) {
                XCTFail("\(uri): body paragraph contains «\(needle)»: «\(paragraph)»")
            }
        }
        XCTAssertFalse(notice.body.contains { $0.isEmpty }, "\(uri): empty paragraph in body")
        XCTAssertEqual(document.source.uri, uri, "\(uri): source.uri")
        XCTAssertEqual(document.source.encoding, "utf-8", "\(uri): encoding")
    }

    // MARK: inputs with no document

    struct RejectRow: Sendable {
        var name: String
        var kind: InputKind
        var text: String
        var expected: IngestError
    }

    static let rejectRows: [RejectRow] = [
        RejectRow(name: "blank.txt", kind: .text, text: "\n\n   \n", expected: .empty(input: "blank.txt")),
        RejectRow(name: "comment-only.md", kind: .markdown, text: "<!-- 待补充 -->\n\n", expected: .empty(input: "comment-only.md")),
        RejectRow(name: "fence-only.md", kind: .markdown, text: "```\n代码\n```\n", expected: .empty(input: "fence-only.md")),
        RejectRow(name: "title-only.txt", kind: .text, text: "关于印发工作要点的通知\n", expected: .noBody(input: "title-only.txt")),
    ]

    func testRejectedDocuments() {
        for row in Self.rejectRows {
            XCTAssertThrowsError(try Ingester().ingest(bytes: Array(row.text.utf8), uri: row.name, kind: row.kind),
                                 "\(row.name): ingested") { error in
                XCTAssertEqual(error as? IngestError, row.expected, "\(row.name): error")
            }
        }
    }

    // MARK: seed 002

    static let seedFile = "002_90fb374d0d35244d.txt"

    func testSeed002AsText() throws {
        let url = try FixtureFiles.url("unit", Self.seedFile)
        let bytes = try [UInt8](Data(contentsOf: url))
        let document = try Ingester().ingest(bytes: bytes, uri: Self.seedFile, kind: .text)
        let notice = document.notice
        let label = Self.seedFile
        XCTAssertEqual(notice.title, "关于印发《2018年全市科技创新工作要点》的通知", "\(label): title")
        XCTAssertEqual(notice.publishDate?.description, "2018-04-16", "\(label): publishDate")
        XCTAssertEqual(notice.docNumber, "绍市科〔2018〕19号", "\(label): docNumber")
        // ../shared/gold/002_90fb374d0d35244d.gold.json: signed 绍兴市科学技术局 2018年3月15日.
        XCTAssertEqual(notice.signedDate?.description, "2018-03-15", "\(label): signedDate")
        // The page's 信息来源 line says 市科技局; the fixture gold for seed 002 accepts all three names.
        let acceptedIssuers = ["绍兴市科学技术局", "绍兴市科技局", "市科技局"]
        XCTAssertTrue(notice.issuer.map(acceptedIssuers.contains) == true, "\(label): issuer \(notice.issuer ?? "nil")")
        XCTAssertEqual(document.source.sha256, "b38c6c4a7f60efddf237499bf92751e8fee13ff1db7754830487cd158007930a", "\(label): sha256")

        let first = try XCTUnwrap(notice.body.first, "\(label): empty body")
        XCTAssertTrue(first.hasPrefix("各区、县(市)"), "\(label): first paragraph «\(first)»")
        XCTAssertTrue(notice.body.contains { $0.hasPrefix("21. 持续加强作风建设") }, "\(label): item 21 missing")
        XCTAssertTrue(notice.body.contains("一、融入湾区战略,优化重大创新平台布局"), "\(label): section 一 missing")

        let chrome = ["所在位置", "信息来源", "【打印本页】", "【关闭窗口】", "Produced By", "发布日期", "访问次数"]
        for (index, paragraph) in notice.body.enumerated() {
            for marker in chrome where paragraph.contains(marker) {
                XCTFail("\(label): chrome «\(marker)» in body paragraph \(index): «\(paragraph)»")
            }
            XCTAssertNotEqual(paragraph, "绍市科〔2018〕19号", "\(label): doc number line kept in the body at \(index)")
            XCTAssertNotEqual(paragraph, notice.title, "\(label): title repeated in the body at \(index)")
        }
    }

    /// `ingestFile` picks the kind from the extension: the same result as ingesting the bytes as .text.
    func testSeed002FileMatchesBytes() throws {
        let url = try FixtureFiles.url("unit", Self.seedFile)
        let fromFile = try Ingester().ingestFile(atPath: url.path)
        let fromBytes = try Ingester().ingest(bytes: [UInt8](Data(contentsOf: url)), uri: url.path, kind: .text)
        XCTAssertEqual(fromFile.notice, fromBytes.notice)
        XCTAssertEqual(InputKind(path: url.path), .text)
        XCTAssertEqual(InputKind(path: "plan.MD"), .markdown)
        XCTAssertEqual(InputKind(path: "page.shtml"), .html)
    }
}
