/// A consistency check: one file per rule, listed once in `RuleRegistry`.
///
/// A rule is a pure function of the context: it reads the plan (and last year's plan or the
/// progress data when given) and returns violations anchored in the plan; it never prints.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    /// Builds the rule with the user's options (already checked against `description.options`).
    init(options: RuleOptions) throws(ConfigurationError)
    func validate(_ context: ValidationContext) -> [Violation]
}

/// What a rule is, for `--list-rules`, SARIF's rule metadata, configuration checks and the
/// tests that run every rule's examples.
public struct RuleDescription: Sendable {
    /// Stable snake_case id: configuration, suppressions and baselines name the rule by it.
    public var id: String
    public var name: LocalizedText
    public var rationale: LocalizedText
    public var defaultSeverity: Severity
    /// Opt-in rules run only when `opt_in_rules` lists them.
    public var isOptIn: Bool
    /// What the rule needs besides the plan; without it the rule stays quiet.
    public var requires: RuleInput
    public var options: [RuleOptionDescription]
    /// Plans that must raise this rule (at the example's `line`) ...
    public var triggeringExamples: [RuleExample]
    /// ... and plans that must not.
    public var nonTriggeringExamples: [RuleExample]

    public init(id: String, name: LocalizedText, rationale: LocalizedText, defaultSeverity: Severity, isOptIn: Bool = false,
                requires: RuleInput = .plan, options: [RuleOptionDescription] = [],
                triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]) {
        self.id = id
        self.name = name
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.isOptIn = isOptIn
        self.requires = requires
        self.options = options
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}

/// The inputs a rule reads beyond the document.
public enum RuleInput: String, Sendable {
    /// The document alone.
    case plan
    /// Last year's plan or summary (`--previous`).
    case previous
    /// Progress data (`--data`) a summary's figures are checked against.
    case progressData
}

/// An option a rule accepts in `.yaodian.yml` (`rules: { rule_id: { option: value } }`).
public struct RuleOptionDescription: Sendable {
    public var name: String
    public var defaultValue: OptionValue
    public var help: String

    public init(name: String, defaultValue: OptionValue, help: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.help = help
    }
}

/// A small plan (Markdown) a rule's tests run: triggering examples name the line the finding is on.
public struct RuleExample: Sendable {
    public var text: String
    /// The 1-based line of the first finding, for triggering examples.
    public var line: Int?
    /// Last year's plan, for rules that need `--previous`.
    public var previous: String?
    /// Progress data (CSV), for rules that need `--data`.
    public var data: String?
    public var options: [String: OptionValue]

    public init(_ text: String, line: Int? = nil, previous: String? = nil, data: String? = nil,
                options: [String: OptionValue] = [:]) {
        self.text = text
        self.line = line
        self.previous = previous
        self.data = data
        self.options = options
    }
}
