import Foundation
import XCTest
import YaodianIngest
import YaodianModel

/// Seeds 000 and 002 through the whole ingest path — their HTML fixture pages (GBK, GB18030, Hanweb,
/// DedeCMS) and the seed `.txt` files — come out as plans whose targets match ../shared/gold:
/// same places, values, range ends and units, recall and precision at least 0.98, and the same
/// targets whichever input the plan came from.
final class PlanThroughIngestTests: XCTestCase {
    static let rows: [(input: String, folder: String, gold: String)] = [
        ("d09_hanweb_000.html", "html", "000_0ddd3b6edccb6d9b.gold.json"),
        ("d04_dede_000.html", "html", "000_0ddd3b6edccb6d9b.gold.json"),
        ("000_0ddd3b6edccb6d9b.txt", "plan-gold", "000_0ddd3b6edccb6d9b.gold.json"),
        ("d01_hanweb_002.html", "html", "002_90fb374d0d35244d.gold.json"),
        ("002_90fb374d0d35244d.txt", "plan-gold", "002_90fb374d0d35244d.gold.json"),
    ]

    func testPlansFromPagesAndText() throws {
        var targetsByGold: [String: [String]] = [:]
        for row in Self.rows {
            let path = try FixtureFiles.url(row.folder, row.input).path
            let document = try Ingester().ingestFile(atPath: path)
            let plan = try XCTUnwrap(document.plan, "\(row.input): no plan")
            XCTAssertEqual(plan.kind, .workPlan, row.input)
            let goldData = try Data(contentsOf: try FixtureFiles.url("plan-gold", row.gold))
            let gold = try XCTUnwrap(try JSONSerialization.jsonObject(with: goldData) as? [String: Any])
            let meta = try XCTUnwrap(gold["meta"] as? [String: Any])
            XCTAssertEqual(plan.year, meta["year"] as? Int, "\(row.input): year")
            XCTAssertEqual(plan.region, meta["region"] as? String, "\(row.input): region")
            let goldTargets = try XCTUnwrap(gold["targets"] as? [[String: Any]])
            var unmatched = plan.targets
            var found = 0
            for target in goldTargets {
                let value = (target["value"] as? NSNumber)?.doubleValue
                let valueMax = (target["value_max"] as? NSNumber)?.doubleValue
                let unit = target["unit"] as? String
                if let index = unmatched.firstIndex(where: { $0.value == value && $0.valueMax == valueMax && $0.unit == unit }) {
                    unmatched.remove(at: index)
                    found += 1
                } else {
                    XCTFail("\(row.input): gold \(target["id"] ?? "?") «\(target["text"] ?? "")» not found")
                }
            }
            XCTAssertGreaterThanOrEqual(Double(found) / Double(goldTargets.count), 0.98, "\(row.input): recall \(found)/\(goldTargets.count)")
            XCTAssertGreaterThanOrEqual(Double(found) / Double(max(plan.targets.count, 1)), 0.98,
                                        "\(row.input): precision; extra \(unmatched.map(\.text))")
            targetsByGold[row.gold, default: []].append(plan.targets.map { "\($0.id) \($0.value) \($0.unit ?? "-")" }.joined(separator: "|"))
        }
        for (gold, variants) in targetsByGold {
            XCTAssertEqual(Set(variants).count, 1, "\(gold): pages and text give different targets")
        }
    }
}
