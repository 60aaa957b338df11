import XCTest
@testable import YaodianValidate

/// `.yaodian.yml`: every key read, unknown ones named, levels and options typed.
final class ConfigurationTests: XCTestCase {
    func testAFullConfigurationIsRead() throws {
        let configuration = try ConfigurationLoader.parse(yaml: """
        version: 1
        disabled_rules: [missing_unit]
        opt_in_rules: [vague_task]
        strict: true
        tolerance: 0.01
        baseline: accepted.json
        metric_synonyms:
          技术交易额: [技术合同登记额]
        rules:
          metric_value_conflict: { level: warning }
          empty_section: { level: off }
          baseline_mismatch: { tolerance: 0.1 }
          vague_task:
            deadline_words: [年底前, 季度]
        """, path: "/repo/plans/.yaodian.yml")
        XCTAssertEqual(configuration.disabledRules, ["missing_unit"])
        XCTAssertEqual(configuration.optInRules, ["vague_task"])
        XCTAssertTrue(configuration.strict)
        XCTAssertEqual(configuration.tolerance, 0.01)
        XCTAssertEqual(configuration.baselinePath, "/repo/plans/accepted.json")
        XCTAssertEqual(configuration.settings.metricKey("技术合同登记额"), "技术交易额")
        XCTAssertEqual(configuration.ruleOptions["baseline_mismatch"]?["tolerance"], .number(0.1))
        XCTAssertEqual(configuration.ruleOptions["vague_task"]?["deadline_words"], .list(["年底前", "季度"]))

        let enabled = try configuration.enabledRules()
        let ids = enabled.map { type(of: $0.rule).description.id }
        XCTAssertFalse(ids.contains("missing_unit"))
        XCTAssertFalse(ids.contains("empty_section"))
        XCTAssertTrue(ids.contains("vague_task"))
        XCTAssertEqual(enabled.first { type(of: $0.rule).description.id == "metric_value_conflict" }?.severity, .warning)
    }

    func testDefaultsRunEveryRuleButTheOptInOnes() throws {
        let ids = try Configuration().enabledRules().map { type(of: $0.rule).description.id }
        XCTAssertEqual(ids, RuleRegistry.all.filter { !$0.description.isOptIn }.map { $0.description.id })
    }

    func testAnEmptyFileIsTheDefaults() throws {
        let configuration = try ConfigurationLoader.parse(yaml: "", path: ".yaodian.yml")
        XCTAssertEqual(configuration.disabledRules, [])
        XCTAssertFalse(configuration.strict)
    }

    /// Each mistake gives an error naming the file and the offending key or value.
    func testMistakesAreNamed() {
        let cases: [(String, String)] = [
            ("disabeld_rules: [missing_unit]\n", "unknown key 'disabeld_rules' in the top level"),
            ("version: 2\n", "configuration version 2 is not supported"),
            ("disabled_rules: [no_such_rule]\n", "'disabled_rules' names an unknown rule 'no_such_rule'"),
            ("rules:\n  missing_unit: { level: fatal }\n", "rule 'missing_unit': level 'fatal' is not one of error, warning, off"),
            ("rules:\n  missing_unit: { tolerance: 1 }\n", "rule 'missing_unit' has no option 'tolerance' (it takes only 'level')"),
            ("rules:\n  baseline_mismatch: { tolerance: [1] }\n", "option 'tolerance' must be a number, not a list"),
            ("rules:\n  nope: { level: off }\n", "'rules' names an unknown rule 'nope'"),
            ("strict: maybe\n", "'strict' must be true or false"),
            ("tolerance: 5\n", "'tolerance' must be a number from 0 to 1"),
            ("disabled_rules: missing_unit\n", "'disabled_rules' must be a list of names"),
            ("rules: [a, b]\n", "'rules' must be a mapping"),
            ("key: [unclosed\n", "not valid YAML"),
        ]
        for (yaml, expected) in cases {
            do {
                _ = try ConfigurationLoader.parse(yaml: yaml, path: "plans/.yaodian.yml")
                XCTFail("accepted: \(yaml)")
            } catch {
                XCTAssertTrue(error.description.hasPrefix("plans/.yaodian.yml") || error.description.hasPrefix("rule '"), error.description)
                XCTAssertTrue(error.description.contains(expected), "\(error.description) does not say \(expected)")
            }
        }
    }

    func testTheNearestFileIsFoundWalkingUp() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-config-\(UUID().uuidString)")
        let deep = root.appendingPathComponent("a/b/c")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("strict: true\n".utf8).write(to: root.appendingPathComponent("a/.yaodian.yml"))
        XCTAssertEqual(ConfigurationLoader.find(from: deep.path).map { URL(fileURLWithPath: $0).standardizedFileURL.path },
                       root.appendingPathComponent("a/.yaodian.yml").standardizedFileURL.path)
    }
}
