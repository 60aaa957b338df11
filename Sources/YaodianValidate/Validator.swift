import YaodianModel

/// Runs the enabled rules over a document and turns their violations into located, worded,
/// suppression-filtered findings. Never prints; thread-safe.
public struct Validator: Sendable {
    public let configuration: Configuration
    public let language: Language
    private let rules: [(rule: any Rule, severity: Severity)]

    public init(configuration: Configuration = Configuration(), language: Language = .zh) throws(ConfigurationError) {
        self.configuration = configuration
        self.language = language
        self.rules = try configuration.enabledRules()
    }

    /// The descriptions of the rules that run, for reporters (SARIF's rule metadata).
    public var ruleDescriptions: [RuleDescription] { rules.map { type(of: $0.rule).description } }

    public func validate(_ document: ValidationDocument, previous: ValidationDocument? = nil,
                         progress: ProgressData? = nil) -> [Finding] {
        let context = ValidationContext(document: document, previous: previous, progress: progress,
                                        settings: configuration.settings)
        var located: [Finding] = []
        var locator: SourceLocator?
        var previousLocator: SourceLocator?
        var suppressions: InlineSuppressions?
        for (rule, severity) in rules {
            let description = type(of: rule).description
            // Rules that need last year's plan or progress data stay quiet without them.
            if description.requires == .previous, previous == nil { continue }
            if description.requires == .progressData, progress == nil { continue }
            let violations = rule.validate(context)
            guard !violations.isEmpty else { continue }
            let finder = locator ?? SourceLocator(document: document)
            locator = finder
            let inline = suppressions ?? InlineSuppressions(source: document.source)
            suppressions = inline
            for violation in violations {
                let location = finder.locate(violation.anchor)
                guard !inline.suppresses(description.id, atLine: location.line) else { continue }
                let related = violation.related.map { related -> RelatedLocation in
                    var location: SourceLocation
                    if case let .previous(id, text) = related.anchor, let previous {
                        let other = previousLocator ?? SourceLocator(document: previous)
                        previousLocator = other
                        location = other.locate(.element(id: id, text: text))
                    } else {
                        location = finder.locate(related.anchor)
                    }
                    return RelatedLocation(location: location, label: related.label.text(in: language))
                }
                located.append(Finding(ruleId: description.id, severity: severity,
                                       message: Self.message(violation.message.text(in: language), related: related, language: language),
                                       location: location, related: related, key: violation.key))
            }
        }
        return located.sorted { ($0.location, $0.ruleId) < ($1.location, $1.ruleId) }
    }

    /// A cross-reference message names the other place: `…(见 plan.md:12)`.
    static func message(_ text: String, related: [RelatedLocation], language: Language) -> String {
        guard !related.isEmpty else { return text }
        let places = related.map { "\($0.location.path):\($0.location.line)" }
        return language == .zh ? "\(text)(见 \(places.joined(separator: "、")))" : "\(text) (see \(places.joined(separator: ", ")))"
    }
}
