import Foundation

/// Findings as one JSON object for scripts: `{tool, version, summary, files, findings: [...]}`;
/// the field list is in docs/validate.md.
public enum JSONReporter: Reporter {
    public static let name = "json"

    struct Document: Encodable {
        struct Summary: Encodable {
            var files: Int
            var errors: Int
            var warnings: Int
            var failed: Bool
        }

        struct Item: Encodable {
            var ruleId: String
            var severity: Severity
            var message: String
            var path: String
            var line: Int
            var column: Int
            var related: [Related]
            var key: String
        }

        struct Related: Encodable {
            var path: String
            var line: Int
            var column: Int
            var label: String
        }

        var tool = "yaodian-validate"
        var version: String
        var summary: Summary
        var files: [String]
        var findings: [Item]
    }

    public static func render(_ report: ValidationReport) -> String {
        let document = Document(
            version: report.toolVersion,
            summary: .init(files: report.files.count, errors: report.errorCount, warnings: report.warningCount, failed: report.fails),
            files: report.files,
            findings: report.findings.map { finding in
                Document.Item(ruleId: finding.ruleId, severity: finding.severity, message: finding.message,
                              path: finding.location.path, line: finding.location.line, column: finding.location.column,
                              related: finding.related.map {
                                  Document.Related(path: $0.location.path, line: $0.location.line, column: $0.location.column, label: $0.label)
                              },
                              key: finding.key)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
