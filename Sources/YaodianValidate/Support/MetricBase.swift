/// What a metric measures, with the words the parser adds for the kind of statement stripped:
/// 高新技术企业净增数 and 高新技术企业数量 both measure 高新技术企业, so an increment can be set
/// against a total; 全市技术交易额 and 技术交易额 are one metric in different scopes.
enum MetricBase {
    private static let kindSuffixes = ["净增数", "新增数", "新认定数", "新培育数", "新引进数", "新建数", "增加数", "新登记数",
                                       "总数", "数量", "总量", "总额", "数", "量"]
    private static let scopePrefixes = ["全社会", "全市", "全区", "全县", "全省", "规上"]

    static func of(_ metric: String) -> String {
        var base = Substring(metric)
        for prefix in scopePrefixes where base.hasPrefix(prefix) && base.count > prefix.count + 1 {
            base = base.dropFirst(prefix.count)
            break
        }
        for suffix in kindSuffixes where base.hasSuffix(suffix) && base.count > suffix.count + 1 {
            base = base.dropLast(suffix.count)
            break
        }
        return String(base)
    }

    /// The base with the configured synonyms folded.
    static func key(_ metric: String, _ settings: ValidationSettings) -> String {
        let folded = settings.metricKey(metric)
        return settings.metricKey(of(folded))
    }
}
