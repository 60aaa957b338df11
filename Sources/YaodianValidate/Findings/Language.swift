/// The language of messages: Chinese by default (the users are bureau staff), English on request.
public enum Language: String, Hashable, Sendable, CaseIterable {
    case zh
    case en
}

/// A message in both languages, written beside the rule that raises it.
public struct LocalizedText: Hashable, Sendable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(in language: Language) -> String {
        language == .zh ? zh : en
    }
}
