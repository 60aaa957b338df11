import Foundation
import XCTest
import Yams
import YaodianValidate

/// Examples/ci: the workflows are valid YAML that run yaodian-validate with a SARIF output and
/// upload that same file; the example configuration is one yaodian-validate accepts.
final class CIExampleTests: XCTestCase {
    private var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/ci")
    }

    func testWorkflowsValidateAndUploadTheSameSARIF() throws {
        for name in ["validate-plans.yml", "validate-plans-swiftpm.yml"] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let workflow = try XCTUnwrap(try Yams.load(yaml: text) as? [String: Any], name)
            let jobs = try XCTUnwrap(workflow["jobs"] as? [String: Any], name)
            let steps = try XCTUnwrap((jobs["validate"] as? [String: Any])?["steps"] as? [[String: Any]], name)
            let run = try XCTUnwrap(steps.compactMap { $0["run"] as? String }.first { $0.contains("validate") && $0.contains("--format sarif") }, name)
            let output = try XCTUnwrap(run.range(of: #"--output \S+"#, options: .regularExpression).map { String(run[$0].dropFirst(9)) }, name)
            let upload = try XCTUnwrap(steps.first { ($0["uses"] as? String)?.hasPrefix("github/codeql-action/upload-sarif") ?? false }, name)
            XCTAssertEqual((upload["with"] as? [String: Any])?["sarif_file"] as? String, output, name)
            XCTAssertEqual(upload["if"] as? String, "always()", "\(name): the SARIF is uploaded when validation fails too")
            XCTAssertEqual((workflow["permissions"] as? [String: Any])?["security-events"] as? String, "write", name)
        }
    }

    func testExampleConfigurationLoads() throws {
        let configuration = try ConfigurationLoader.load(path: folder.appendingPathComponent("yaodian.yml").path)
        XCTAssertEqual(configuration.optInRules, ["vague_task"])
        XCTAssertEqual(configuration.settings.metricKey("技术合同登记额"), "技术交易额")
        XCTAssertFalse(try configuration.enabledRules().isEmpty)
    }
}
