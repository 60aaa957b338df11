import Foundation
import Yams

/// Reads `.yaodian.yml`: every key checked, unknown ones named in the error (a typo must not
/// silently turn a rule back on).
public enum ConfigurationLoader {
    static let topLevelKeys = ["version", "disabled_rules", "opt_in_rules", "rules", "strict", "baseline",
                               "metric_synonyms", "tolerance"]

    /// The nearest `.yaodian.yml` from `directory` up to the root, or nil.
    public static func find(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(Configuration.fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    public static func load(path: String) throws(ConfigurationError) -> Configuration {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try parse(yaml: text, path: path)
    }

    public static func parse(yaml: String, path: String) throws(ConfigurationError) -> Configuration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw .invalidYAML(path: path, reason: "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)")
        }
        var configuration = Configuration()
        configuration.path = path
        guard let root else { return configuration }  // an empty file: the defaults
        let top = try mapping(root, key: "the file", path: path)
        try checkKeys(top, allowed: topLevelKeys, section: "the top level", path: path)

        if let node = top["version"] {
            guard let version = node.int else { throw .wrongType(path: path, key: "version", expected: "a whole number") }
            guard version == Configuration.currentVersion else {
                throw .unsupportedVersion(path: path, version: version, supported: Configuration.currentVersion)
            }
            configuration.version = version
        }
        if let node = top["strict"] {
            guard let strict = node.bool else { throw .wrongType(path: path, key: "strict", expected: "true or false") }
            configuration.strict = strict
        }
        if let node = top["tolerance"] {
            guard let tolerance = node.float, tolerance >= 0, tolerance < 1 else {
                throw .wrongType(path: path, key: "tolerance", expected: "a number from 0 to 1 (0.005 = half a percent)")
            }
            configuration.tolerance = tolerance
        }
        if let node = top["baseline"] {
            guard let file = node.string, !file.isEmpty else { throw .wrongType(path: path, key: "baseline", expected: "a file path") }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            configuration.baselinePath = file.hasPrefix("/") ? file : folder.appendingPathComponent(file).path
        }
        for key in ["disabled_rules", "opt_in_rules"] {
            guard let node = top[key] else { continue }
            let ids = try strings(node, key: key, path: path)
            for id in ids where RuleRegistry.rule(withId: id) == nil { throw .unknownRule(path: path, key: key, rule: id) }
            if key == "disabled_rules" { configuration.disabledRules = Set(ids) } else { configuration.optInRules = Set(ids) }
        }
        if let node = top["metric_synonyms"] {
            for (name, value) in try mapping(node, key: "metric_synonyms", path: path) {
                configuration.metricSynonyms[name] = try strings(value, key: "metric_synonyms.\(name)", path: path)
            }
        }
        if let node = top["rules"] {
            for (id, value) in try mapping(node, key: "rules", path: path) {
                guard let rule = RuleRegistry.rule(withId: id) else { throw .unknownRule(path: path, key: "rules", rule: id) }
                try readRule(rule.description, value, into: &configuration, path: path)
            }
        }
        return configuration
    }

    private static func readRule(_ description: RuleDescription, _ node: Node, into configuration: inout Configuration,
                                 path: String) throws(ConfigurationError) {
        let id = description.id
        let settings = try mapping(node, key: "rules.\(id)", path: path)
        var options: [String: OptionValue] = [:]
        for (name, value) in settings {
            if name == "level" {
                switch value.string {
                case "error": configuration.ruleLevels[id] = .some(.error)
                case "warning": configuration.ruleLevels[id] = .some(.warning)
                case "off": configuration.ruleLevels[id] = .some(nil)
                default: throw .invalidLevel(path: path, rule: id, level: value.string ?? "\(value)")
                }
                continue
            }
            guard let option = description.options.first(where: { $0.name == name }) else {
                throw .unknownOption(path: path, rule: id, option: name, allowed: description.options.map(\.name))
            }
            options[name] = try optionValue(value, like: option.defaultValue, rule: id, option: name)
        }
        if !options.isEmpty { configuration.ruleOptions[id] = options }
    }

    /// The value typed like the option's default, or an error saying what was expected.
    private static func optionValue(_ node: Node, like example: OptionValue, rule: String,
                                    option: String) throws(ConfigurationError) -> OptionValue {
        switch example {
        case .bool:
            if let value = node.bool { return .bool(value) }
        case .number:
            if let value = node.float { return .number(value) }
        case .string:
            if let value = node.string, node.scalar != nil { return .string(value) }
        case .list:
            if let sequence = node.sequence {
                let values = sequence.compactMap(\.string)
                if values.count == sequence.count { return .list(values) }
            } else if let value = node.string, node.scalar != nil {
                return .list([value])
            }
        }
        throw .wrongOptionType(rule: rule, option: option, expected: example.typeName, found: describe(node))
    }

    private static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case let .scalar(scalar): "'\(scalar.string)'"
        }
    }

    private static func mapping(_ node: Node, key: String, path: String) throws(ConfigurationError) -> [(String, Node)] {
        guard let mapping = node.mapping else { throw .notAMapping(path: path, key: key) }
        var pairs: [(String, Node)] = []
        for (name, value) in mapping {
            guard let name = name.string else { throw .notAMapping(path: path, key: key) }
            pairs.append((name, value))
        }
        return pairs
    }

    private static func strings(_ node: Node, key: String, path: String) throws(ConfigurationError) -> [String] {
        if let sequence = node.sequence {
            let values = sequence.compactMap { $0.scalar != nil ? $0.string : nil }
            guard values.count == sequence.count else { throw .wrongType(path: path, key: key, expected: "a list of names") }
            return values
        }
        throw .wrongType(path: path, key: key, expected: "a list of names")
    }

    private static func checkKeys(_ pairs: [(String, Node)], allowed: [String], section: String,
                                  path: String) throws(ConfigurationError) {
        let unknown = pairs.map(\.0).filter { !allowed.contains($0) }
        guard unknown.isEmpty else { throw .unknownKeys(path: path, section: section, keys: unknown, allowed: allowed) }
    }
}

private extension Array where Element == (String, Node) {
    subscript(key: String) -> Node? {
        first { $0.0 == key }?.1
    }
}
