import Foundation
import XCTest
import YaodianTestSupport

/// The `yaodian-validate` executable run as a user runs it, in a scratch folder of its own.
struct ValidateBinary {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String

        /// The findings of a `--format json` run: (rule, line, column, severity, message).
        func findings() throws -> [(rule: String, line: Int, column: Int, severity: String, message: String)] {
            let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
            let items = try XCTUnwrap(object?["findings"] as? [[String: Any]], "no findings array in \(stdout)")
            return items.map { item in
                (item["ruleId"] as? String ?? "", item["line"] as? Int ?? 0, item["column"] as? Int ?? 0,
                 item["severity"] as? String ?? "", item["message"] as? String ?? "")
            }
        }
    }

    let executable: URL
    let scratch: URL

    /// nil when the executable is not built beside the tests (the test is then skipped).
    init?() {
        let name = "yaodian-validate"
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent(name),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name),
            Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent(name),
            root.appendingPathComponent(".build/debug/\(name)"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else { return nil }
        executable = found
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-validate-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    static func require() throws -> ValidateBinary {
        guard let binary = ValidateBinary() else { throw XCTSkip("yaodian-validate is not built next to the test bundle") }
        return binary
    }

    func remove() {
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Writes a file into the scratch folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = scratch.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Runs the executable in the scratch folder.
    func run(_ arguments: [String], timeout: TimeInterval = 120) throws -> Run {
        let result = try CommandRunner.run(executable, arguments, in: scratch, timeout: timeout)
        if result.timedOut { XCTFail("yaodian-validate \(arguments) did not finish within \(timeout) s") }
        return Run(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }
}
