/// Why a configuration, baseline or data file cannot be used. Each case names the file and the
/// problem; the command exits 2 and writes no report.
public enum ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalidYAML(path: String, reason: String)
    case notAMapping(path: String, key: String)
    case unknownKeys(path: String, section: String, keys: [String], allowed: [String])
    case wrongType(path: String, key: String, expected: String)
    case unsupportedVersion(path: String, version: Int, supported: Int)
    case unknownRule(path: String, key: String, rule: String)
    case unknownOption(path: String, rule: String, option: String, allowed: [String])
    case wrongOptionType(rule: String, option: String, expected: String, found: String)
    case invalidLevel(path: String, rule: String, level: String)
    case invalidBaseline(path: String, reason: String)
    case invalidData(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "\(path): cannot read: \(reason)"
        case let .invalidYAML(path, reason): return "\(path): not valid YAML: \(reason)"
        case let .notAMapping(path, key): return "\(path): '\(key)' must be a mapping of keys to values"
        case let .unknownKeys(path, section, keys, allowed):
            let names = keys.map { "'\($0)'" }.joined(separator: ", ")
            return "\(path): unknown key\(keys.count > 1 ? "s" : "") \(names) in \(section) (known: \(allowed.joined(separator: ", ")))"
        case let .wrongType(path, key, expected): return "\(path): '\(key)' must be \(expected)"
        case let .unsupportedVersion(path, version, supported):
            return "\(path): configuration version \(version) is not supported (this yaodian-validate reads version \(supported))"
        case let .unknownRule(path, key, rule):
            return "\(path): '\(key)' names an unknown rule '\(rule)' (see yaodian-validate --list-rules)"
        case let .unknownOption(path, rule, option, allowed):
            let known = allowed.isEmpty ? "it takes only 'level'" : "known: level, \(allowed.joined(separator: ", "))"
            return "\(path): rule '\(rule)' has no option '\(option)' (\(known))"
        case let .wrongOptionType(rule, option, expected, found):
            return "rule '\(rule)': option '\(option)' must be \(expected), not \(found)"
        case let .invalidLevel(path, rule, level):
            return "\(path): rule '\(rule)': level '\(level)' is not one of error, warning, off"
        case let .invalidBaseline(path, reason): return "\(path): not a Yaodian baseline: \(reason)"
        case let .invalidData(path, line, reason): return "\(path):\(line): \(reason)"
        }
    }
}
