import Foundation

/// What a command printed and how it ended.
public struct CommandRun: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// true when it was stopped at the timeout.
    public var timedOut: Bool
}

/// Runs one of the package's executables as a user does, for the command-line tests of every
/// test target: stdout and stderr go through files (no pipe can fill up and block it), stdin is
/// empty, loopback addresses bypass any proxy, and a run that hangs is stopped at the timeout.
public enum CommandRunner {
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL,
                           timeout: TimeInterval = 120) throws -> CommandRun {
        let id = UUID().uuidString
        let outURL = directory.appendingPathComponent(".stdout-\(id)")
        let errURL = directory.appendingPathComponent(".stderr-\(id)")
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
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_PROXY"] = "127.0.0.1,localhost"
        environment["no_proxy"] = "127.0.0.1,localhost"
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        let timedOut = process.isRunning
        if timedOut { process.terminate() }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return CommandRun(status: process.terminationStatus,
                          stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                          stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
                          timedOut: timedOut)
    }
}
