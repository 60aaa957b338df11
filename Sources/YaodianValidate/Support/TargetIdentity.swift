import YaodianModel
import YaodianParse

/// When two targets state the same thing: the same metric (synonyms folded), kind, scope, unit
/// dimension, horizon and counted object. Rules that compare statements group targets by it.
struct TargetIdentity: Hashable {
    let metric: String
    let kind: TargetKind
    let scope: String
    let dimension: UnitDimension
    let horizon: PlanIndex.Horizon
    let object: String

    init(_ target: Target, index: PlanIndex, kind: TargetKind? = nil) {
        metric = index.metricKey(of: target)
        self.kind = kind ?? target.kind
        scope = target.scopeKey
        dimension = index.dimension(of: target)
        horizon = index.horizon(of: target)
        object = index.object(of: target)
    }

    /// Names too short to identify a metric across sentences (`投资`, `开工建设数` both name many
    /// things in a 政府工作报告); such targets are compared only within their own wording.
    static func isSpecific(_ metric: String) -> Bool {
        // A name that holds a year (`2035年`) was cut from a time phrase, not a subject.
        if !YearMentions.years(in: metric).isEmpty { return false }
        var core = Substring(metric)
        for suffix in ["数", "量", "额", "数量"] where core.hasSuffix(suffix) {
            core = core.dropLast(suffix.count)
            break
        }
        for verb in ["开工建设", "建设", "完成", "新增", "新建", "实施", "推动", "培育", "打造", "引进"] where core.hasPrefix(verb) {
            core = core.dropFirst(verb.count)
            break
        }
        return core.count >= 3
    }
}
