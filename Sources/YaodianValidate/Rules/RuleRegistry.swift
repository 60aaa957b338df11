/// Every rule, in the order `--list-rules` prints them. Adding a rule: one file in Rules/ and
/// one line here (a test fails when the folder and this list disagree).
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        MetricValueConflictRule.self,
        PartExceedsWholeRule.self,
        IncrementExceedsTotalRule.self,
        BaselineMismatchRule.self,
        TargetBelowPreviousRule.self,
        GrowthRateInconsistentRule.self,
        RangeInvertedRule.self,
        RateOver100Rule.self,
        MissingUnitRule.self,
        UnitMismatchRule.self,
        YearMismatchRule.self,
        DocNumberFormatRule.self,
        NumberingGapRule.self,
        NumberingDuplicateRule.self,
        NumberingMixedStyleRule.self,
        EmptySectionRule.self,
        SummaryFigureMismatchRule.self,
        VagueTaskRule.self,
        PlanNotFoundRule.self,
    ]

    public static func rule(withId id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }

    public static var ids: [String] { all.map { $0.description.id } }
}
