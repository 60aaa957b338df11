import Foundation
import XCTest
import YaodianValidate

/// Examples/plans, run as the README shows them: the clean plans give no finding at all; each
/// broken plan gives exactly the findings its first line announces, at those lines.
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
            // `<!-- yaodian-example: expect RULE at line N[; also RULE at line M …] -->`
            let expectations = first.matches(of: /(expect|also) ([a-z0-9_]+) at line ([0-9]+)/).map { match in
                (kind: String(match.output.1), rule: String(match.output.2), line: Int(match.output.3) ?? 0)
            }
            guard first.hasPrefix("<!-- yaodian-example: "), let main = expectations.first, main.kind == "expect" else {
                XCTFail("\(name): the first line does not say what to expect: \(first)")
                continue
            }
            let rule = main.rule
            XCTAssertEqual(name, "\(rule).md", "a broken example is named after its rule")

            let stem = url.deletingPathExtension().path
            var arguments = ["--format", "json"]
            if FileManager.default.fileExists(atPath: stem + ".previous.md") { arguments += ["--previous", stem + ".previous.md"] }
            if FileManager.default.fileExists(atPath: stem + ".csv") { arguments += ["--data", stem + ".csv"] }
            if FileManager.default.fileExists(atPath: stem + ".yml") { arguments += ["--config", stem + ".yml"] }
            let run = try binary.run(arguments + [url.path])
            // Exactly the findings announced: the planted one and any it brings with it.
            let found = try run.findings().map { "\($0.rule)@\($0.line)" }.sorted()
            XCTAssertEqual(found, expectations.map { "\($0.rule)@\($0.line)" }.sorted(), "\(name) \(run.stderr)")
            covered.insert(rule)
        }
        // One broken plan for every rule but the one about inputs that hold no plan.
        let expected = Set(RuleRegistry.ids).subtracting(["plan_not_found"])
        XCTAssertEqual(covered, expected, "rules without a broken example: \(expected.subtracting(covered).sorted())")
    }
}
