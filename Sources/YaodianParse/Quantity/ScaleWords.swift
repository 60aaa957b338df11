/// The scale words of Chinese quantities (`220亿元`, `3.9万人年`, `1.25万`) and what they multiply
/// by, longest first — one list for the quantity reader and for tools that compare units.
public enum ScaleWords {
    public static let all: [(text: String, factor: Double)] = [
        ("万亿", 1e12), ("千亿", 1e11), ("百亿", 1e10), ("十亿", 1e9), ("千万", 1e7),
        ("百万", 1e6), ("十万", 1e5), ("亿", 1e8), ("万", 1e4),
    ]

    /// The scale word a unit starts with and its factor (`亿元` → 亿, 1e8), or nil (`家`, `个百分点`).
    public static func prefix(of unit: String) -> (text: String, factor: Double)? {
        guard let first = unit.unicodeScalars.first, "万亿千百十".unicodeScalars.contains(first), !unit.hasSuffix("百分点") else { return nil }
        return all.first { unit.hasPrefix($0.text) }
    }
}
