import Foundation
import XCTest
import YaodianIngest
import YaodianModel

/// `.docx` input: the fixtures written by Fixtures/docx/make_fixtures.py, read paragraph by paragraph
/// (numbers, automatic labels, tracked changes, tables) and ingested into notices and plans.
final class DocxTests: XCTestCase {
    static func fixture(_ name: String) throws -> URL {
        try FixtureFiles.url("docx", name)
    }

    static func read(_ name: String) throws -> DocxDocument {
        try DocxReader.read([UInt8](try Data(contentsOf: try fixture(name))), input: name)
    }

    // MARK: paragraphs

    func testThreeLevelsOfAutomaticNumbering() throws {
        let document = try Self.read("three_levels.docx")
        XCTAssertEqual(document.title, "文档1", "dc:title as stored; ingest ignores such template defaults")
        let expected: [(String, String?)] = [
            ("2023年科技工作要点", nil),
            ("一、加强科技创新", "一、"), ("（一）强化企业主体", "（一）"), ("1.培育高新技术企业。", "1."),
            ("2.壮大科技型中小企业。", "2."), ("（二）建设创新平台", "（二）"), ("1.建设重点实验室。", "1."),
            ("二、深化开放合作", "二、"), ("（一）推进区域合作", "（一）"), ("1.共建科技飞地。", "1."),
            // A second w:num of the same list with a startOverride restarts level 3, then counts on.
            ("1.重新编号的条目。", "1."), ("2.接着编号的条目。", "2."),
            // Bullets are not numbers.
            ("要点一", nil), ("要点二", nil),
            // Legal Chinese numerals with a space suffix; enclosed circles starting at 9.
            ("第壹条 壹级条目", "第壹条 "), ("⑨带圈条目", "⑨"), ("⑩带圈条目", "⑩"),
            // numId 0 switches numbering off.
            ("取消编号", nil),
        ]
        XCTAssertEqual(document.paragraphs.map(\.number), Array(1...expected.count))
        XCTAssertEqual(document.paragraphs.map(\.text), expected.map(\.0))
        XCTAssertEqual(document.paragraphs.map(\.label), expected.map(\.1))
        XCTAssertEqual(document.paragraphs.first?.isCentered, true)
        XCTAssertEqual(document.paragraphs.first?.style, "Normal", "the default paragraph style")
    }

    func testNumberFormats() throws {
        let labels = try Self.read("counting.docx").paragraphs.map { $0.label ?? "-" }
        let digits = Array("一二三四五六七八九")
        let counting = (1...99).map { value -> String in
            let tens = value / 10, ones = value % 10
            let head = tens == 0 ? "" : (tens == 1 ? "十" : "\(digits[tens - 1])十")
            return head + (ones == 0 ? "" : String(digits[ones - 1])) + "、"
        }
        XCTAssertEqual(Array(labels.prefix(99)), counting)
        XCTAssertEqual([labels[0], labels[9], labels[10], labels[19], labels[20], labels[98]],
                       ["一、", "十、", "十一、", "二十、", "二十一、", "九十九、"])
        XCTAssertEqual(Array(labels.dropFirst(99)), [
            "一百零一)", "一百一十)", "１２)", "aa)", "B)", "iv)", "MCMXCIV)", "丙)", "㉑)", "07)",
            // isLgl renders the chapter number of `%1.%2` in digits; a `none` level shows its text only.
            "第一章", "1.1", "1.2", "第二章", "2.1", "附",
            // lvlRestart 0: the level never restarts when a higher level is used.
            "一、", "1.", "2.", "二、", "3.",
            // A start of Int.max is held to Word's 32767; letters that long are shown as digits.
            "32767)", "32768)",
        ])
    }

