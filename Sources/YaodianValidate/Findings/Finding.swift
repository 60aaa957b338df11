/// One problem found in one input, located and worded: what reporters print.
public struct Finding: Hashable, Sendable, Codable {
    public var ruleId: String
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    /// The other places a cross-reference finding names (the first statement of a metric, the
    /// whole of a 其中 part, last year's plan).
    public var related: [RelatedLocation]
    /// What the finding is about, independent of line numbers (`P.T2|S3.I9.T1`): with the rule id
    /// and the path it identifies the finding in a baseline of accepted findings.
    public var key: String

    public init(ruleId: String, severity: Severity, message: String, location: SourceLocation,
                related: [RelatedLocation] = [], key: String) {
        self.ruleId = ruleId
        self.severity = severity
        self.message = message
        self.location = location
        self.related = related
        self.key = key
    }
}

/// A second place named by a finding, with a short label (`首次出现`, `其中 的总数`).
public struct RelatedLocation: Hashable, Sendable, Codable {
    public var location: SourceLocation
    public var label: String

    public init(location: SourceLocation, label: String) {
        self.location = location
        self.label = label
    }
}
