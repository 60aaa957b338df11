import YaodianText

/// 力争 / 争取 / 确保 / 努力 / 争创: how firmly a plan commits to a target. A qualifier at the head of a
/// sentence governs its comma-list to the `。`; one in mid-sentence governs its own clause and what
/// follows (gold README, "Qualifier scope").
enum QualifierWords {
    /// Longest first, so 力争 is not read as 争.
    static let all: [String] = ["力争", "争取", "确保", "努力", "争创"]

    private static let list = WordList(all)

    /// The first qualifier in the clause and its scalar offset.
    static func first(in clause: [Unicode.Scalar]) -> (word: String, offset: Int)? {
        list.firstMatch(in: clause)
    }
}
