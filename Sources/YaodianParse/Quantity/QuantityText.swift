/// The folded scalars of the text being scanned and the window the scanner may read.
/// Reads outside the window give 0, so lookahead and lookbehind need no bounds checks.
struct QuantityText {
    let s: [UInt32]
    let lower: Int
    let upper: Int

    init(_ s: [UInt32], window: Range<Int>) {
        self.s = s
        lower = max(0, window.lowerBound)
        upper = min(s.count, window.upperBound)
    }

    @inline(__always)
    subscript(i: Int) -> UInt32 { i >= lower && i < upper ? s[i] : 0 }

    @inline(__always)
    func cls(_ i: Int) -> QuantityScalars.Class { QuantityScalars.classOf(self[i]) }

    @inline(__always)
    func isDigit(_ i: Int) -> Bool { let v = self[i]; return v >= 0x30 && v <= 0x39 }

    @inline(__always)
    func isLetter(_ i: Int) -> Bool { cls(i).contains(.letter) }

    @inline(__always)
    func isSpace(_ i: Int) -> Bool { cls(i).contains(.space) }

    @inline(__always)
    func isChineseNumeral(_ i: Int) -> Bool { cls(i).contains(.chineseNumeral) }

    /// True when `word` starts at `i`.
    func has(_ word: [UInt32], at i: Int) -> Bool {
        guard i >= lower, i + word.count <= upper else { return false }
        for (k, v) in word.enumerated() where s[i + k] != v { return false }
        return true
    }

    /// True when `word` ends just before `end`.
    func has(_ word: [UInt32], endingAt end: Int) -> Bool {
        has(word, at: end - word.count)
    }

    /// The first of `words` (ordered longest first) that starts at `i`.
    func first<Entry>(of entries: [Entry], at i: Int, word: (Entry) -> [UInt32]) -> Entry? {
        entries.first { has(word($0), at: i) }
    }

    /// `i` moved past one space, if there is exactly one there.
    func skippingOneSpace(_ i: Int) -> Int {
        isSpace(i) && !isSpace(i + 1) ? i + 1 : i
    }

    /// `i` (an end) moved back before one space, if there is exactly one there.
    func skippingOneSpace(backFrom i: Int) -> Int {
        isSpace(i - 1) && !isSpace(i - 2) ? i - 1 : i
    }
}
