import YaodianModel
import YaodianParse

/// Everything a rule may read: the document, last year's plan or summary, progress data, and the
/// shared settings (tolerance, metric synonyms).
public struct ValidationContext: Sendable {
    public var document: ValidationDocument
    public var previous: ValidationDocument?
    public var progress: ProgressData?
    public var settings: ValidationSettings
    /// The plan's places and per-target facts, built once for all rules.
    let index: PlanIndex?
    /// Last year's levels by metric (empty without `--previous`).
    let previousValues: PreviousValues
    /// The numbering marks the numbering rules check, and what is wrong with their sequence.
    let numbering: [NumberingMark]
    let numberingEvents: [NumberingSequence.Event]

    public init(document: ValidationDocument, previous: ValidationDocument? = nil, progress: ProgressData? = nil,
                settings: ValidationSettings = ValidationSettings()) {
        self.document = document
        self.previous = previous
        self.progress = progress
        self.settings = settings
        index = document.plan.map { PlanIndex(plan: $0, settings: settings) }
        previousValues = PreviousValues(previous, settings: settings)
        numbering = PlanNumbering.marks(document)
        numberingEvents = NumberingSequence.check(numbering, restartsAfterProse: document.plan?.figures.isEmpty == false)
    }

    public var plan: Plan? { document.plan }
}

/// Settings every rule shares.
public struct ValidationSettings: Sendable {
    /// Relative tolerance when two figures are compared (0.005 = half a percent).
    public var tolerance: Double
    /// Extra metric synonyms from the configuration: each name maps to its canonical metric.
    public var metricSynonyms: [String: String]

    public init(tolerance: Double = 0.005, metricSynonyms: [String: String] = [:]) {
        self.tolerance = tolerance
        self.metricSynonyms = metricSynonyms
    }

    /// The metric as compared: configured synonyms folded (the parser already folds its lexicon's).
    public func metricKey(_ metric: String) -> String {
        metricSynonyms[metric] ?? metric
    }

    /// True when two figures agree within the tolerance.
    public func same(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= tolerance * max(abs(a), abs(b)) + 1e-9
    }
}
