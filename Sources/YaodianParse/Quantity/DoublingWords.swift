/// 翻一番 / 翻两番 / 翻番 / 翻了一番: the level doubles (quadruples …).
///
/// Decision: read as growth. `value` is the number of doublings as written (1 for 翻一番, unit `番`);
/// `normalizedValue` is the growth in percent, (2^n − 1) × 100 — 100 for 翻一番, 300 for 翻两番 —
/// with `normalizedUnit` `%`, so that it compares with `增长100%` (a growth_rate target), not with `2倍`.
enum DoublingWords {
    struct Reading {
        var doublings: Double
        var numberRange: Range<Int>
        var end: Int
    }

    private static let fan = QuantityScalars.u("翻")
    private static let le = QuantityScalars.u("了")
    private static let fanUnit = QuantityScalars.u("番")

    /// The doubling starting at `i` (a 翻), if there is one.
    static func read(_ t: QuantityText, at i: Int) -> Reading? {
        guard t[i] == fan else { return nil }
        var j = i + 1
        if t[j] == le { j += 1 }
        if t[j] == fanUnit { return Reading(doublings: 1, numberRange: i..<j + 1, end: j + 1) }
        let n: Double
        if let d = ChineseNumeral.digit(t[j]), d > 0 {
            n = d
        } else if t.isDigit(j), !t.isDigit(j + 1) {
            n = Double(t[j] - 0x30)
        } else {
            return nil
        }
        guard t[j + 1] == fanUnit, n > 0 else { return nil }
        return Reading(doublings: n, numberRange: j..<j + 1, end: j + 2)
    }

    /// Growth in percent for `n` doublings.
    static func growthPercent(_ n: Double) -> Double {
        var level = 1.0
        for _ in 0..<Int(n) { level *= 2 }
        return (level - 1) * 100
    }
}
