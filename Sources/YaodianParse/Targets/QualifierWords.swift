import YaodianText

/// 力争 / 争取 / 确保 / 努力 / 争创: how firmly a plan commits to a target. A qualifier at the head of a
/// sentence governs its comma-list to the `。`; one in mid-sentence governs its own clause and what
/// follows (gold README, "Qualifier scope").
enum QualifierWords {
    /// Longest first, so 力争 is not read as 争.
    static let all: [String] = ["力争", "争取", "确保", "努力", "争创"]

    private static let list = WordList(all)

    /// The first qualifier in `scalars[range]` and its offset from `range.lowerBound`.
    static func first(in scalars: [Unicode.Scalar], range: Range<Int>) -> (word: String, offset: Int)? {
        list.firstMatch(in: scalars, range: range).map { ($0.word, $0.offset - range.lowerBound) }
    }
}
