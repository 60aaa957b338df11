import YaodianModel

/// Facts about a target that several rules compare on.
extension Target {
    /// The value in the normalised unit (元 for money), or as written.
    var comparableValue: Double { normalizedValue ?? value }

    /// The upper end of a range in the normalised unit.
    var comparableValueMax: Double? {
        guard let valueMax else { return nil }
        guard let normalizedValue, value != 0 else { return valueMax }
        return valueMax * (normalizedValue / value)
    }

    /// The scope as compared: the whole jurisdiction (全市, 全区, 全社会, none) is one scope;
    /// 规上, 区本级 and the like are their own.
    var scopeKey: String {
        switch scope {
        case nil, "全市"?, "全区"?, "全县"?, "全省"?, "全社会"?: ""
        case let other?: other
        }
    }

    /// The unit as printed in messages.
    var unitText: String { unit ?? "" }

    /// The value as written, with its range and unit: `850家`, `1-2家`, `3.0%`.
    var valueText: String {
        let number = Self.format(value)
        if let valueMax { return "\(number)-\(Self.format(valueMax))\(unitText)" }
        return number + unitText
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(value)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

extension ReportedFigure {
    var valueText: String { Target.format(value) + (unit ?? "") }
}
