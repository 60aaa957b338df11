import YaodianModel

/// A quantity found in a clause: `850家以上`, `3.9万人年`, `1-2家`, `3个亿`, `同比增长274%`.
///
/// Two conventions side by side:
/// * `value`, `valueMax`, `unit` are as written (220 and `亿元` for 220亿元, 3.9 and `万人年`), the plan gold's convention;
/// * `normalizedValue`, `normalizedValueMax`, `normalizedUnit` follow quantity-clauses.json: money in 元
///   (220亿元 → 2.2e10 元), 万/亿 in other units multiplied out (3.9万人年 → 39000 人年).
///
/// `comparator` is the quantity's own comparator (quantity-clauses conventions), read only from words next to
/// the number: = bare/达到/达/为/完成; >= 以上/不低于/不少于/突破/至少; > 超过/超/高于/多于/多/余;
/// <= 以下/以内/不超过; < 低于/少于/不足; range 1-2家; ~ 左右/约/近. A 高于 that is not next to the number
/// (`增速高于…增速2个百分点`) compares two other quantities and leaves this one `=`.
public struct QuantityMatch: Hashable, Sendable {
    /// In the unit as written (220 for 220亿元, 3.9 for 3.9万人年, 3 for 3个亿); the lower bound of a range.
    public var value: Double
    /// The upper bound of `1-2家`, `2-3家`, `1到2名`, `一到两家`, `两三家`.
    public var valueMax: Double?
    /// As written, simplified: 家 个 项 件 名 人 人次 场 笔 篇 条 亿元 万元 元 % 个百分点 万人年 倍 …; `亿` for
    /// `3个亿`; `万`/`亿` alone for `1.25万`; `番` for 翻一番; nil when the text gives none (`总数达到1700`).
    public var unit: String?
    /// When `unit` is nil: the unit of the nearest earlier quantity in the same sentence
    /// (`580家以上,总数达到1700` → 家). Never set when `unit` is set.
    public var impliedUnit: String?
    /// Money in 元, 万/亿 multiplied out, % and 个百分点 as they are; 翻一番 → 100 (%), 翻两番 → 300.
    public var normalizedValue: Double
    /// The upper bound of a range, normalised like `normalizedValue`.
    public var normalizedValueMax: Double?
    /// 元 (美元 for dollars) for money; %; 个百分点; 倍; otherwise the counter without 万/亿 (人年 for 万人年);
    /// nil when there is no unit or only a scale word (`1.25万`).
    public var normalizedUnit: String?
    public var comparator: Comparator
    /// 左右/约/近/将近/接近, and the 多/余 of `700多家`, `120余条`.
    public var approx: Bool
    /// Offsets (Unicode scalars) in the scanned text of the whole expression: comparator words before the number,
    /// the number, 多/余, the unit, and 以上/左右 after it.
    public var scalarRange: Range<Int>
    /// Offsets of the number itself (both bounds of a range; `翻一番` whole).
    public var numberRange: Range<Int>

    public init(value: Double, valueMax: Double? = nil, unit: String?, impliedUnit: String? = nil, normalizedValue: Double,
                normalizedValueMax: Double? = nil, normalizedUnit: String?, comparator: Comparator, approx: Bool,
                scalarRange: Range<Int>, numberRange: Range<Int>) {
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.impliedUnit = impliedUnit
        self.normalizedValue = normalizedValue
        self.normalizedValueMax = normalizedValueMax
        self.normalizedUnit = normalizedUnit
        self.comparator = comparator
        self.approx = approx
        self.scalarRange = scalarRange
        self.numberRange = numberRange
    }
}
