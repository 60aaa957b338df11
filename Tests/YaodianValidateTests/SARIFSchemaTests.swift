import Foundation
import XCTest

/// The SARIF reporter's output, from a real run over the broken example plans, validated against
/// the published SARIF 2.1.0 schema (Fixtures/sarif) with Python's jsonschema — the reference
/// JSON Schema implementation. `Scripts/yaodian test` installs it and sets
/// YAODIAN_REQUIRE_SCHEMA_CHECK=1, so there the check can never be skipped.
final class SARIFSchemaTests: XCTestCase {
    func testSARIFOutputIsValidAgainstTheSchema() throws {
        let binary = try ValidateBinary.require()
        defer { binary.remove() }
        let python = try Self.pythonWithJSONSchema()
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/plans/broken")
        let run = try binary.run(["--format", "sarif", "--output", "report.sarif", examples.path])
        XCTAssertEqual(run.status, 1, run.stderr)
        let report = binary.scratch.appendingPathComponent("report.sarif").path
        let schema = try TestDocuments.fixture("sarif/sarif-schema-2.1.0.json").path

        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        log = json.load(open(sys.argv[2]))
        validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
        for error in errors[:20]:
            print("/".join(str(p) for p in error.path), error.message)
        print("results", len(log["runs"][0]["results"]))
        sys.exit(1 if errors else 0)
        """
        let check = try Self.runProcess(python, ["-c", script, schema, report])
        XCTAssertEqual(check.status, 0, check.output)
        XCTAssertTrue(check.output.contains("results "), check.output)
        XCTAssertFalse(check.output.contains("results 0"), "the broken plans must give results: \(check.output)")

        // The check itself can fail: a result without its message is rejected.
        var log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        var runs = try XCTUnwrap(log["runs"] as? [[String: Any]])
        var results = try XCTUnwrap(runs[0]["results"] as? [[String: Any]])
        results[0]["message"] = nil
        runs[0]["results"] = results
        log["runs"] = runs
        let broken = binary.scratch.appendingPathComponent("broken.sarif")
        try JSONSerialization.data(withJSONObject: log).write(to: broken)
        XCTAssertNotEqual(try Self.runProcess(python, ["-c", script, schema, broken.path]).status, 0)
    }

    /// A Python that can import jsonschema: $YAODIAN_PYTHON, python3 on PATH, or Debian's.
    static func pythonWithJSONSchema() throws -> String {
        let candidates = [ProcessInfo.processInfo.environment["YAODIAN_PYTHON"], "/usr/bin/env", "/usr/bin/python3"].compactMap { $0 }
        for candidate in candidates {
            let arguments = candidate == "/usr/bin/env" ? ["python3", "-c", "import jsonschema"] : ["-c", "import jsonschema"]
            if let run = try? runProcess(candidate, arguments), run.status == 0 {
                return candidate == "/usr/bin/env" ? try resolvePython3() : candidate
            }
        }
        if ProcessInfo.processInfo.environment["YAODIAN_REQUIRE_SCHEMA_CHECK"] == "1" {
            XCTFail("no Python with jsonschema found; Scripts/yaodian test installs python3-jsonschema")
        }
        throw XCTSkip("no Python with jsonschema (run the tests with Scripts/yaodian test)")
    }

    private static func resolvePython3() throws -> String {
        let which = try runProcess("/usr/bin/env", ["which", "python3"])
        return which.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func runProcess(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