    func testWPSNoticeParagraphs() throws {
        let document = try Self.read("wps_notice.docx")
        XCTAssertEqual(document.title, "WPS文字")
        let texts = [
            "", // a floating text box only: its text is not body text, the paragraph still counts
            "关于做好2023年度科技创新券兑付工作的通知",
            "绍市科〔2023〕8号",
            "各区、县（市）科技局，市直各有关单位：",
            "\u{3000}\u{3000}为进一步发挥科技创新券作用，现将有关事项通知如下。",
            "\u{3000}\u{3000}一、兑付范围",
            // Tracked insertion kept, tracked deletion and hidden text left out.
            "\u{3000}\u{3000}2022年度使用科技创新券的科技型中小企业。",
            "\u{3000}\u{3000}二、兑付额度",
            "\u{3000}\u{3000}单个企业兑付额度不超过30万元。\n全市兑付总额控制在5000万元以内。",
            "序号", "区、县（市）", "额度（万元）", "1", "越城区", "800", "2", "柯桥区", "1200",
            "\u{3000}\u{3000}三、工作要求",
            // w:sym Symbol F0B3 is ≥; a HYPERLINK field shows its result, not its code.
            "\u{3000}\u{3000}企业自筹资金比例≥50%，请登录浙江政务服务网申报。",
            "联系人：王明\t联系电话：0575-85123456",
            "", // a page break alone
            "",
            "绍兴市科学技术局",
            "2023年3月1日",
        ]
        XCTAssertEqual(document.paragraphs.map(\.text), texts)
        XCTAssertEqual(document.paragraphs.map(\.number), Array(1...texts.count))
        XCTAssertTrue(document.paragraphs.allSatisfy { $0.label == nil }, "typed-in numbers are text, not labels")
        let cells = document.paragraphs.compactMap { paragraph in paragraph.cell.map { (paragraph.number, $0) } }
        XCTAssertEqual(cells.map(\.0), Array(10...18))
        XCTAssertEqual(cells.map(\.1), (0..<3).flatMap { row in (0..<3).map { DocxCell(table: 0, row: row, column: $0) } })
    }

