import YaodianModel
import YaodianText

/// A plan's places by id: the text each section, item and point owns, and its targets, so
/// rules can look at the sentence around a target.
struct PlanIndex {
    let plan: Plan
    /// Owner id → the owner's text (an item's paragraph, a section's own text, the preamble).
    private(set) var texts: [String: String] = [:]
    private(set) var sections: [PlanSection] = []
    private(set) var items: [PlanItem] = []
    let targetsById: [String: Target]

    init(plan: Plan) {
        self.plan = plan
        texts[Plan.preambleID] = plan.preamble.joined(separator: "\n")
        targetsById = Dictionary(plan.targets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for section in plan.sections { add(section) }
    }

    private mutating func add(_ section: PlanSection) {
        sections.append(section)
        texts[section.id] = ([section.title] + section.text).joined(separator: "\n")
        for item in section.items { add(item) }
        for child in section.sections { add(child) }
    }

    private mutating func add(_ item: PlanItem) {
        items.append(item)
        texts[item.id] = item.text
        for point in item.items { add(point) }
    }

    /// When a target is set for: a year its sentence names other than the plan's (`到2025年`,
    /// `2035年前`), or the past (`过去五年`, `去年`: a review figure inside a plan paragraph).
    /// Two statements for different horizons are not a conflict.
    enum Horizon: Hashable {
        case planYear
        case year(Int)
        case past
    }

    func horizon(of target: Target) -> Horizon {
        guard let (scalars, start) = locate(target) else { return .planYear }
        // The sentence before the target, back to the last full stop.
        var from = start
        while from > 0, !"。;;!?\n".unicodeScalars.contains(scalars[from - 1]) { from -= 1 }
        let lead = String(String.UnicodeScalarView(scalars[from..<start]))
        if Self.pastWords.occurs(in: lead) { return .past }
        let end = min(scalars.count, start + target.text.unicodeScalars.count)
        let sentence = String(String.UnicodeScalarView(scalars[from..<end]))
        if let year = YearMentions.years(in: sentence).last?.year, year != plan.year { return .year(year) }
        return .planYear
    }

    /// The thing counted when the clause names it after the number: `开工建设3个` + `火电电源点送出工程`.
    /// Empty when the clause ends at the number.
    func object(of target: Target) -> String {
        let clause = Array(target.clause.unicodeScalars)
        let text = Array(target.text.unicodeScalars)
        guard let start = Self.firstIndex(of: text, in: clause) else { return "" }
        var rest = clause[(start + text.count)...].drop { $0 == "的" || $0 == "以" || $0 == "上" || $0 == "左" || $0 == "右" }
        rest = rest.prefix { TextNormalizer.isHan($0) || $0.properties.isAlphabetic }
        return String(String.UnicodeScalarView(rest.prefix(12)))
    }

    private func locate(_ target: Target) -> ([Unicode.Scalar], Int)? {
        guard let owner = texts[target.itemId] else { return nil }
        let scalars = Array(owner.unicodeScalars)
        guard let start = Self.firstIndex(of: Array(target.text.unicodeScalars), in: scalars) else { return nil }
        return (scalars, start)
    }

    private static let pastWords = WordList(["过去五年", "过去一年", "过去的一年", "去年", "上年", "近五年", "五年来", "十三五时期",
                                             "十三五期间", "十四五时期", "十四五期间", "“十四五”时期", "“十三五”时期", "累计完成", "已完成", "已累计"])

    static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
