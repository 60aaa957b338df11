/// A number kept as mantissa and decimal places, so that scaling is exact where the decimal is:
/// 6.653亿 → 6653 × 10^8 / 10^3 = 665300000 (not 665300000.0000001).
struct DecimalValue: Hashable, Sendable {
    var mantissa: Double
    var fractionDigits: Int

    init(mantissa: Double, fractionDigits: Int = 0) {
        self.mantissa = mantissa
        self.fractionDigits = fractionDigits
    }

    var value: Double { scaled(by: 1) }

    func scaled(by factor: Double) -> Double {
        fractionDigits == 0 ? mantissa * factor : mantissa * factor / Self.powerOfTen(fractionDigits)
    }

    func multiplied(by factor: Double) -> DecimalValue {
        DecimalValue(mantissa: mantissa * factor, fractionDigits: fractionDigits)
    }

    func negated() -> DecimalValue {
        DecimalValue(mantissa: -mantissa, fractionDigits: fractionDigits)
    }

    static func powerOfTen(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<n { p *= 10 }
        return p
    }
}
