/// A fixed list of words matched against text in one pass over its scalars (words indexed by
/// their first scalar, longest first): for lexicons that are searched for in every clause.
public struct WordList: Sendable {
    public let words: [String]
    private let byFirst: [Unicode.Scalar: [[Unicode.Scalar]]]
    /// One bit per Basic Multilingual Plane scalar: set when a word starts with it. Most scalars
    /// start no word, and this test costs no hashing.
    private let startBits: [UInt64]
    /// Scalars in the longest word.
    private let longest: Int

    public init(_ words: [String]) {
        self.words = words
        var table: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        var bits = [UInt64](repeating: 0, count: 1024)
        for word in words {
            let scalars = Array(word.unicodeScalars)
            guard let first = scalars.first else { continue }
            table[first, default: []].append(scalars)
            if first.value < 0x10000 { bits[Int(first.value >> 6)] |= 1 << UInt64(first.value & 63) }
        }
        byFirst = table.mapValues { $0.sorted { $0.count > $1.count } }
        startBits = bits
        longest = words.map(\.unicodeScalars.count).max() ?? 0
    }

    /// The words starting at `index` that are longest first, or nil without a hash lookup when none can.
    @inline(__always)
    private func candidates(_ scalar: Unicode.Scalar) -> [[Unicode.Scalar]]? {
        let value = scalar.value
        if value < 0x10000, startBits[Int(value >> 6)] & (1 << UInt64(value & 63)) == 0 { return nil }
        return byFirst[scalar]
    }

    /// The text with every word of the list replaced by `replacement(word)`.
    public func replacing(in text: String, with replacement: (String) -> String) -> String {
        let scalars = ScalarText.scalars(of: text)
        var out: [Unicode.Scalar] = []
        var index = 0
        var changed = false
        while index < scalars.count {
            if let word = match(scalars, at: index) {
                out.append(contentsOf: replacement(ScalarText.string(word)).unicodeScalars)
                index += word.count
                changed = true
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return changed ? ScalarText.string(out) : text
    }

    /// The first word of the list occurring in `text` (earliest position, longest there).
    public func firstMatch(in text: String) -> String? {
        let scalars = ScalarText.scalars(of: text)
        for index in scalars.indices {
            if let word = match(scalars, at: index) { return ScalarText.string(word) }
        }
        return nil
    }

    /// The first word of the list in `scalars` and its offset.
    public func firstMatch(in scalars: [Unicode.Scalar]) -> (word: String, offset: Int)? {
        for index in scalars.indices {
            if let word = match(scalars, at: index) { return (ScalarText.string(word), index) }
        }
        return nil
    }

    /// The first word of the list inside `scalars[range]` (a word may not run past the range) and its
    /// offset in `scalars`: for callers that hold a block and search it clause by clause.
    public func firstMatch(in scalars: [Unicode.Scalar], range: Range<Int>) -> (word: String, offset: Int)? {
        for index in range {
            if let word = match(scalars, at: index, end: range.upperBound) { return (ScalarText.string(word), index) }
        }
        return nil
    }

    /// Whether `text` starts with a word of the list.
    public func isPrefix(of text: String) -> Bool {
        guard let first = text.unicodeScalars.first, candidates(first) != nil else { return false }
        let head = Array(text.unicodeScalars.prefix(longest))
        return match(head, at: 0) != nil
    }

    /// Whether any word of the list occurs in `text`.
    public func occurs(in text: String) -> Bool {
        firstMatch(in: text) != nil
    }

    /// Whether `scalars` start with a word of the list.
    public func isPrefix(of scalars: [Unicode.Scalar]) -> Bool {
        !scalars.isEmpty && match(scalars, at: 0) != nil
    }

    /// Whether any word of the list occurs in `scalars` (no string is made for the match).
    public func occurs(in scalars: [Unicode.Scalar]) -> Bool {
        for index in scalars.indices where match(scalars, at: index) != nil { return true }
        return false
    }

    /// The text with every occurrence of the list's words removed.
    public func removing(from text: String) -> String {
        let scalars = ScalarText.scalars(of: text)
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
        match(scalars, at: index, end: scalars.count)
    }

    /// The longest word starting at `index` and ending by `end`.
    private func match(_ scalars: [Unicode.Scalar], at index: Int, end: Int) -> [Unicode.Scalar]? {
        guard let candidates = candidates(scalars[index]) else { return nil }
        for word in candidates where index + word.count <= end {
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
