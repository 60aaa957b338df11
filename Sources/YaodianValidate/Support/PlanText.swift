import YaodianModel

extension PlanSection {
    /// The heading as printed: `一、总体要求`, `(一)谋划布局`, or the bare title of an unnumbered part.
    var heading: String {
        if number.isEmpty { return title }
        return level == 1 ? "\(number)、\(title)" : "\(number)\(title)"
    }
}