    func testSeed000ParagraphsAreTheSeedLines() throws {
        let document = try Self.read("seed000_autonumbered.docx")
        XCTAssertEqual(document.title, "宁波市科学技术局2019年工作要点", "the stale dc:title, as stored")
        let seed = try String(contentsOf: try FixtureFiles.url("plan-gold", "000_0ddd3b6edccb6d9b.txt"), encoding: .utf8)
        let numbered = seed.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.range(of: #"^([一二三四五六七八九十]+、|\d+\.)"#, options: .regularExpression) != nil }
        let labelled = document.paragraphs.filter { $0.label != nil }
        XCTAssertEqual(labelled.count, 36, "8 sections and 28 items")
        XCTAssertEqual(labelled.map(\.text), numbered, "auto-numbered paragraphs read as the printed seed lines")
        XCTAssertEqual(document.paragraphs.count, 38, "title, preamble, 36 numbered paragraphs")
        XCTAssertEqual(document.paragraphs.first?.text, "宁波市科学技术局2020年工作要点")
        XCTAssertEqual(document.paragraphs.first?.style, "Title")
        XCTAssertEqual(document.paragraphs[2].label, "一、")
        XCTAssertEqual(document.paragraphs[2].style, "heading 1", "sections are numbered through their style")
        XCTAssertEqual(document.paragraphs.last?.number, 38)
        XCTAssertEqual(document.paragraphs.last?.label, "28.", "items, a list of their own, run on across sections")
    }

    // MARK: ingest

    func testSeed000PlanMatchesTheTextPlan() throws {
        let fromDocx = try Ingester().ingestFile(atPath: try Self.fixture("seed000_autonumbered.docx").path)
        let fromText = try Ingester().ingestFile(atPath: try FixtureFiles.url("plan-gold", "000_0ddd3b6edccb6d9b.txt").path)
        XCTAssertEqual(fromDocx.notice.title, "宁波市科学技术局2020年工作要点", "the title line wins over a stale dc:title")
        XCTAssertEqual(fromDocx.source.encoding, "utf-8")
        XCTAssertEqual(fromDocx.source.encodingSource, "docx")
        let docxPlan = try XCTUnwrap(fromDocx.plan)
        let textPlan = try XCTUnwrap(fromText.plan)
        XCTAssertEqual(docxPlan.kind, .workPlan)
        XCTAssertEqual(docxPlan.year, textPlan.year)
        XCTAssertEqual(docxPlan.region, textPlan.region)
        XCTAssertEqual(docxPlan.sections.count, 8)
        XCTAssertEqual(Self.outline(docxPlan.sections).count, 8 + 28, "sections and items")
        XCTAssertEqual(Self.outline(docxPlan.sections), Self.outline(textPlan.sections))
        XCTAssertEqual(docxPlan.targets.count, textPlan.targets.count)
        XCTAssertGreaterThan(docxPlan.targets.count, 15)
        XCTAssertEqual(docxPlan.targets.map(Self.summary), textPlan.targets.map(Self.summary))
    }

    func testWPSNoticeIngests() throws {
        let document = try Ingester().ingestFile(atPath: try Self.fixture("wps_notice.docx").path)
        XCTAssertEqual(document.notice.title, "关于做好2023年度科技创新券兑付工作的通知", "WPS's template title is ignored")
        XCTAssertEqual(document.notice.docNumber, "绍市科〔2023〕8号")
        XCTAssertEqual(document.notice.issuer, "绍兴市科学技术局")
        XCTAssertEqual(document.notice.publishDate, CalendarDate(year: 2023, month: 3, day: 1))
        XCTAssertEqual(document.notice.body, [
            "各区、县（市）科技局，市直各有关单位：",
            "为进一步发挥科技创新券作用，现将有关事项通知如下。",
            "一、兑付范围",
            "2022年度使用科技创新券的科技型中小企业。",
            "二、兑付额度",
            "单个企业兑付额度不超过30万元。",
            "全市兑付总额控制在5000万元以内。",
            "序号\t区、县（市）\t额度（万元）",
            "1\t越城区\t800",
            "2\t柯桥区\t1200",
            "三、工作要求",
            "企业自筹资金比例≥50%，请登录浙江政务服务网申报。",
            "联系人：王明 联系电话：0575-85123456",
            "绍兴市科学技术局",
            "2023年3月1日",
        ])
    }

    func testInputKindFromExtension() {
        XCTAssertEqual(InputKind(path: "draft.docx"), .docx)
        XCTAssertEqual(InputKind(path: "/tmp/要点.DOCX"), .docx)
        XCTAssertEqual(InputKind(path: "old.doc"), .html, "binary .doc is not read")
    }

    // MARK: bad files

    func testBadFilesGiveTypedErrors() throws {
        let rows: [(String, String)] = [
            ("not_word.docx", "the zip has no word/document.xml"),
            ("binary_doc.docx", "an old binary Word .doc, not a zip archive (save it as .docx)"),
            ("broken_xml.docx", "word/document.xml is not well-formed XML"),
        ]
        for (name, reason) in rows {
            let path = try Self.fixture(name).path
            XCTAssertThrowsError(try Ingester().ingestFile(atPath: path), name) { error in
                XCTAssertEqual(error as? IngestError, .notDocx(input: path, reason: reason), name)
                XCTAssertEqual((error as? IngestError)?.description, "\(path): not a Word .docx file: \(reason)", name)
            }
        }
        XCTAssertThrowsError(try DocxReader.read(Array("PK\u{3}\u{4} and then nothing".utf8), input: "cut.docx")) { error in
            XCTAssertEqual(error as? IngestError, .notDocx(input: "cut.docx", reason: "damaged zip archive (no zip end-of-directory record)"))
        }
        XCTAssertThrowsError(try DocxReader.read(Array("%PDF-1.7".utf8), input: "scan.docx")) { error in
            XCTAssertEqual(error as? IngestError, .notDocx(input: "scan.docx", reason: "not a zip archive"))
        }
        XCTAssertThrowsError(try Ingester().ingest(bytes: [], uri: "empty.docx", kind: .docx)) { error in
            XCTAssertEqual(error as? IngestError, .empty(input: "empty.docx"))
        }
    }

    /// Damaged downloads: every cut and a spread of flipped bytes give a document or `.notDocx`, never a crash.
    func testTruncatedAndCorruptedFilesFailCleanly() throws {
        let bytes = [UInt8](try Data(contentsOf: try Self.fixture("wps_notice.docx")))
        var variants: [[UInt8]] = stride(from: 1, to: bytes.count, by: max(1, bytes.count / 97)).map { Array(bytes.prefix($0)) }
        // Every byte of the zip's own structures (the end: directory and end record), a spread of the rest.
        let structure = bytes.count - 700
        for position in stride(from: 0, to: structure, by: 13) + Array(structure..<bytes.count) {
            for mask: UInt8 in [0xFF, 0x80] {
                var flipped = bytes
                flipped[position] ^= mask
                variants.append(flipped)
            }
        }
        for (index, variant) in variants.enumerated() {
            do {
                _ = try DocxReader.read(variant, input: "damaged.docx")
            } catch {
                guard case .notDocx(input: "damaged.docx", _) = error else {
                    return XCTFail("variant \(index): unexpected \(error)")
                }
            }
        }
    }

    // MARK: helpers

    /// Section numbers and titles, item numbers and titles, nested.
    static func outline(_ sections: [PlanSection]) -> [String] {
        sections.flatMap { section in
            ["\(section.level) \(section.number) \(section.title)"] + section.items.map { "  \($0.number) \($0.title)" }
                + outline(section.sections)
        }
    }

    static func summary(_ target: Target) -> String {
        "\(target.id) \(target.itemId) \(target.metric) \(target.kind) \(target.comparator) \(target.value) "
            + "\(target.valueMax.map { "\($0)" } ?? "-") \(target.unit ?? "-")"
    }
}

/// `yaodian-ingest` on .docx files, run as a user runs it.
extension CLITests {
    func testDocxDraftPrintsNoticeAndPlan() throws {
        let draft = try DocxTests.fixture("seed000_autonumbered.docx")
        let result = try run([draft.path, "--format", "json"])
        XCTAssertEqual(result.status, 0, "stderr: \(result.stderr)")
        let document = try JSONDecoder().decode(IngestedDocument.self, from: Data(result.stdout.utf8))
        XCTAssertEqual(document.notice.title, "宁波市科学技术局2020年工作要点")
        XCTAssertEqual(document.notice.body.first { $0.hasPrefix("一、") }, "一、助力打赢新冠肺炎疫情防控阻击战和发展总体战")
        XCTAssertEqual(document.plan?.sections.count, 8)
        XCTAssertEqual(document.plan?.year, 2020)

        let explained = try run(["--explain", draft.path])
        XCTAssertEqual(explained.status, 0, "stderr: \(explained.stderr)")
        XCTAssertTrue(explained.stdout.hasPrefix("encoding: utf-8 (docx)\n"), "«\(explained.stdout.prefix(200))»")
        XCTAssertTrue(explained.stdout.contains("T\t0\t"), "the title line is marked: «\(explained.stdout.prefix(400))»")
    }

    func testDirectoryWalkPicksDocxFiles() throws {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: input) }
        try FileManager.default.copyItem(at: try DocxTests.fixture("wps_notice.docx"), to: input.appendingPathComponent("a-notice.docx"))
        try FileManager.default.copyItem(at: try DocxTests.fixture("not_word.docx"), to: input.appendingPathComponent("b-sheet.docx"))
        // An old binary .doc is not an input of a directory walk.
        try FileManager.default.copyItem(at: try DocxTests.fixture("binary_doc.docx"), to: input.appendingPathComponent("c-old.doc"))
        let result = try run([input.path, "--format", "jsonl"])
        XCTAssertEqual(result.status, 1, "stderr: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("1 ingested, 1 failed"), "summary: «\(result.stderr)»")
        XCTAssertTrue(result.stderr.contains("b-sheet.docx: not a Word .docx file: the zip has no word/document.xml"),
                      "stderr: «\(result.stderr)»")
        XCTAssertFalse(result.stderr.contains("c-old.doc"), "stderr: «\(result.stderr)»")
        let document = try JSONDecoder().decode(IngestedDocument.self, from: Data(result.stdout.utf8))
        XCTAssertEqual(document.notice.docNumber, "绍市科〔2023〕8号")
    }
}
