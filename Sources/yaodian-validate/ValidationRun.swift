import Foundation
import YaodianIngest
import YaodianModel
import YaodianValidate

/// One invocation: read configuration and inputs, validate, write the reports. Anything that
/// cannot be read stops the run before a report is written (`RunFailure`, exit 2).
struct ValidationRun {
    let command: ValidateCommand
    let language: Language

    struct Outcome {
        let fails: Bool
    }

    func perform() async throws(RunFailure) -> Outcome {
        let inputs: [String]
        do {
            inputs = try InputFiles.expand(command.inputs)
        } catch {
            throw RunFailure(message: error.description)
        }
        guard !inputs.isEmpty else {
            throw RunFailure(message: "no plan files (.md .txt .html .htm .json .docx) found in \(command.inputs.joined(separator: " "))")
        }
        try checkOutputs(against: inputs)

        // Configuration: --config for all, else the nearest .yaodian.yml of each input.
        var validators: [String: Validator] = [:]
        var configurationOf: [String: String] = [:]
        var baselines: [Baseline] = []
        var strict = command.strict
        for input in inputs {
            let path = command.config ?? (InputFiles.isURL(input) ? nil : ConfigurationLoader.find(from: (input as NSString).deletingLastPathComponent.isEmpty ? "." : (input as NSString).deletingLastPathComponent))
                ?? ConfigurationLoader.find(from: FileManager.default.currentDirectoryPath)
            let key = path ?? ""
            configurationOf[input] = key
            guard validators[key] == nil else { continue }
            do {
                let configuration = try path.map(ConfigurationLoader.load(path:)) ?? Configuration()
                validators[key] = try Validator(configuration: configuration, language: language)
                strict = strict || configuration.strict
                if command.writeBaseline == nil, let baselinePath = configuration.baselinePath {
                    baselines.append(try Baseline.load(path: baselinePath))
                }
            } catch {
                throw RunFailure(message: error.description)
            }
        }
        if command.writeBaseline == nil, let baselinePath = command.baseline {
            do {
                baselines.append(try Baseline.load(path: baselinePath))
            } catch {
                throw RunFailure(message: error.description)
            }
        }

        let loader = InputLoader(ingester: Ingester())
        var previous: ValidationDocument?
        if let path = command.previous {
            do {
                previous = try await loader.load(path)
            } catch {
                throw RunFailure(message: "--previous: " + error.description)
            }
        }
        var progress: ProgressData?
        if let path = command.data {
            do {
                // Excel on Chinese systems saves CSV in GBK: decode as ingest decodes pages.
                let bytes = try InputReader.readFile(atPath: path, maxBytes: IngestOptions().maxBytes)
                let text = String(decoding: try PageDecoder.decode(bytes, input: path).utf8, as: UTF8.self)
                progress = try ProgressData.parse(csv: text, path: path)
            } catch let error as ConfigurationError {
                throw RunFailure(message: error.description)
            } catch let error as IngestError {
                throw RunFailure(message: "--data: " + error.description)
            } catch {
                throw RunFailure(message: "\(path): cannot read the progress data: \(error)")
            }
        }

        let results = await validateAll(inputs, loader: loader, validators: validators, configurationOf: configurationOf,
                                        previous: previous, progress: progress)
        var findings: [Finding] = []
        var failures: [String] = []
        for result in results {
            switch result {
            case let .success(found): findings += found
            case let .failure(error): failures.append(error.description)
            }
        }
        guard failures.isEmpty else {
            throw RunFailure(message: failures.joined(separator: "\nyaodian-validate: error: ")
                + (failures.count > 1 ? "\n\(failures.count) inputs could not be read; no report written" : ""))
        }

        if let path = command.writeBaseline {
            try write(String(decoding: Baseline(findings: findings).encoded(), as: UTF8.self) + "\n", to: path)
            FileHandle.standardError.write(Data("yaodian-validate: \(findings.count) findings written to the baseline \(path)\n".utf8))
            return Outcome(fails: false)
        }
        for baseline in baselines { findings = baseline.filter(findings) }

        // Every rule that ran for some input, in the registry's order (SARIF's rule indexes).
        let ran = Set(validators.values.flatMap { $0.ruleDescriptions.map(\.id) })
        let rules = RuleRegistry.all.map { $0.description }.filter { ran.contains($0.id) }
        let report = ValidationReport(findings: findings, files: inputs, rules: rules, language: language, strict: strict,
                                      baseDirectory: FileManager.default.currentDirectoryPath)
        let formats = command.format.isEmpty ? ["text"] : command.format
        var rendered: [(text: String, path: String?)] = []
        for (index, name) in formats.enumerated() {
            guard let reporter = ReporterRegistry.reporter(named: name) else { continue }
            rendered.append((reporter.render(report), index < command.output.count ? command.output[index] : nil))
        }
        // Files first, each whole or not at all; then stdout.
        for (text, path) in rendered { if let path { try write(text, to: path) } }
        for (text, path) in rendered where path == nil { print(text, terminator: "") }
        if rendered.allSatisfy({ $0.path != nil }) {
            FileHandle.standardError.write(Data((report.summaryLine + "\n").utf8))
        }
        return Outcome(fails: report.fails)
    }

    private func validateAll(_ inputs: [String], loader: InputLoader, validators: [String: Validator],
                             configurationOf: [String: String], previous: ValidationDocument?,
                             progress: ProgressData?) async -> [Result<[Finding], InputError>] {
        var results = [Result<[Finding], InputError>](repeating: .success([]), count: inputs.count)
        await withTaskGroup(of: (Int, Result<[Finding], InputError>).self) { group in
            var next = 0
            func start() {
                guard next < inputs.count else { return }
                let index = next
                let input = inputs[index]
                let validator = validators[configurationOf[input] ?? ""] ?? validators.values.first
                next += 1
                group.addTask {
                    do throws(InputError) {
                        let document = try await loader.load(input)
                        return (index, .success(validator?.validate(document, previous: previous, progress: progress) ?? []))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            for _ in 0..<min(command.jobs, inputs.count) { start() }
            for await (index, result) in group {
                results[index] = result
                start()
            }
        }
        return results
    }

    /// Reports never overwrite what the user gave: no output may be an input, the configuration,
    /// the previous plan, the data or the baseline; and its folder must exist.
    private func checkOutputs(against inputs: [String]) throws(RunFailure) {
        let given = Set((inputs + [command.config, command.previous, command.data, command.baseline].compactMap { $0 }).map(canonical))
        var written: Set<String> = []
        for path in command.output + [command.writeBaseline].compactMap({ $0 }) {
            if given.contains(canonical(path)) {
                throw RunFailure(message: "\(path): the report would overwrite an input; choose another --output")
            }
            guard written.insert(canonical(path)).inserted else {
                throw RunFailure(message: "\(path): named twice as an output; give each report its own file")
            }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw RunFailure(message: "\(path): is a folder; --output takes a file name")
            }
            let folder = (path as NSString).deletingLastPathComponent
            var isDirectory: ObjCBool = false
            if !folder.isEmpty, !(FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue) {
                throw RunFailure(message: "\(path): the folder \(folder) does not exist")
            }
        }
    }

    private func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private func write(_ text: String, to path: String) throws(RunFailure) {
        do {
            try AtomicFileWriter.write(text, toPath: path)
        } catch {
            throw RunFailure(message: error.description)
        }
    }
}
