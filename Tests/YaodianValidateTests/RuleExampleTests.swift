import XCTest
import YaodianModel
@testable import YaodianValidate

/// Every rule's own examples, run as tests so they cannot rot: each triggering example raises
/// the rule at the line it names, each non-triggering one does not raise it.
final class RuleExampleTests: XCTestCase {
    func testTriggeringExamplesRaiseTheirRuleAtTheirLine() throws {
        for rule in RuleRegistry.all {
            let description = rule.description
            XCTAssertFalse(description.triggeringExamples.isEmpty, "\(description.id) has no triggering example")
            for (number, example) in description.triggeringExamples.enumerated() {
                let findings = try run(rule, example)
                let own = findings.filter { $0.ruleId == description.id }
                XCTAssertFalse(own.isEmpty, "\(description.id) example \(number + 1) did not trigger; got \(findings.map(\.ruleId))")
                if let line = example.line {
                    XCTAssertTrue(own.contains { $0.location.line == line },
                                  "\(description.id) example \(number + 1): expected at line \(line), got \(own.map { "\($0.location.line): \($0.message)" })")
                }
                XCTAssertTrue(own.allSatisfy { !$0.message.isEmpty && $0.severity == description.defaultSeverity })
            }
        }
    }

    func testNonTriggeringExamplesStayQuiet() throws {
        for rule in RuleRegistry.all {
            let description = rule.description
            XCTAssertFalse(description.nonTriggeringExamples.isEmpty, "\(description.id) has no non-triggering example")
            for (number, example) in description.nonTriggeringExamples.enumerated() {
                let own = try run(rule, example).filter { $0.ruleId == description.id }
                XCTAssertEqual(own.map(\.message), [], "\(description.id) non-triggering example \(number + 1)")
            }
        }
    }

    /// A rule's examples are also clean for every other error-level rule, so they show one problem each.
    func testExamplesShowOneProblemEach() throws {
        for rule in RuleRegistry.all {
            let description = rule.description
            for example in description.triggeringExamples + description.nonTriggeringExamples {
                let others = try runAll(example).filter { $0.ruleId != description.id && $0.severity == .error }
                XCTAssertEqual(others.map { "\($0.ruleId): \($0.message)" }, [], "in an example of \(description.id)")
            }
        }
    }

    func testMessagesInEnglishOnRequest() throws {
        for rule in RuleRegistry.all {
            let description = rule.description
            guard let example = description.triggeringExamples.first else { continue }
            let findings = try run(rule, example, language: .en).filter { $0.ruleId == description.id }
            let chinese = try run(rule, example, language: .zh).filter { $0.ruleId == description.id }
            XCTAssertEqual(findings.count, chinese.count)
            for (english, original) in zip(findings, chinese) {
                XCTAssertNotEqual(english.message, original.message, description.id)
                // The wording is English; names and values quoted from the plan stay as written.
                XCTAssertGreaterThan(english.message.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.count, 10,
                                     "\(description.id): \(english.message)")
            }
        }
    }

    private func run(_ rule: any Rule.Type, _ example: RuleExample, language: Language = .zh) throws -> [Finding] {
        var configuration = Configuration()
        configuration.optInRules = [rule.description.id]
        if !example.options.isEmpty { configuration.ruleOptions[rule.description.id] = example.options }
        return try validate(example, configuration: configuration, language: language)
    }

    private func runAll(_ example: RuleExample) throws -> [Finding] {
        try validate(example, configuration: Configuration(), language: .zh)
    }

    private func validate(_ example: RuleExample, configuration: Configuration, language: Language) throws -> [Finding] {
        let validator = try Validator(configuration: configuration, language: language)
        let previous = example.previous.map { TestDocuments.markdown($0, path: "previous.md") }
        let progress = try example.data.map { try ProgressData.parse(csv: $0, path: "progress.csv") }
        return validator.validate(TestDocuments.markdown(example.text), previous: previous, progress: progress)
    }
}
