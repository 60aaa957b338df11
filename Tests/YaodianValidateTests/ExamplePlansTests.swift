import Foundation
import XCTest
import YaodianValidate

/// Examples/plans, run as the README shows them: the clean plans give no finding at all; each
/// broken plan gives the finding its first line announces, at that line.
final class ExamplePlansTests: XCTestCase {
    private var examples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/plans")
    }

    func testCleanPlansHaveNoFinding() throws {
        let binary = try ValidateBinary.require()
        defer { binary.remove() }
        let clean = examples.appendingPathComponent("clean")
        for name in try FileManager.default.contentsOfDirectory(atPath: clean.path).sorted() where name.hasSuffix(".md") {
            var arguments = ["--format", "json"]
            let data = clean.appendingPathComponent(name.replacingOccurrences(of: ".md", with: ".csv"))
            if FileManager.default.fileExists(atPath: data.path) { arguments += ["--data", data.path] }
            let run = try binary.run(arguments + [clean.appendingPathComponent(name).path])
            XCTAssertEqual(try run.findings().map { "\($0.line): \($0.message) [\($0.rule)]" }, [], name)
            XCTAssertEqual(run.status, 0, name)
        }
    }

    func testEachBrokenPlanGivesItsFindingAtItsLine() throws {
        let binary = try ValidateBinary.require()
        defer { binary.remove() }
        let broken = examples.appendingPathComponent("broken")
        let names = try FileManager.default.contentsOfDirectory(atPath: broken.path).sorted()
            .filter { $0.hasSuffix(".md") && !$0.hasSuffix(".previous.md") }
        var covered: Set<String> = []
        for name in names {
            let url = broken.appendingPathComponent(name)
            let first = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").first.map(String.init) ?? ""
            let pattern = #"^<!-- yaodian-example: expect ([a-z0-9_]+) at line ([0-9]+) -->$"#
            guard let match = first.range(of: pattern, options: .regularExpression) else {
                XCTFail("\(name): the first line does not say what to expect: \(first)")
                continue
            }
            let words = first[match].split(separator: " ")
            let rule = String(words[3])
            let line = Int(words[6]) ?? 0
            XCTAssertEqual(name, "\(rule).md", "a broken example is named after its rule")

            let stem = url.deletingPathExtension().path
            var arguments = ["--format", "json"]
            if FileManager.default.fileExists(atPath: stem + ".previous.md") { arguments += ["--previous", stem + ".previous.md"] }
            if FileManager.default.fileExists(atPath: stem + ".csv") { arguments += ["--data", stem + ".csv"] }
            if FileManager.default.fileExists(atPath: stem + ".yml") { arguments += ["--config", stem + ".yml"] }
            let run = try binary.run(arguments + [url.path])
            let findings = try run.findings()
            XCTAssertTrue(findings.contains { $0.rule == rule && $0.line == line },
                          "\(name): expected \(rule) at line \(line), got \(findings.map { "\($0.rule)@\($0.line)" }) \(run.stderr)")
            covered.insert(rule)
        }
        // One broken plan for every rule but the one about inputs that hold no plan.
        let expected = Set(RuleRegistry.ids).subtracting(["plan_not_found"])
        XCTAssertEqual(covered, expected, "rules without a broken example: \(expected.subtracting(covered).sorted())")
    }
}
