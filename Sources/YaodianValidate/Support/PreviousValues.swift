import YaodianModel
import YaodianParse

/// Last year's figures by metric, from the document given with `--previous`: a summary's actual
/// figures (the latest stated), or a plan's total targets. The baseline this year's plan builds on.
struct PreviousValues: Sendable {
    struct Value: Sendable {
        let metric: String
        /// In the normalised unit where one is known (元 for money).
        let value: Double
        let dimension: UnitDimension
        let text: String
        let anchor: Anchor
        /// true for a summary's reported figure, false for a plan's target.
        let isActual: Bool
        /// The value as last year's document writes it (`2150家`, `150亿元`).
        let valueText: String
    }

    private var byMetric: [String: Value] = [:]

    init(_ previous: ValidationDocument?, settings: ValidationSettings) {
        guard let previous, let plan = previous.plan else { return }
        for figure in plan.figures where figure.kind == .actual {
            let key = MetricBase.key(figure.metric, settings)
            // Later statements (the year's end) replace earlier ones (1-5月).
            byMetric[key] = Value(metric: figure.metric, value: figure.value * Self.scale(of: figure.unit),
                                  dimension: UnitDimension(unit: figure.unit), text: figure.text,
                                  anchor: .previous(id: figure.id, text: figure.text),
                                  isActual: true,
                                  valueText: figure.valueText)
        }
        for target in plan.targets where target.kind == .total && target.parentId == nil {
            let key = MetricBase.key(target.metric, settings)
            guard byMetric[key] == nil else { continue }
            byMetric[key] = Value(metric: target.metric, value: target.comparableValue, dimension: UnitDimension(target: target),
                                  text: target.text, anchor: .previous(id: target.id, text: target.text),
                                  isActual: false,
                                  valueText: target.valueText)
        }
    }

    /// Last year's level of a metric (as `MetricBase.key` writes it) in the same unit dimension.
    func value(for metricKey: String, dimension: UnitDimension) -> Value? {
        guard let found = byMetric[metricKey], found.dimension == dimension else { return nil }
        return found
    }

    /// What 万/亿 in a figure's unit multiply by, to compare with a target's normalised value.
    static func scale(of unit: String?) -> Double {
        unit.flatMap(ScaleWords.prefix(of:))?.factor ?? 1
    }

    /// A label for the previous place: `上年实际` or `上年目标`.
    func label(for value: Value) -> LocalizedText {
        value.isActual ? LocalizedText(zh: "上年实际:\(value.text)", en: "last year's actual: \(value.text)")
            : LocalizedText(zh: "上年计划:\(value.text)", en: "last year's plan: \(value.text)")
    }
}
