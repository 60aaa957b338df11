/// A work plan (工作要点) or half-year summary (半年工作总结) read as data: its numbered structure
/// and every quantity it commits to or reports. Ids are derived from each part's place in the
/// document (`S3`, `S3.I16`, `S3.I16.T1`), so ingesting the same text again gives the same ids.
public struct Plan: Hashable, Sendable, Codable {
    public var kind: PlanKind
    /// The plan's own title (not the 通知 that wraps it).
    public var title: String?
    public var year: Int?
    /// The city or district, without 市/区 (`宁波`, `北仑`).
    public var region: String?
    public var issuer: String?
    /// The 印发…的通知 around the plan, when there is one.
    public var wrapper: NoticeWrapper?
    /// Paragraphs before the first numbered section (总体要求/总体思路).
    public var preamble: [String]
    public var sections: [PlanSection]
    /// Every quantitative target, in document order.
    public var targets: [Target]
    /// Figures a summary reports (actuals, growth, forecasts), in document order.
    public var figures: [ReportedFigure]

    public init(kind: PlanKind, title: String? = nil, year: Int? = nil, region: String? = nil, issuer: String? = nil,
                wrapper: NoticeWrapper? = nil, preamble: [String] = [], sections: [PlanSection] = [],
                targets: [Target] = [], figures: [ReportedFigure] = []) {
        self.kind = kind
        self.title = title
        self.year = year
        self.region = region
        self.issuer = issuer
        self.wrapper = wrapper
        self.preamble = preamble
        self.sections = sections
        self.targets = targets
        self.figures = figures
    }

    /// The id of the preamble, which targets in it point to.
    public static let preambleID = "P"
}

public enum PlanKind: String, Hashable, Sendable, Codable {
    case workPlan = "work_plan"
    case halfYearSummary = "half_year_summary"
}

/// The 通知 that issues a plan: addressees, one paragraph, issuer and date.
public struct NoticeWrapper: Hashable, Sendable, Codable {
    public var title: String?
    public var addressees: String?
    public var text: [String]
    public var issuer: String?
    public var date: CalendarDate?

    public init(title: String? = nil, addressees: String? = nil, text: [String] = [], issuer: String? = nil, date: CalendarDate? = nil) {
        self.title = title
        self.addressees = addressees
        self.text = text
        self.issuer = issuer
        self.date = date
    }
}

/// A numbered section (`一、`) or subsection (`(一)`).
public struct PlanSection: Hashable, Sendable, Codable {
    public var id: String
    /// The number as written: `一`, `(一)`.
    public var number: String
    /// 1 for `一、`, 2 for `(一)`.
    public var level: Int
    public var title: String
    /// Unnumbered paragraphs of the section itself (a subsection with no items holds its text here).
    public var text: [String]
    public var sections: [PlanSection]
    public var items: [PlanItem]

    public init(id: String, number: String, level: Int, title: String, text: [String] = [], sections: [PlanSection] = [],
                items: [PlanItem] = []) {
        self.id = id
        self.number = number
        self.level = level
        self.title = title
        self.text = text
        self.sections = sections
        self.items = items
    }
}

/// A numbered task (`16.加快高新技术企业培育。…`) or an enumerated point (`一是…`).
public struct PlanItem: Hashable, Sendable, Codable {
    public var id: String
    /// The number as written: `16`, `(1)`, `一是`.
    public var number: String
    /// The lead sentence, up to the first `。` (or the line end).
    public var title: String
    /// The whole item text, number included.
    public var text: String
    /// Sub-items: `(1)` under `1.`, or `一是…二是…` points inside a paragraph.
    public var items: [PlanItem]

    public init(id: String, number: String, title: String, text: String, items: [PlanItem] = []) {
        self.id = id
        self.number = number
        self.title = title
        self.text = text
        self.items = items
    }
}

