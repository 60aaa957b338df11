import YaodianText
import YaodianModel

/// Work plan or half-year summary: a summary's title or one of its part headings says 半年 and
/// 总结 (`科技局2020年半年度工作總結及下半年工作計劃`, `一、上半年工作總結`).
enum StructureKind {
    static func kind(of texts: [String]) -> PlanKind {
        texts.contains(where: isHalfYearSummary) ? .halfYearSummary : .workPlan
    }

    static func isHalfYearSummary(_ text: String) -> Bool {
        let t = ChineseScript.shared.simplified(text)
        return t.includes("半年") && t.includes("总结")
    }
}
