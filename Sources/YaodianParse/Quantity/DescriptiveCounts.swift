/// Counts in Chinese numerals that only describe what a sentence lists, not figures:
/// 三个创新发展高地, 两个维护, 八项规定, 五项措施, 三支队伍, 一个研究院, 一次. Plans write their figures in
/// Arabic digits; a Chinese count is kept only when it is a figure by its form or its company:
/// * a comparator word next to it (超过三千家, 十个以上),
/// * a verb of growth right before it (新增两个, 新建一家, 引进两名),
/// * a counter that counts entities rather than list items (两家合作单位, 三千家, 两名), unless the value is 1
///   (一家, 一人 read as "a", "one such"),
/// * an Arabic-digit quantity in the same clause (`6个实验室及一个学习型工厂`, `两个专业…招生120人`),
/// * a value above 10 (十五项).
enum DescriptiveCounts {
    /// Counters that count items of a list (个 项 条 件 种 次 支) rather than entities.
    private static let listCounters: Set<String> = ["个", "项", "条", "件", "种", "次", "支"]

    /// Verbs that make the count a figure (新增两个省级平台), longest first.
    private static let growthVerbs: [[UInt32]] = [
        "新认定", "新培育", "新引进", "新增", "净增", "新建", "引进", "培育", "引育", "组建", "建成", "争创", "创建",
        "认定", "入选", "获批",
    ].map(QuantityScalars.word).sorted { $0.count > $1.count }

    static func removed(from found: [ScannedQuantity], in t: QuantityText) -> [ScannedQuantity] {
        guard found.contains(where: { $0.candidate.chineseOnly }) else { return found }
        let clausesWithDigits = Set(found.filter { !$0.candidate.chineseOnly }.map(\.clause))
        return found.filter { item in
            let c = item.candidate
            guard c.chineseOnly, !c.hasComparatorWord, !clausesWithDigits.contains(item.clause) else { return true }
            let start = t.skippingOneSpace(backFrom: c.match.scalarRange.lowerBound)
            if growthVerbs.contains(where: { t.has($0, endingAt: start) }) { return true }
            let value = c.match.normalizedValue
            if value == 1, c.match.valueMax == nil { return false }
            if let base = c.base, listCounters.contains(base), value <= 10, c.match.valueMax == nil { return false }
            return true
        }
    }
}
