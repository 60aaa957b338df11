import Foundation
import XCTest
import YaodianIngest
import YaodianModel

/// The json and jsonl renderers write documents by hand (no JSONEncoder); their bytes must stay
/// exactly what JSONEncoder gives with the same options, field by field.
final class DocumentJSONTests: XCTestCase {
    /// Every optional filled, every array non-empty (and one empty), strings that need escapes.
    static let full: IngestedDocument = {
        let awkward = "引号\"反斜杠\\/斜杠\t制表\n换行\r回车\u{08}\u{0C}\u{01}\u{1F}\u{7F}😀"
        let target = Target(id: "S1.I1.T1", itemId: "S1.I1", text: "净增高新技术企业850家以上", clause: awkward,
                            metric: "高新技术企业", kind: .increment, comparator: .atLeast, value: 850, valueMax: 1.5e300,
                            unit: "家", unitImplied: "家", normalizedValue: 0.000012, normalizedUnit: "元",
                            qualifier: "力争", qualifierInherited: true, approx: true, scope: "全市", parentId: "S1.I1.T0")
        let bare = Target(id: "P.T1", itemId: "P", text: "增长8%", clause: "增长8%", metric: "增长", kind: .growthRate,
                          comparator: .equal, value: -0.5, unit: nil)
        let figure = ReportedFigure(id: "S1.F1", itemId: "S1", text: "139.5亿元", metric: "增加值", value: 139.5, unit: "亿元",
                                    period: "1-5月", kind: .actual, approx: true)
        let item = PlanItem(id: "S1.I1", number: "1", title: "加快培育。", text: awkward,
                            items: [PlanItem(id: "S1.I1.1", number: "(1)", title: "子项", text: "子项。")])
        let section = PlanSection(id: "S1", number: "一", level: 1, title: "总体要求", text: ["段落", awkward],
                                  sections: [PlanSection(id: "S1.1", number: "(一)", level: 2, title: "小节")], items: [item])
        let plan = Plan(kind: .workPlan, title: "2023年工作要点", year: 2023, region: "宁波", issuer: "宁波市科技局",
                        wrapper: NoticeWrapper(title: "关于印发的通知", addressees: "各区县", text: ["现印发。"], issuer: "科技局",
                                               date: CalendarDate(year: 2023, month: 3, day: 1)),
                        preamble: ["总体思路"], sections: [section], targets: [target, bare], figures: [figure])
        return IngestedDocument(
            source: SourceInfo(uri: "/pages/a \"b\".html", sha256: String(repeating: "ab", count: 32), encoding: "gb18030",
                               declaredCharset: "gb2312", encodingSource: "meta", replacedBytes: -12,
                               warnings: ["w1", awkward]),
            notice: Notice(title: awkward, publishDate: CalendarDate(year: 2018, month: 4, day: 16),
                           signedDate: CalendarDate(year: 2018, month: 3, day: 5), issuer: "局", docNumber: "绍市科〔2018〕19号",
                           indexNumber: "0027/2018-00137",
                           attachments: [Attachment(title: "附件1", url: "http://x.gov.cn/a b/附件.docx")],
                           body: ["", awkward, "第二段"]),
            plan: plan)
    }()

    /// Only the required fields: every optional absent, every array empty.
    static let empty = IngestedDocument(
        source: SourceInfo(uri: "", sha256: "", encoding: "utf-8", encodingSource: "detected"),
        notice: Notice(),
        plan: Plan(kind: .halfYearSummary))

    static func encoded(_ document: IngestedDocument, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    func renderer(_ name: String) throws -> any DocumentRenderer {
        try XCTUnwrap(DocumentRendererRegistry.renderer(named: name))
    }

    func testSameBytesAsJSONEncoder() throws {
        for document in [Self.full, Self.empty, IngestedDocument(source: Self.full.source, notice: Self.full.notice)] {
            XCTAssertEqual(try renderer("json").render(document), try Self.encoded(document, pretty: true))
            XCTAssertEqual(try renderer("jsonl").render(document), try Self.encoded(document, pretty: false))
        }
    }

    func testDoublesAsJSONEncoderWritesThem() throws {
        for value in [0, -0.0, 1, 850, 1e16, 1.5e300, 0.1, 0.000012, 123456789.125, -3.75, Double.leastNonzeroMagnitude] {
            var document = Self.empty
            document.plan?.targets = [Target(id: "T", itemId: "P", text: "", clause: "", metric: "", kind: .total,
                                             comparator: .equal, value: value, unit: nil)]
            XCTAssertEqual(try renderer("json").render(document), try Self.encoded(document, pretty: true), "\(value)")
        }
    }

    /// NaN has no JSON form: the renderer fails as JSONEncoder does instead of writing something.
    func testNonFiniteNumberFailsLikeJSONEncoder() throws {
        var document = Self.empty
        document.plan?.figures = [ReportedFigure(id: "F", itemId: "P", text: "", metric: "", value: .nan, unit: nil,
                                                 period: "", kind: .growth)]
        XCTAssertThrowsError(try Self.encoded(document, pretty: true))
        XCTAssertThrowsError(try renderer("json").render(document))
    }

    /// The hand-written writer names every stored property; a new model field must be added there
    /// (Sources/YaodianIngest/JSON/DocumentJSON.swift) and its count here.
    func testWriterKnowsEveryModelField() throws {
        let plan = try XCTUnwrap(Self.full.plan)
        let counts: [(Any, Int)] = [
            (Self.full, 4), (Self.full.source, 7), (Self.full.notice, 8), (Self.full.notice.attachments[0], 2),
            (plan, 10), (try XCTUnwrap(plan.wrapper), 5), (plan.sections[0], 7), (plan.sections[0].items[0], 5),
            (plan.targets[0], 18), (plan.figures[0], 9),
        ]
        for (value, count) in counts {
            XCTAssertEqual(Mirror(reflecting: value).children.count, count, "\(type(of: value)) gained or lost a field")
        }
    }

    /// Real pages and plans give the same bytes both ways.
    func testFixturePagesMatchJSONEncoder() throws {
        var checked = 0
        for folder in ["html", "real", "plan-gold"] {
            let directory = try FixtureFiles.url(folder, "")
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            where name.hasSuffix(".html") || name.hasSuffix(".txt") {
                let document = try Ingester().ingestFile(atPath: directory.appendingPathComponent(name).path)
                XCTAssertEqual(try renderer("json").render(document), try Self.encoded(document, pretty: true), name)
                XCTAssertEqual(try renderer("jsonl").render(document), try Self.encoded(document, pretty: false), name)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 15)
    }
}