/// One quantity the plan commits to: `力争净增高新技术企业850家以上`.
public struct Target: Hashable, Sendable, Codable {
    /// `<place>.T<n>`: `S3.I16.T1`, `P.T2` in the preamble.
    public var id: String
    /// The id of the item, section or preamble (`P`) that states it.
    public var itemId: String
    /// The shortest stretch carrying the number, its unit and the words naming the metric.
    public var text: String
    /// The clause around it (between `,` `;` `。` `:`).
    public var clause: String
    /// Normalised metric name (synonyms folded through the metric lexicon).
    public var metric: String
    public var kind: TargetKind
    public var comparator: Comparator
    /// In the unit as written (220 for 220亿元); the lower bound of a range.
    public var value: Double
    /// The upper bound of a range.
    public var valueMax: Double?
    /// As written (`家`, `亿元`, `%`, `个百分点`); nil when the text gives none.
    public var unit: String?
    /// The unit a missing one implies from the metric (`家` for 高新技术企业 总数达到1700).
    public var unitImplied: String?
    /// Money in 元 and 万/亿 multiplied out, for comparing across documents.
    public var normalizedValue: Double?
    public var normalizedUnit: String?
    /// 力争 / 争取 / 确保 / 努力 / 争创.
    public var qualifier: String?
    /// True when the qualifier governs from earlier in the sentence (`力争…,…,…`).
    public var qualifierInherited: Bool
    /// 左右, 约.
    public var approx: Bool
    /// 全市 / 全社会 / 规上 / 区本级, where stated.
    public var scope: String?
    /// The whole a `其中` part belongs to.
    public var parentId: String?

    public init(id: String, itemId: String, text: String, clause: String, metric: String, kind: TargetKind,
                comparator: Comparator, value: Double, valueMax: Double? = nil, unit: String?, unitImplied: String? = nil,
                normalizedValue: Double? = nil, normalizedUnit: String? = nil, qualifier: String? = nil,
                qualifierInherited: Bool = false, approx: Bool = false, scope: String? = nil, parentId: String? = nil) {
        self.id = id
        self.itemId = itemId
        self.text = text
        self.clause = clause
        self.metric = metric
        self.kind = kind
        self.comparator = comparator
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.unitImplied = unitImplied
        self.normalizedValue = normalizedValue
        self.normalizedUnit = normalizedUnit
        self.qualifier = qualifier
        self.qualifierInherited = qualifierInherited
        self.approx = approx
        self.scope = scope
        self.parentId = parentId
    }
}

public enum TargetKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A level reached (高企突破3000家, 技术交易额220亿元).
    case total
    /// Added in the year (新增, 净增, 新认定, 引进).
    case increment
    /// 增长 x%.
    case growthRate = "growth_rate"
    /// 占…比重 x%.
    case share
    /// Events and actions in the year (举办50场, 立项140项).
    case count
    /// Money moved by a programme (发放创新券5000万元).
    case amount
    /// Relative to another quantity (增速高于…2个百分点).
    case relative
}

public enum Comparator: String, Hashable, Sendable, Codable, CaseIterable {
    case equal = "="
    case atLeast = ">="
    case above = ">"
    case atMost = "<="
    case below = "<"
    case range
    case approximately = "~"
}

/// A figure a summary reports: `1-5月…高新技术产业增加值139.5亿元`.
public struct ReportedFigure: Hashable, Sendable, Codable {
    public var id: String
    /// The section, item or point that reports it.
    public var itemId: String
    public var text: String
    public var metric: String
    public var value: Double
    public var unit: String?
    /// `上半年`, `1-5月`, `今年以来`, `预计6月底` …
    public var period: String
    public var kind: FigureKind
    /// The 多/余 of `700多家`.
    public var approx: Bool

    public init(id: String, itemId: String, text: String, metric: String, value: Double, unit: String?, period: String,
                kind: FigureKind, approx: Bool = false) {
        self.id = id
        self.itemId = itemId
        self.text = text
        self.metric = metric
        self.value = value
        self.unit = unit
        self.period = period
        self.kind = kind
        self.approx = approx
    }
}

public enum FigureKind: String, Hashable, Sendable, Codable {
    case actual, growth, forecast
}

/// One row of progress data: the actual figure of a metric for a period, as the departments
/// reported it (a row of `progress.csv`). `line` is its line in that file, for messages.
public struct ProgressRecord: Hashable, Sendable, Codable {
    /// The target id the row reports on (`S3.I16.T1`), when the file names one.
    public var targetId: String?
    public var metric: String
    /// `1-5月`, `上半年`, `6月底`; nil when the row does not say.
    public var period: String?
    public var value: Double
    public var unit: String?
    public var line: Int

    public init(targetId: String? = nil, metric: String, period: String? = nil, value: Double, unit: String? = nil, line: Int) {
        self.targetId = targetId
        self.metric = metric
        self.period = period
        self.value = value
        self.unit = unit
        self.line = line
    }
}
