import XCTest
import YaodianModel
import YaodianParse

/// The half-year summary (seed 004, 北仑, traditional characters): its reported figures with period
/// and kind, and the same result when the text is first converted to simplified.
final class SummaryFigureTests: XCTestCase {
    func testFiguresOfSeed004() throws {
        let page = try PlanGold.page(seed: "004")
        let plan = try XCTUnwrap(PlanParser.parse(paragraphs: page.paragraphs, title: page.title), "004: not read as a plan")
        XCTAssertEqual(plan.kind, .halfYearSummary)
        XCTAssertEqual(plan.year, 2020)
        XCTAssertTrue(plan.targets.isEmpty, "a summary reports figures, not targets")
        let rows: [(text: String, value: Double, unit: String?, period: String, kind: FigureKind, approx: Bool)] = [
            ("今年入庫國家科技型中小企業185家", 185, "家", "今年以来", .actual, false),
            ("1-5月區本級實現高新技術產業增加值139.5億元", 139.5, "亿元", "1-5月", .actual, false),
            ("同比增長0.6%", 0.6, "%", "1-5月", .growth, false),
            ("增速高於市平均3.4個百分點", 3.4, "个百分点", "1-5月", .growth, false),
            ("組織科創平臺服務企業700多家", 700, "家", "上半年", .actual, true),
            ("實現技術交易總額6.653億元", 6.653, "亿元", "1-5月", .actual, false),
            ("同比增長274%", 274, "%", "1-5月", .growth, false),
            ("預計到6月底可實現技術交易額8億元", 8, "亿元", "预计6月底", .forecast, false),
            ("目前入庫海內外人才668人", 668, "人", "目前", .actual, false),
        ]
        for row in rows {
            let figure = plan.figures.first { $0.text.hasSuffix(row.text) || $0.text == row.text }
            guard let figure else {
                XCTFail("004: no figure «\(row.text)»; have \(plan.figures.map(\.text))")
                continue
            }
            XCTAssertEqual(figure.value, row.value, "\(row.text): value")
            XCTAssertEqual(figure.unit, row.unit, "\(row.text): unit")
            XCTAssertEqual(figure.period, row.period, "\(row.text): period")
            XCTAssertEqual(figure.kind, row.kind, "\(row.text): kind")
            XCTAssertEqual(figure.approx, row.approx, "\(row.text): approx")
        }
    }

    /// Traditional text gives the same figures as its simplified form (OpenCC t2s).
    func testTraditionalEqualsSimplified() throws {
        let page = try PlanGold.page(seed: "004")
        let traditional = try XCTUnwrap(PlanParser.parse(paragraphs: page.paragraphs, title: page.title))
        let simplifiedParagraphs = page.paragraphs.map(ChineseScript.shared.simplified)
        let simplified = try XCTUnwrap(PlanParser.parse(paragraphs: simplifiedParagraphs,
                                                        title: page.title.map(ChineseScript.shared.simplified)))
        XCTAssertEqual(traditional.kind, simplified.kind)
        XCTAssertEqual(traditional.sections.map(\.id), simplified.sections.map(\.id))
        XCTAssertEqual(traditional.figures.count, simplified.figures.count)
        for (a, b) in zip(traditional.figures, simplified.figures) {
            XCTAssertEqual(a.id, b.id)
            XCTAssertEqual(a.value, b.value, a.text)
            XCTAssertEqual(a.unit, b.unit, a.text)
            XCTAssertEqual(a.period, b.period, a.text)
            XCTAssertEqual(a.kind, b.kind, a.text)
            XCTAssertEqual(a.metric, b.metric, a.text)
        }
    }
}
