import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import YaodianValidate

/// Each reporter on a fixed report: exact text where the format is line-based, structure where it
/// is a document; SARIF also against the published schema (SARIFSchemaTests).
final class ReporterTests: XCTestCase {
    static let report: ValidationReport = {
        let conflict = Finding(
            ruleId: "metric_value_conflict", severity: .error,
            message: "指标“高新技术企业”此处为120家,与前文(S1.T1)的100家不一致(见 plans/2024 要点.md:3)",
            location: SourceLocation(path: "/work/repo/plans/2024 要点.md", line: 5, column: 12),
            related: [RelatedLocation(location: SourceLocation(path: "/work/repo/plans/2024 要点.md", line: 3, column: 3),
                                      label: "前文表述:全年新增高新技术企业100家")],
            key: "S2.I1.T1|S1.T1")
        let unit = Finding(ruleId: "missing_unit", severity: .warning, message: "a, b: 50%\nnext line",
                           location: SourceLocation(path: "/work/repo/plans/draft.txt", line: 2, column: 1), key: "P.T1")
        let rules = RuleRegistry.all.map { $0.description }
        return ValidationReport(findings: [conflict, unit],
                                files: ["/work/repo/plans/2024 要点.md", "/work/repo/plans/draft.txt", "/work/repo/plans/clean.md"],
                                rules: rules, language: .zh, strict: false, baseDirectory: "/work/repo", toolVersion: "9.9.9")
    }()

    func testText() {
        XCTAssertEqual(TextReporter.render(Self.report), """
        /work/repo/plans/2024 要点.md:5:12: error: 指标“高新技术企业”此处为120家,与前文(S1.T1)的100家不一致(见 plans/2024 要点.md:3) [metric_value_conflict]
        /work/repo/plans/draft.txt:2:1: warning: a, b: 50% next line [missing_unit]
        检查了3个文件:1个错误,1个警告

        """)
    }

    func testGitHubAnnotationsEscapeAndEndWithTheSummary() {
        let lines = GitHubReporter.render(Self.report).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines[0], "::error file=plans/2024 要点.md,line=5,col=12,title=metric_value_conflict::指标“高新技术企业”此处为120家,与前文(S1.T1)的100家不一致(见 plans/2024 要点.md:3)")
        XCTAssertEqual(lines[1], "::warning file=plans/draft.txt,line=2,col=1,title=missing_unit::a, b: 50%25%0Anext line")
        XCTAssertEqual(lines.dropLast().last, "检查了3个文件:1个错误,1个警告")
        XCTAssertEqual(GitHubReporter.escapeProperty("a:b,c%"), "a%3Ab%2Cc%25")
    }

    func testJSON() throws {
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONReporter.render(Self.report).utf8)) as? [String: Any])
        XCTAssertEqual(object["tool"] as? String, "yaodian-validate")
        let summary = try XCTUnwrap(object["summary"] as? [String: Any])
        XCTAssertEqual(summary["errors"] as? Int, 1)
        XCTAssertEqual(summary["warnings"] as? Int, 1)
        XCTAssertEqual(summary["failed"] as? Bool, true)
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.map { $0["ruleId"] as? String }, ["metric_value_conflict", "missing_unit"])
        XCTAssertEqual(findings[0]["line"] as? Int, 5)
        XCTAssertEqual((findings[0]["related"] as? [[String: Any]])?.first?["line"] as? Int, 3)
    }

    func testSARIFStructure() throws {
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(SARIFReporter.render(Self.report).utf8)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "yaodian-validate")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.count, RuleRegistry.all.count)
        let conflictRule = try XCTUnwrap(rules.first { $0["id"] as? String == "metric_value_conflict" })
        let help = try XCTUnwrap(conflictRule["help"] as? [String: Any])
        XCTAssertTrue((help["markdown"] as? String)?.contains("<!-- yaodian-disable-next-line metric_value_conflict -->") ?? false, "\(help)")
        XCTAssertTrue((help["text"] as? String)?.contains("新增高新技术企业120家") ?? false, "the help shows the rule's example: \(help)")
        XCTAssertEqual((conflictRule["defaultConfiguration"] as? [String: Any])?["level"] as? String, "error")

        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        let first = results[0]
        XCTAssertEqual(first["ruleId"] as? String, "metric_value_conflict")
        XCTAssertEqual(first["ruleIndex"] as? Int, rules.firstIndex { $0["id"] as? String == "metric_value_conflict" })
        XCTAssertEqual(first["level"] as? String, "error")
        let physical = try XCTUnwrap(((first["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        let artifact = try XCTUnwrap(physical["artifactLocation"] as? [String: Any])
        // Relative to the working folder, percent-encoded, resolved through %SRCROOT%.
        XCTAssertEqual(artifact["uri"] as? String, "plans/2024%20%E8%A6%81%E7%82%B9.md")
        XCTAssertEqual(artifact["uriBaseId"] as? String, "%SRCROOT%")
        XCTAssertEqual((physical["region"] as? [String: Any])?["startLine"] as? Int, 5)
        XCTAssertEqual((physical["region"] as? [String: Any])?["startColumn"] as? Int, 12)
        XCTAssertEqual((first["relatedLocations"] as? [[String: Any]])?.count, 1)
        let base = try XCTUnwrap((run["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] as? [String: Any])
        XCTAssertEqual(base["uri"] as? String, "file:///work/repo/")
    }

    func testJUnitIsWellFormedWithOneSuitePerFile() throws {
        let xml = JUnitReporter.render(Self.report)
        let counter = JUnitCounter()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = counter
        XCTAssertTrue(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")\n\(xml)")
        XCTAssertEqual(counter.suites, 3)
        XCTAssertEqual(counter.cases, 3)
        XCTAssertEqual(counter.failures, 1, "warnings pass unless --strict")

        var strict = Self.report
        strict.strict = true
        let strictCounter = JUnitCounter()
        let strictParser = XMLParser(data: Data(JUnitReporter.render(strict).utf8))
        strictParser.delegate = strictCounter
        XCTAssertTrue(strictParser.parse())
        XCTAssertEqual(strictCounter.failures, 2)
    }

    func testEnglishSummary() {
        var english = Self.report
        english.language = .en
        XCTAssertEqual(english.summaryLine, "3 files checked: 1 error, 1 warning")
    }
}

private final class JUnitCounter: NSObject, XMLParserDelegate {
    var suites = 0
    var cases = 0
    var failures = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch elementName {
        case "testsuite": suites += 1
        case "testcase": cases += 1
        case "failure": failures += 1
        default: break
        }
    }
}
