/// Turns a validation report into the text of one output format. A pure function: no I/O, no
/// clock, no environment — the same report gives the same bytes.
public protocol Reporter: Sendable {
    /// The `--format` name.
    static var name: String { get }
    static func render(_ report: ValidationReport) -> String
}

/// What reporters render: the findings of one run and what they need around them.
public struct ValidationReport: Sendable {
    public var findings: [Finding]
    /// Every input checked, as given, in order (clean ones too: JUnit lists them as passing).
    public var files: [String]
    /// The rules that ran (SARIF describes them).
    public var rules: [RuleDescription]
    public var language: Language
    /// `--strict`: warnings fail the run too.
    public var strict: Bool
    /// The folder relative URIs are resolved against (SARIF's %SRCROOT%), absolute, ending in `/`.
    public var baseDirectory: String
    public var toolVersion: String

    public init(findings: [Finding], files: [String], rules: [RuleDescription], language: Language = .zh,
                strict: Bool = false, baseDirectory: String = "/", toolVersion: String = YaodianVersion.current) {
        self.findings = findings
        self.files = files
        self.rules = rules
        self.language = language
        self.strict = strict
        self.baseDirectory = baseDirectory.hasSuffix("/") ? baseDirectory : baseDirectory + "/"
        self.toolVersion = toolVersion
    }

    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
    public var warningCount: Int { findings.filter { $0.severity == .warning }.count }

    /// True when the run fails: any error, or any warning under `strict`.
    public var fails: Bool { errorCount > 0 || (strict && warningCount > 0) }

    /// The one-line summary that closes the text and GitHub reports.
    public var summaryLine: String {
        switch language {
        case .zh: "检查了\(files.count)个文件:\(errorCount)个错误,\(warningCount)个警告"
        case .en: "\(files.count) file\(files.count == 1 ? "" : "s") checked: \(errorCount) error\(errorCount == 1 ? "" : "s"), \(warningCount) warning\(warningCount == 1 ? "" : "s")"
        }
    }

    /// A path as a URI relative to `baseDirectory` when it lies inside it; URLs stay as they are.
    public func relativePath(_ path: String) -> String {
        if path.hasPrefix(baseDirectory) { return String(path.dropFirst(baseDirectory.count)) }
        if path.hasPrefix("./") { return String(path.dropFirst(2)) }
        return path
    }
}

/// The tool's version, for reports.
public enum YaodianVersion {
    public static let current = "0.4.0"
    public static let informationURI = "https://github.com/yaodian/yaodian"
}
