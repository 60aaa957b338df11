/// What a rule reports: where (as an anchor in the plan, located later against the source file),
/// what, and the stable key. The validator turns violations into `Finding`s.
public struct Violation: Hashable, Sendable {
    public var anchor: Anchor
    public var message: LocalizedText
    public var related: [RelatedAnchor]
    public var key: String

    public init(at anchor: Anchor, message: LocalizedText, related: [RelatedAnchor] = [], key: String? = nil) {
        self.anchor = anchor
        self.message = message
        self.related = related
        self.key = key ?? ([anchor] + related.map(\.anchor)).map(\.key).joined(separator: "|")
    }
}

/// A second place a violation points to, with its label in both languages.
public struct RelatedAnchor: Hashable, Sendable {
    public var anchor: Anchor
    public var label: LocalizedText

    public init(_ anchor: Anchor, label: LocalizedText) {
        self.anchor = anchor
        self.label = label
    }
}
