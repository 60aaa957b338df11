/// Metric names as the parser writes them, for tools that read names from elsewhere (a progress
/// data file, a configuration): the lexicon's synonyms folded (技术合同成交额 → 技术交易额).
public enum MetricNames {
    public static func normalised(_ name: String) -> String {
        MetricLexicon.shared.normalise(name)
    }
}
