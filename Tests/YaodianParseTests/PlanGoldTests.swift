import XCTest
import YaodianModel
import YaodianParse

/// Seeds 000 (宁波) and 002 (绍兴) against ../shared/gold: every gold target found at its place with
/// the right value, unit, comparator, kind and range end (the gold's alternatives accepted);
/// recall and precision at least 0.98. One assertion per gold target, so a regression names itself.
final class PlanGoldTests: XCTestCase {
    static let seeds: [(seed: String, gold: String)] = [
        ("000", "000_0ddd3b6edccb6d9b.gold.json"),
        ("002", "002_90fb374d0d35244d.gold.json"),
    ]

    func testTargetsAgainstGold() throws {
        for (seed, goldFile) in Self.seeds {
            let page = try PlanGold.page(seed: seed)
            let plan = try XCTUnwrap(PlanParser.parse(paragraphs: page.paragraphs, title: page.title, issuer: page.issuer),
                                     "\(seed): not read as a plan")
            let gold = try PlanGold.targets(goldFile: goldFile)
            var used: Set<String> = []
            var fieldsRight = 0
            for target in gold {
                guard let found = PlanGold.match(target, in: plan.targets, used: &used) else {
                    XCTFail("\(seed) \(target.id) «\(target.text)» at \(target.location): not found")
                    continue
                }
                var wrong: [String] = []
                if !PlanGold.accepts(target, field: "comparator", main: target.comparator, actual: found.comparator.rawValue) {
                    wrong.append("comparator \(found.comparator.rawValue) ≠ \(target.comparator)")
                }
                if !PlanGold.accepts(target, field: "kind", main: target.kind, actual: found.kind.rawValue) {
                    wrong.append("kind \(found.kind.rawValue) ≠ \(target.kind)")
                }
                if wrong.isEmpty { fieldsRight += 1 }
                XCTAssertTrue(wrong.isEmpty, "\(seed) \(target.id) «\(target.text)» → \(found.id) «\(found.text)»: \(wrong.joined(separator: ", "))")
            }
            let recall = Double(used.count) / Double(gold.count)
            let precision = plan.targets.isEmpty ? 0 : Double(used.count) / Double(plan.targets.count)
            let extras = plan.targets.filter { !used.contains($0.id) }.map { "\($0.id) «\($0.text)»" }
            XCTAssertGreaterThanOrEqual(recall, 0.98, "\(seed): recall \(used.count)/\(gold.count)")
            XCTAssertGreaterThanOrEqual(precision, 0.98, "\(seed): precision \(used.count)/\(plan.targets.count); extra: \(extras)")
            XCTAssertGreaterThanOrEqual(Double(fieldsRight) / Double(gold.count), 0.98, "\(seed): fields right \(fieldsRight)/\(gold.count)")
        }
    }
}
