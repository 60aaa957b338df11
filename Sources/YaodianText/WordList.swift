/// A fixed list of words matched against text in one pass over its scalars (words indexed by
/// their first scalar, longest first): for lexicons that are searched for in every clause.
public struct WordList: Sendable {
    public let words: [String]
    private let byFirst: [Unicode.Scalar: [[Unicode.Scalar]]]

    public init(_ words: [String]) {
        self.words = words
        var table: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for word in words {
            let scalars = Array(word.unicodeScalars)
            guard let first = scalars.first else { continue }
            table[first, default: []].append(scalars)
        }
        byFirst = table.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// The first word of the list occurring in `text` (earliest position, longest there).
    public func firstMatch(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        for index in scalars.indices {
            if let word = match(scalars, at: index) { return ScalarText.string(word) }
        }
        return nil
    }

    /// Whether any word of the list occurs in `text`.
    public func occurs(in text: String) -> Bool {
        firstMatch(in: text) != nil
    }

    /// The text with every occurrence of the list's words removed.
    public func removing(from text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var kept: [Unicode.Scalar] = []
        kept.reserveCapacity(scalars.count)
        var index = 0
        var removedAny = false
        while index < scalars.count {
            if let word = match(scalars, at: index) {
                index += word.count
                removedAny = true
            } else {
                kept.append(scalars[index])
                index += 1
            }
        }
        return removedAny ? ScalarText.string(kept) : text
    }

    private func match(_ scalars: [Unicode.Scalar], at index: Int) -> [Unicode.Scalar]? {
        guard let candidates = byFirst[scalars[index]] else { return nil }
        for word in candidates where index + word.count <= scalars.count {
            var equal = true
            for offset in 1..<word.count where scalars[index + offset] != word[offset] {
                equal = false
                break
            }
            if equal { return word }
        }
        return nil
    }
}
