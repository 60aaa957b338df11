/// What `.yaodian.yml` says, over the defaults (`Configuration()` is the default configuration).
///
/// ```yaml
/// version: 1
/// disabled_rules: [missing_unit]
/// opt_in_rules: [vague_task]
/// strict: false                 # warnings fail too
/// baseline: .yaodian-baseline.json
/// tolerance: 0.005              # relative difference two figures may have and still agree
/// metric_synonyms:
///   技术交易额: [技术合同登记额]
/// rules:
///   metric_value_conflict: { level: warning }
///   baseline_mismatch: { tolerance: 0.1 }
/// ```
public struct Configuration: Sendable {
    /// The configuration format this version reads.
    public static let currentVersion = 1
    /// The file name looked for from an input's folder up to the root.
    public static let fileName = ".yaodian.yml"

    public var version = Configuration.currentVersion
    public var disabledRules: Set<String> = []
    public var optInRules: Set<String> = []
    /// Per-rule level; `nil` in the map means "off".
    public var ruleLevels: [String: Severity?] = [:]
    public var ruleOptions: [String: [String: OptionValue]] = [:]
    public var strict = false
    /// A baseline of accepted findings (resolved against the configuration file's folder).
    public var baselinePath: String?
    /// Canonical metric → the other names it goes by.
    public var metricSynonyms: [String: [String]] = [:]
    public var tolerance = 0.005
    /// Where the configuration was read from; nil for the defaults.
    public var path: String?

    public init() {}

    /// The rules that run, each with its level and options.
    public func enabledRules() throws(ConfigurationError) -> [(rule: any Rule, severity: Severity)] {
        var enabled: [(rule: any Rule, severity: Severity)] = []
        for type in RuleRegistry.all {
            let description = type.description
            let id = description.id
            guard !disabledRules.contains(id) else { continue }
            guard !description.isOptIn || optInRules.contains(id) || ruleLevels[id] != nil else { continue }
            let severity: Severity
            switch ruleLevels[id] {
            case nil: severity = description.defaultSeverity
            case .some(nil): continue
            case let .some(.some(level)): severity = level
            }
            let rule = try type.init(options: RuleOptions(ruleId: id, values: ruleOptions[id] ?? [:]))
            enabled.append((rule, severity))
        }
        return enabled
    }

    /// The settings every rule shares.
    public var settings: ValidationSettings {
        var synonyms: [String: String] = [:]
        for (canonical, names) in metricSynonyms {
            for name in names { synonyms[name] = canonical }
        }
        return ValidationSettings(tolerance: tolerance, metricSynonyms: synonyms)
    }
}
