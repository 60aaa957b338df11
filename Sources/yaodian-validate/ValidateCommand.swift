import ArgumentParser
import YaodianCommandSupport
import Foundation
import YaodianIngest
import YaodianModel
import YaodianValidate

@main
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yaodian-validate",
        abstract: "Check work plans and summaries for targets that contradict each other.",
        discussion: """
        Inputs: plan JSON from yaodian-ingest, Markdown, text and HTML files, folders (walked for .md .txt .html .json .docx plan files), and http(s) URLs. Every finding names a line and column of the file given. Configuration: the nearest .yaodian.yml from each input's folder up, or --config. Inline suppression: <!-- yaodian-disable-next-line RULE_ID --> in Markdown or HTML.

        --format may repeat; the n-th --output receives the n-th format, and a format without an --output goes to stdout (at most one may). Reports are written only when every input and the configuration could be read.

        Exit status: 0 no errors; 1 errors (or warnings with --strict); 2 bad input, arguments or configuration, with the file and problem named on stderr and no report written.
        """
    )

    @Argument(help: "Plan files (.json .md .txt .html .docx), folders, or http(s) URLs.")
    var inputs: [String] = []

    @Option(name: .long, help: "Report format: \(ReporterRegistry.names.joined(separator: ", ")). Repeatable.")
    var format: [String] = []

    @Option(name: .long, help: "Write the report of the matching --format to this file. Repeatable.")
    var output: [String] = []

    @Option(name: .long, help: "Use this configuration file instead of the nearest .yaodian.yml.")
    var config: String?

    @Option(name: .long, help: "Last year's plan or summary (any input format), for cross-year rules.")
    var previous: String?

    @Option(name: .long, help: "Progress data (CSV: metric, value, unit, period) a summary's figures are checked against.")
    var data: String?

    @Flag(name: .long, help: "Fail on warnings too (exit 1).")
    var strict = false

    @Option(name: .long, help: "Message language: zh (default) or en.")
    var lang = "zh"

    @Option(name: .long, help: "Accepted findings (from --write-baseline) not to report again.")
    var baseline: String?

    @Option(name: .long, help: "Write the current findings to this baseline file and exit 0.")
    var writeBaseline: String?

    @Flag(name: .long, help: "List the rules with their ids, levels and what they need, then exit.")
    var listRules = false

    @Option(name: .long, help: "Parallel workers (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    /// Usage errors exit with 2, like every Yaodian tool.
    static func main() async {
        await runExitingTwoOnUsageErrors()
    }

    func validate() throws {
        for name in format where ReporterRegistry.reporter(named: name) == nil {
            throw ValidationError("unknown --format \(name); choose from \(ReporterRegistry.names.joined(separator: ", "))")
        }
        guard Language(rawValue: lang) != nil else { throw ValidationError("unknown --lang \(lang); choose zh or en") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard output.count <= max(format.count, 1) else {
            throw ValidationError("\(output.count) --output files but \(max(format.count, 1)) --format; give one --format per --output")
        }
        guard max(format.count, 1) - output.count <= 1 else {
            throw ValidationError("only one report can go to stdout: give an --output for each --format but one")
        }
        guard listRules || !inputs.isEmpty else { throw ValidationError("name at least one plan file, folder or URL") }
    }

    func run() async throws {
        let language = Language(rawValue: lang) ?? .zh
        if listRules {
            print(RuleListing.render(language: language), terminator: "")
            return
        }
        do {
            let outcome = try await ValidationRun(command: self, language: language).perform()
            if outcome.fails { throw ExitCode(1) }
        } catch let failure as RunFailure {
            FileHandle.standardError.write(Data("yaodian-validate: error: \(failure.message)\n".utf8))
            throw ExitCode(2)
        }
    }
}

/// A run that could not go ahead: bad input, configuration or output; exit 2.
struct RunFailure: Error {
    let message: String
}
