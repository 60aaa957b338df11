import YaodianModel
import YaodianText

/// A plan's places by id, and the facts about each target that depend on the sentence around it
/// (its horizon, the object it counts), worked out once per document: the validator builds one
/// index and every rule reads it. Each owner's text is walked once, whatever its size.
final class PlanIndex: Sendable {
    /// When a target is set for: a year its sentence names other than the plan's (`到2025年`,
    /// `2035年前`), or the past (`过去五年`, `去年`: a review figure inside a plan paragraph).
    /// Two statements for different horizons are not a conflict.
    enum Horizon: Hashable, Sendable {
        case planYear
        case year(Int)
        case past
    }

    let plan: Plan
    /// Owner id → the owner's text (an item's paragraph, a section's own text, the preamble).
    let texts: [String: String]
    let sections: [PlanSection]
    let items: [PlanItem]
    let targetsById: [String: Target]
    private let horizons: [String: Horizon]
    private let objects: [String: String]
    /// Per target: the metric as compared (`MetricBase.key`), its unit dimension, and whether the
    /// name is specific enough to compare across sentences.
    private let metricKeys: [String: String]
    private let dimensions: [String: UnitDimension]
    private let specific: Set<String>

    init(plan: Plan, settings: ValidationSettings = ValidationSettings()) {
        self.plan = plan
        var texts: [String: String] = [Plan.preambleID: plan.preamble.joined(separator: "\n")]
        var sections: [PlanSection] = []
        var items: [PlanItem] = []
        func add(_ item: PlanItem) {
            items.append(item)
            texts[item.id] = item.text
            item.items.forEach(add)
        }
        func add(_ section: PlanSection) {
            sections.append(section)
            texts[section.id] = ([section.title] + section.text).joined(separator: "\n")
            section.items.forEach(add)
            section.sections.forEach(add)
        }
        plan.sections.forEach(add)
        self.texts = texts
        self.sections = sections
        self.items = items
        targetsById = Dictionary(plan.targets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        var horizons: [String: Horizon] = [:]
        var objects: [String: String] = [:]
        var byOwner: [String: [Target]] = [:]
        var owners: [String] = []
        var metricKeys: [String: String] = [:]
        var dimensions: [String: UnitDimension] = [:]
        var specific: Set<String> = []
        for target in plan.targets {
            metricKeys[target.id] = MetricBase.key(target.metric, settings)
            dimensions[target.id] = UnitDimension(target: target)
            if TargetIdentity.isSpecific(target.metric) { specific.insert(target.id) }
            if byOwner[target.itemId] == nil { owners.append(target.itemId) }
            byOwner[target.itemId, default: []].append(target)
            objects[target.id] = Self.object(of: target)
        }
        // A bare number counts what its sentence counts when a statement of the same metric next to
        // it has the unit it implies (南昌's `新认定…580家以上,总数达到1700`: 家).
        for target in plan.targets where target.unit == nil {
            guard let implied = target.unitImplied, let neighbours = byOwner[target.itemId],
                  neighbours.contains(where: { $0.unit == implied && metricKeys[$0.id] == metricKeys[target.id] }) else { continue }
            dimensions[target.id] = UnitDimension(unit: implied)
        }
        for owner in owners {
            guard let text = texts[owner], let targets = byOwner[owner] else { continue }
            let scalars = Array(text.unicodeScalars)
            // Targets come in text order: each is looked for from where the previous one was found.
            var cursor = 0
            for target in targets {
                let needle = Array(target.text.unicodeScalars)
                guard let start = Self.firstIndex(of: needle, in: scalars, from: cursor) ?? Self.firstIndex(of: needle, in: scalars, from: 0)
                else { continue }
                cursor = start
                horizons[target.id] = Self.horizon(scalars, start: start, end: start + needle.count, planYear: plan.year)
            }
        }
        self.horizons = horizons
        self.objects = objects
        self.metricKeys = metricKeys
        self.dimensions = dimensions
        self.specific = specific
    }

    /// The metric as compared: synonyms folded, scope and kind words stripped.
    func metricKey(of target: Target) -> String {
        metricKeys[target.id] ?? target.metric
    }

    func dimension(of target: Target) -> UnitDimension {
        dimensions[target.id] ?? UnitDimension(target: target)
    }

    /// Whether the target's metric name identifies it across sentences (see `TargetIdentity.isSpecific`).
    func isSpecific(_ target: Target) -> Bool {
        specific.contains(target.id)
    }

    func horizon(of target: Target) -> Horizon {
        horizons[target.id] ?? .planYear
    }

    /// The thing counted when the clause names it after the number: `开工建设3个` + `火电电源点送出工程`.
    /// Empty when the clause ends at the number.
    func object(of target: Target) -> String {
        objects[target.id] ?? ""
    }

    private static func horizon(_ scalars: [Unicode.Scalar], start: Int, end: Int, planYear: Int?) -> Horizon {
        // The sentence before the target, back to the last full stop.
        var from = start
        while from > 0, !sentenceEnds.contains(scalars[from - 1]) { from -= 1 }
        let lead = String(String.UnicodeScalarView(scalars[from..<start]))
        if pastWords.occurs(in: lead) { return .past }
        if let year = lastYear(in: scalars[from..<min(end, scalars.count)]), year != planYear { return .year(year) }
        return .planYear
    }

    /// The last `YYYY年` (1990–2100) in a stretch of text.
    private static func lastYear(in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var found: Int?
        var i = scalars.startIndex
        while i + 4 < scalars.endIndex {
            if scalars[i + 4] == "年", (i == scalars.startIndex || !isDigit(scalars[i - 1])), (0..<4).allSatisfy({ isDigit(scalars[i + $0]) }) {
                let value = (0..<4).reduce(0) { $0 * 10 + Int(scalars[i + $1].value - 0x30) }
                if (1990...2100).contains(value) { found = value }
            }
            i += 1
        }
        return found
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    private static func object(of target: Target) -> String {
        let clause = Array(target.clause.unicodeScalars)
        let text = Array(target.text.unicodeScalars)
        guard let start = firstIndex(of: text, in: clause, from: 0) else { return "" }
        var rest = clause[(start + text.count)...].drop { $0 == "的" || $0 == "以" || $0 == "上" || $0 == "左" || $0 == "右" }
        rest = rest.prefix { TextNormalizer.isHan($0) || $0.properties.isAlphabetic }
        return String(String.UnicodeScalarView(rest.prefix(12)))
    }

    private static let sentenceEnds: Set<Unicode.Scalar> = ["。", ";", ";", "!", "?", "\n", "!", "?"]

    private static let pastWords = WordList(["过去五年", "过去一年", "过去的一年", "去年", "上年", "近五年", "五年来", "十三五时期",
                                             "十三五期间", "十四五时期", "十四五期间", "“十四五”时期", "“十三五”时期", "累计完成", "已完成", "已累计"])

    static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        for start in from...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
