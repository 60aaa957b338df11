import Foundation
import XCTest
import YaodianModel
import YaodianParse

/// The real 政府工作报告 of ../shared/corpus/plans (copied into Fixtures/plans): a review part whose
/// numbers are reported figures of the past year and a plan part whose numbers are targets. No gold
/// exists for them; these rows were checked by hand against the text.
final class WorkReportTests: XCTestCase {
    static let reports = [
        "beijing-2026-gov-work-report.txt", "binzhou-2024-gov-work-report.txt", "dazhou-2024-gov-work-report.txt",
        "ezhou-2024-gov-work-report.txt", "nyingchi-2024-gov-work-report.txt", "xilingol-2024-gov-work-report.txt",
    ]

    private func plan(_ file: String) throws -> Plan {
        let url = try PlanGold.fixtures().appendingPathComponent("plans").appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        return try XCTUnwrap(PlanParser.parse(text: text), "\(file): not read as a plan")
    }

    func testReviewPartsReportFiguresAndPlanPartsSetTargets() throws {
        for file in Self.reports {
            let plan = try plan(file)
            let review = try XCTUnwrap(plan.sections.first { $0.title.contains("工作回顾") }, "\(file): no 工作回顾 part")
            XCTAssertFalse(plan.figures.isEmpty, "\(file): no figures")
            XCTAssertFalse(plan.targets.isEmpty, "\(file): no targets")
            XCTAssertFalse(plan.targets.contains { $0.itemId == review.id || $0.itemId.hasPrefix(review.id + ".") },
                           "\(file): a target in the review part")
            let year = review.title.prefix(5)
            XCTAssertTrue(plan.figures.contains { $0.period == String(year) }, "\(file): no figure dated \(year)")
        }
    }

    func testTargetsCheckedByHand() throws {
        let rows: [(file: String, text: String, kind: TargetKind, comparator: YaodianModel.Comparator, value: Double, unit: String?)] = [
            ("xilingol-2024-gov-work-report.txt", "地区生产总值增长6%左右", .growthRate, .equal, 6, "%"),
            ("xilingol-2024-gov-work-report.txt", "力争实际网办率达到75%以上", .share, .atLeast, 75, "%"),
            ("xilingol-2024-gov-work-report.txt", "确保新提限纳统工业企业12户以上", .total, .atLeast, 12, "户"),
            ("beijing-2026-gov-work-report.txt", "城镇调查失业率控制在5%以内", .share, .atMost, 5, "%"),
            ("binzhou-2024-gov-work-report.txt", "引育科技领军人才200名以上", .increment, .atLeast, 200, "名"),
            ("ezhou-2024-gov-work-report.txt", "一般公共预算收入增长10%以上", .growthRate, .atLeast, 10, "%"),
        ]
        for row in rows {
            let plan = try plan(row.file)
            guard let target = plan.targets.first(where: { $0.text.hasSuffix(row.text) }) else {
                XCTFail("\(row.file): no target «\(row.text)»")
                continue
            }
            XCTAssertEqual(target.kind, row.kind, "\(row.text): kind")
            XCTAssertEqual(target.comparator, row.comparator, "\(row.text): comparator")
            XCTAssertEqual(target.value, row.value, "\(row.text): value")
            XCTAssertEqual(target.unit, row.unit, "\(row.text): unit")
        }
    }
}
