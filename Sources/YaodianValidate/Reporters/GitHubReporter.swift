/// GitHub Actions workflow commands, one annotation a finding, then the text report as a summary:
/// `::error file=plans/2024.md,line=12,col=5,title=metric_value_conflict::message`.
/// Spec: https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
public enum GitHubReporter: Reporter {
    public static let name = "github"

    public static func render(_ report: ValidationReport) -> String {
        var lines = report.findings.map { finding in
            let place = finding.location
            let properties = [
                "file=" + escapeProperty(report.relativePath(place.path)),
                "line=\(place.line)",
                "col=\(place.column)",
                "title=" + escapeProperty(finding.ruleId),
            ].joined(separator: ",")
            return "::\(finding.severity.rawValue) \(properties)::\(escapeData(finding.message))"
        }
        lines.append(TextReporter.render(report).trimmingSuffix("\n"))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Message text: `%`, CR and LF are escaped (actions/toolkit `escapeData`).
    static func escapeData(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.append(character)
            }
        }
        return result
    }

    /// Property values also escape `:` and `,` (actions/toolkit `escapeProperty`).
    static func escapeProperty(_ text: String) -> String {
        var result = ""
        for character in escapeData(text) {
            switch character {
            case ":": result += "%3A"
            case ",": result += "%2C"
            default: result.append(character)
            }
        }
        return result
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
