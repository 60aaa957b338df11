/// The compiler-style format editors and terminals understand:
/// `path:line:col: error: message [rule_id]`, one finding a line, then a summary line.
/// (The GNU Coding Standards' "Formatting Error Messages":
/// https://www.gnu.org/prep/standards/html_node/Errors.html)
public enum TextReporter: Reporter {
    public static let name = "text"

    public static func render(_ report: ValidationReport) -> String {
        var lines = report.findings.map(line(for:))
        lines.append(report.summaryLine)
        return lines.joined(separator: "\n") + "\n"
    }

    static func line(for finding: Finding) -> String {
        let place = finding.location
        // One finding, one line: a line break quoted from the document becomes a space.
        let message = finding.message.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "\(place.path):\(place.line):\(place.column): \(finding.severity.rawValue): \(message) [\(finding.ruleId)]"
    }
}
