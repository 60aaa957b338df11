import Foundation
import XCTest
@testable import YaodianValidate

/// Adding a rule or a reporter is one file plus one registry line: these fail when the folder and
/// the registry disagree, and when an id is not the stable snake_case form.
final class RegistryTests: XCTestCase {
    private var sources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/YaodianValidate")
    }

    private func typeNames(in folder: String, suffix: String, excluding: Set<String>) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: sources.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(suffix + ".swift") && !excluding.contains($0) }
            .map { String($0.dropLast(".swift".count)) }
            .sorted()
    }

    func testEveryRuleFileIsRegisteredOnce() throws {
        let files = try typeNames(in: "Rules", suffix: "Rule", excluding: ["Rule.swift"])
        let registered = RuleRegistry.all.map { String(describing: $0) }
        XCTAssertEqual(registered.sorted(), files)
        XCTAssertEqual(Set(registered).count, registered.count)
    }

    func testEveryReporterFileIsRegisteredOnce() throws {
        let files = try typeNames(in: "Reporters", suffix: "Reporter", excluding: ["Reporter.swift"])
        XCTAssertEqual(ReporterRegistry.all.map { String(describing: $0) }.sorted(), files)
        XCTAssertEqual(Set(ReporterRegistry.names), ["text", "json", "sarif", "github", "junit"])
    }

    func testRuleIdsAreUniqueSnakeCaseAndDescribed() {
        let ids = RuleRegistry.ids
        XCTAssertEqual(Set(ids).count, ids.count)
        for rule in RuleRegistry.all {
            let description = rule.description
            XCTAssertNotNil(description.id.range(of: #"^[a-z][a-z0-9]*(_[a-z0-9]+)+$"#, options: .regularExpression), description.id)
            for text in [description.name, description.rationale] {
                XCTAssertFalse(text.zh.isEmpty, description.id)
                XCTAssertFalse(text.en.isEmpty, description.id)
            }
        }
    }

    /// The rules the issue asks for are all there.
    func testTheRuleSet() {
        for id in ["metric_value_conflict", "part_exceeds_whole", "increment_exceeds_total", "baseline_mismatch", "range_inverted",
                   "rate_over_100", "missing_unit", "unit_mismatch", "year_mismatch", "doc_number_format", "numbering_gap",
                   "numbering_duplicate", "numbering_mixed_style", "empty_section", "target_below_previous",
                   "growth_rate_inconsistent", "summary_figure_mismatch", "vague_task"] {
            XCTAssertNotNil(RuleRegistry.rule(withId: id), id)
        }
        XCTAssertTrue(RuleRegistry.rule(withId: "vague_task")?.description.isOptIn ?? false)
    }
}
