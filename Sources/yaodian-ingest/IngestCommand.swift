import ArgumentParser
import YaodianCommandSupport
import Foundation
import YaodianIngest
import YaodianModel

@main
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yaodian-ingest",
        abstract: "Extract the document (title, dates, issuer, 发文字号, body) from notice pages.",
        discussion: """
        Inputs are HTML files, .txt/.md/.docx files, directories (walked recursively) and http(s) URLs. A saved NAME.headers file beside NAME.html supplies the HTTP charset. With one input and no -o the result goes to stdout; with -o each input gets OUTDIR/<id>.<ext>, where <id> is the first 16 hex digits of the SHA-256 of its bytes. Exit status: 0 when every input was ingested, 1 when any failed (each failure is named on stderr), 2 for bad arguments.
        """
    )

    @Argument(help: "HTML, .txt, .md or .docx files, directories, or http(s) URLs.")
    var inputs: [String]

    @Option(name: .long, help: "Output format: \(DocumentRendererRegistry.names.joined(separator: ", ")).")
    var format = "json"

    @Option(name: [.short, .customLong("output-dir")], help: "Write one file per input into this directory.")
    var outputDirectory: String?

    @Option(name: .long, help: "Parallel workers (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Read column (通知公告) pages: list their notice entries and the next page.")
    var links = false

    @Option(name: .long, help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = IngestOptions().maxBytes

    @Flag(name: .long, help: "Print how each page was flattened (lines, their containers and scores) instead of extracting.")
    var explain = false

    /// Usage errors exit with 2, like every Yaodian tool.
    static func main() async {
        await runExitingTwoOnUsageErrors()
    }

    func validate() throws {
        guard DocumentRendererRegistry.renderer(named: format) != nil else {
            throw ValidationError("unknown --format \(format); choose one of \(DocumentRendererRegistry.names.joined(separator: ", "))")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxBytes >= 1 else { throw ValidationError("--max-bytes must be positive") }
        if let outputDirectory {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: outputDirectory, isDirectory: &isDirectory), !isDirectory.boolValue {
                throw ValidationError("-o \(outputDirectory) is a file, not a directory")
            }
        }
    }

    func run() async throws {
        let sources: [InputSource]
        do {
            sources = try InputSource.expand(inputs)
        } catch {
            Self.printError(error.description)
            throw ExitCode(2)
        }
        guard !sources.isEmpty else {
            Self.printError("no documents found in \(inputs.joined(separator: " "))")
            throw ExitCode(2)
        }
        guard let renderer = DocumentRendererRegistry.renderer(named: format) else { throw ExitCode(2) }
        if let outputDirectory {
            do {
                try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
            } catch {
                Self.printError("\(outputDirectory): cannot create the output directory: \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }

        let runner = BatchRunner(ingester: Ingester(options: IngestOptions(maxBytes: maxBytes)),
                                 mode: explain ? .explain : (links ? .listing : .document),
                                 renderer: renderer, outputDirectory: outputDirectory,
                                 protectedPaths: Self.inputsInside(outputDirectory, sources))
        let progress = ProgressBar(total: sources.count)
        let results = await runner.run(sources, jobs: jobs, progress: progress)
        AtomicFileWriter.finishReplacing()
        progress.finish()

        var failed = 0
        var streamed: [String] = []
        for (source, result) in zip(sources, results) {
            switch result {
            case let .success(text): if let text { streamed.append(text) }
            case let .failure(message):
                failed += 1
                Self.printError(message.isEmpty ? "\(source.name): failed" : message)
            }
        }
        if outputDirectory == nil, !streamed.isEmpty {
            let separator = (format == "json" || format == "jsonl") ? "\n" : "\n\n"
            print(streamed.joined(separator: separator))
        }
        if sources.count > 1 || outputDirectory != nil {
            let where_ = outputDirectory.map { " into \($0)" } ?? ""
            FileHandle.standardError.write(Data("\(sources.count - failed) ingested, \(failed) failed\(where_)\n".utf8))
        }
        if failed > 0 { throw ExitCode(1) }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("yaodian-ingest: error: \(message)\n".utf8))
    }

    /// The input files that live in the output directory: the only ones an output name could hit.
    static func inputsInside(_ outputDirectory: String?, _ sources: [InputSource]) -> Set<String> {
        guard let outputDirectory else { return [] }
        let target = canonical(outputDirectory)
        var canonicalParents: [String: String] = [:]
        var inside: Set<String> = []
        for case let .file(path) in sources {
            let parent = (path as NSString).deletingLastPathComponent
            let resolved = canonicalParents[parent] ?? canonical(parent.isEmpty ? "." : parent)
            canonicalParents[parent] = resolved
            if resolved == target { inside.insert((path as NSString).lastPathComponent) }
        }
        return inside
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
