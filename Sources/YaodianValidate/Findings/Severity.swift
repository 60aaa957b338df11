/// How serious a finding is. `error` fails CI; `warning` fails it only with `strict`.
public enum Severity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}
