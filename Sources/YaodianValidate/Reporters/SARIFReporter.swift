import Foundation

/// SARIF 2.1.0, the format GitHub code scanning and other CI dashboards ingest.
/// Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
/// Schema: https://json.schemastore.org/sarif-2.1.0.json (the tests validate against it)
///
/// One run; `tool.driver.rules` describes every rule that ran (name, descriptions, help, default
/// level); each result has its rule id and index, level, message and a physical location with a
/// URI relative to `%SRCROOT%` (the working folder) and a region. Columns count code points.
public enum SARIFReporter: Reporter {
    public static let name = "sarif"

    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var originalUriBaseIds: [String: ArtifactLocation]
        var columnKind = "unicodeCodePoints"
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name = "yaodian-validate"
        var semanticVersion: String
        var informationUri = YaodianVersion.informationURI
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: MultiformatMessage
        var helpUri: String
        var defaultConfiguration: Configuration
    }

    struct MultiformatMessage: Encodable {
        var text: String
        var markdown: String
    }

    struct Configuration: Encodable {
        var level: String
        var enabled = true
    }

    struct Message: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
        var partialFingerprints: [String: String]
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Message?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    public static func render(_ report: ValidationReport) -> String {
        let language = report.language
        let rules = report.rules.map { rule in
            ReportingDescriptor(
                id: rule.id,
                name: Self.pascalCase(rule.id),
                shortDescription: Message(text: rule.name.text(in: language)),
                fullDescription: Message(text: rule.rationale.text(in: language)),
                help: help(for: rule, language: language),
                helpUri: YaodianVersion.informationURI + "/blob/main/docs/validate.md#rules",
                defaultConfiguration: Configuration(level: rule.defaultSeverity.rawValue))
        }
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let results = report.findings.map { finding in
            Result(
                ruleId: finding.ruleId,
                ruleIndex: ruleIndex[finding.ruleId],
                level: finding.severity.rawValue,
                message: Message(text: finding.message),
                locations: [Location(physicalLocation: physical(finding.location, report: report))],
                relatedLocations: finding.related.isEmpty ? nil : finding.related.enumerated().map { index, related in
                    Location(id: index + 1, physicalLocation: physical(related.location, report: report),
                             message: Message(text: related.label))
                },
                partialFingerprints: ["yaodianKey/v1": "\(finding.ruleId):\(finding.key)"])
        }
        let root = ArtifactLocation(uri: fileURI(report.baseDirectory), uriBaseId: nil)
        let log = Log(runs: [Run(tool: Tool(driver: Driver(semanticVersion: report.toolVersion, rules: rules)),
                                 originalUriBaseIds: ["%SRCROOT%": root], results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(log) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The rationale, an example that triggers the rule, and how to turn it off for one line or
    /// configure it.
    static func help(for rule: RuleDescription, language: Language) -> MultiformatMessage {
        let rationale = rule.rationale.text(in: language)
        let example = rule.triggeringExamples.first.map { example -> String in
            let lines = example.text.split(separator: "\n", omittingEmptySubsequences: false)
            guard let line = example.line, line >= 1, line <= lines.count else { return "" }
            return String(lines[line - 1])
        } ?? ""
        let suppress = "<!-- yaodian-disable-next-line \(rule.id) -->"
        let configure = "rules: { \(rule.id): { level: warning } }"
        switch language {
        case .zh:
            return MultiformatMessage(
                text: "\(rationale)\n示例:\(example)\n单行豁免:\(suppress)\n配置(.yaodian.yml):\(configure)",
                markdown: "\(rationale)\n\n示例:`\(example)`\n\n单行豁免:`\(suppress)`;配置(`.yaodian.yml`):`\(configure)`")
        case .en:
            return MultiformatMessage(
                text: "\(rationale)\nExample: \(example)\nSuppress one line: \(suppress)\nConfigure (.yaodian.yml): \(configure)",
                markdown: "\(rationale)\n\nExample: `\(example)`\n\nSuppress one line: `\(suppress)`; configure (`.yaodian.yml`): `\(configure)`")
        }
    }

    private static func physical(_ location: SourceLocation, report: ValidationReport) -> PhysicalLocation {
        let relative = report.relativePath(location.path)
        let isURL = relative.contains("://")
        let isAbsolute = relative.hasPrefix("/")
        let uri = isURL ? relative : isAbsolute ? fileURI(relative) : encode(relative)
        return PhysicalLocation(artifactLocation: ArtifactLocation(uri: uri, uriBaseId: isURL || isAbsolute ? nil : "%SRCROOT%"),
                                region: Region(startLine: max(1, location.line), startColumn: max(1, location.column)))
    }

    /// A path as a URI reference: non-ASCII (Chinese file names) and spaces percent-encoded.
    private static func encode(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    private static func fileURI(_ path: String) -> String {
        "file://" + encode(path)
    }

    /// `metric_value_conflict` → `MetricValueConflict`, SARIF's recommended rule name form.
    static func pascalCase(_ id: String) -> String {
        id.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
