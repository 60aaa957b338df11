import YaodianModel
import YaodianParse

/// What a unit measures. Two statements of one metric can be compared only in one dimension;
/// 万元 and 亿元 are both money (normalised values are in 元), 家 and 项 are both counts.
enum UnitDimension: Hashable, Sendable {
    case money
    case percent
    case percentagePoints
    case multiple
    case people
    case personTimes
    case personYears
    case count
    case events
    case area
    case length
    case weight
    /// A bare scale word (`1.25万`) or no unit.
    case number
    case other(String)

    init(unit: String?) {
        guard let unit, !unit.isEmpty else {
            self = .number
            return
        }
        let base = Self.withoutScale(unit)
        switch base {
        case "元", "美元": self = .money
        case "%", "‰": self = .percent
        case "个百分点", "百分点": self = .percentagePoints
        case "倍": self = .multiple
        case "人", "名", "位": self = .people
        case "人次": self = .personTimes
        case "人年": self = .personYears
        case "家", "个", "项", "件", "所", "座", "台", "套", "款", "种", "条", "户", "支", "篇", "笔": self = .count
        case "场", "次", "场次", "期", "届": self = .events
        case "亩", "平方米", "平方公里", "公顷": self = .area
        case "公里", "千米", "米": self = .length
        case "吨": self = .weight
        case "": self = .number
        default: self = .other(base)
        }
    }

    init(target: Target) {
        self.init(unit: target.normalizedUnit ?? target.unit)
    }

    /// `万家` → `家`, `亿元` → `元`, `万` → ``.
    static func withoutScale(_ unit: String) -> String {
        guard let scale = ScaleWords.prefix(of: unit) else { return unit }
        return String(unit.dropFirst(scale.text.count))
    }

    var isRate: Bool { self == .percent || self == .percentagePoints }
}
