/// A value in the configuration: what YAML scalars and lists of scalars become.
public enum OptionValue: Hashable, Sendable, CustomStringConvertible {
    case bool(Bool)
    case number(Double)
    case string(String)
    case list([String])

    public var description: String {
        switch self {
        case let .bool(value): "\(value)"
        case let .number(value): value == value.rounded() && abs(value) < 1e15 ? "\(Int(value))" : "\(value)"
        case let .string(value): value
        case let .list(values): "[" + values.joined(separator: ", ") + "]"
        }
    }

    var typeName: String {
        switch self {
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .list: "a list of strings"
        }
    }
}

/// One rule's options as configured, over the defaults of its description; typed reads fail with
/// a configuration error naming the rule and option.
public struct RuleOptions: Sendable {
    public let ruleId: String
    private let values: [String: OptionValue]

    public init(ruleId: String, values: [String: OptionValue]) {
        self.ruleId = ruleId
        self.values = values
    }

    public func number(_ name: String, default fallback: Double) throws(ConfigurationError) -> Double {
        switch values[name] {
        case nil: return fallback
        case let .number(value)?: return value
        case let other?: throw .wrongOptionType(rule: ruleId, option: name, expected: "a number", found: other.typeName)
        }
    }

    public func list(_ name: String, default fallback: [String]) throws(ConfigurationError) -> [String] {
        switch values[name] {
        case nil: return fallback
        case let .list(value)?: return value
        case let .string(value)?: return [value]
        case let other?: throw .wrongOptionType(rule: ruleId, option: name, expected: "a list of strings", found: other.typeName)
        }
    }

    public func bool(_ name: String, default fallback: Bool) throws(ConfigurationError) -> Bool {
        switch values[name] {
        case nil: return fallback
        case let .bool(value)?: return value
        case let other?: throw .wrongOptionType(rule: ruleId, option: name, expected: "a boolean", found: other.typeName)
        }
    }
}
