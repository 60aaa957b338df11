/// 力争 / 争取 / 确保 / 努力 / 争创: how firmly a plan commits to a target. A qualifier at the head of a
/// sentence governs its comma-list to the `。`; one in mid-sentence governs its own clause and what
/// follows (gold README, "Qualifier scope").
enum QualifierWords {
    /// Longest first, so 力争 is not read as 争.
    static let all: [String] = ["力争", "争取", "确保", "努力", "争创"]

    /// Every qualifier is two characters: their scalars, looked up by the first.
    private static let byFirst: [Unicode.Scalar: [(second: Unicode.Scalar, word: String)]] = {
        var table: [Unicode.Scalar: [(Unicode.Scalar, String)]] = [:]
        for word in all {
            let scalars = Array(word.unicodeScalars)
            table[scalars[0], default: []].append((scalars[1], word))
        }
        return table
    }()

    /// The first qualifier in the clause and its scalar offset.
    static func first(in clause: [Unicode.Scalar]) -> (word: String, offset: Int)? {
        guard clause.count >= 2 else { return nil }
        for index in 0..<(clause.count - 1) {
            guard let candidates = byFirst[clause[index]] else { continue }
            for candidate in candidates where clause[index + 1] == candidate.second { return (candidate.word, index) }
        }
        return nil
    }
}
