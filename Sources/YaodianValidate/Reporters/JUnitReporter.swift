/// JUnit XML, which Jenkins, GitLab and most CI test views read: one `<testsuite>` per file, one
/// `<testcase>` per finding (a clean file is one passing case). Errors — and warnings under
/// `--strict` — are `<failure>`s; other warnings pass with the message in `<system-out>`.
/// Schema: https://github.com/windyroad/JUnit-Schema/blob/master/JUnit.xsd
public enum JUnitReporter: Reporter {
    public static let name = "junit"

    public static func render(_ report: ValidationReport) -> String {
        let failing = report.findings.filter { $0.severity == .error || report.strict }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let total = report.files.reduce(0) { count, file in
            count + max(1, report.findings.filter { $0.location.path == file }.count)
        }
        xml += "<testsuites name=\"yaodian-validate\" tests=\"\(total)\" failures=\"\(failing.count)\" errors=\"0\">\n"
        for file in report.files {
            let findings = report.findings.filter { $0.location.path == file }
            let failures = findings.filter { $0.severity == .error || report.strict }.count
            xml += "  <testsuite name=\"\(escape(file))\" tests=\"\(max(1, findings.count))\" failures=\"\(failures)\" errors=\"0\">\n"
            if findings.isEmpty {
                xml += "    <testcase classname=\"\(escape(file))\" name=\"\(report.language == .zh ? "一致性检查" : "consistency")\"/>\n"
            }
            for finding in findings {
                let place = finding.location
                let name = "\(finding.ruleId) \(place.line):\(place.column)"
                xml += "    <testcase classname=\"\(escape(file))\" name=\"\(escape(name))\">\n"
                let text = escape(TextReporter.line(for: finding))
                if finding.severity == .error || report.strict {
                    xml += "      <failure type=\"\(finding.severity.rawValue)\" message=\"\(escape(finding.message))\">\(text)</failure>\n"
                } else {
                    xml += "      <system-out>\(text)</system-out>\n"
                }
                xml += "    </testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        xml += "</testsuites>\n"
        return xml
    }

    /// XML text and attribute escaping; characters XML 1.0 cannot carry are dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
