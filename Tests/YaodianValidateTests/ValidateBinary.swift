import Foundation
import XCTest

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

    /// Runs the executable in the scratch folder; stdout and stderr go through files, so no pipe fills up.
    func run(_ arguments: [String], timeout: TimeInterval = 120) throws -> Run {
        let id = UUID().uuidString
        let outURL = scratch.appendingPathComponent(".out-\(id)")
        let errURL = scratch.appendingPathComponent(".err-\(id)")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = scratch
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            XCTFail("yaodian-validate \(arguments) did not finish within \(timeout) s")
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
