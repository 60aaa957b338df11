import Foundation
import PackagePlugin

/// `swift package validate-plans [PATH...] [yaodian-validate options]`: runs yaodian-validate from
/// this package on the given plans (default: the package folder), passing every argument through.
/// A thin launcher: the rules, reporters and exit codes are yaodian-validate's.
@main
struct ValidatePlansPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "yaodian-validate")
        // With no paths, check the package folder (yaodian-validate walks it for plan files).
        let passed = Self.namesAPath(arguments) ? arguments : arguments + [context.package.directoryURL.path]

        let process = Process()
        process.executableURL = tool.url
        process.arguments = passed
        process.currentDirectoryURL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        try process.run()
        process.waitUntilExit()

        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            // yaodian-validate has printed the findings or the error; only the status is left to pass on.
            Diagnostics.error("yaodian-validate exited with status \(process.terminationStatus)")
            exit(process.terminationStatus == 0 ? 1 : process.terminationStatus)
        }
    }

    /// yaodian-validate's options that take a value: their values are not paths.
    static let optionsWithValues: Set<String> = ["--format", "--output", "--config", "--previous", "--data", "--lang",
                                                 "--baseline", "--write-baseline", "--jobs"]

    /// True when the arguments name a plan file, folder or URL (or only list the rules).
    static func namesAPath(_ arguments: [String]) -> Bool {
        var expectingValue = false
        for argument in arguments {
            if expectingValue {
                expectingValue = false
                continue
            }
            if argument == "--list-rules" || argument == "--help" || argument == "-h" { return true }
            if optionsWithValues.contains(argument) {
                expectingValue = true
                continue
            }
            if !argument.hasPrefix("-") { return true }
        }
        return false
    }
}
