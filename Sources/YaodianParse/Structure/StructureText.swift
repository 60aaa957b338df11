/// Scalar-level text helpers of the structure parser: spaces, full-width folding, slicing.
/// The parser works on `[Unicode.Scalar]` so offsets are code points (the gold's span unit).
enum StructureText {
    /// Spaces a paragraph is trimmed of: ASCII whitespace, NBSP, ideographic space, zero-width
    /// and other Unicode spaces, BOM.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Full-width ASCII forms (`（` `１` `．`) as ASCII; everything else unchanged.
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v >= 0xFF01 && v <= 0xFF5E, let folded = Unicode.Scalar(v - 0xFEE0) { return folded }
        return s
    }

    /// The ASCII value of a (possibly full-width) decimal digit.
    @inline(__always)
    static func digit(_ s: Unicode.Scalar) -> Int? {
        let v = fold(s).value
        return v >= 0x30 && v <= 0x39 ? Int(v - 0x30) : nil
    }

    /// A short string of `scalars[lower..<upper]` (marker numbers; long text is cut with
    /// `StructureLine.slice`, which copies UTF-8 instead of re-encoding).
    static func string(_ scalars: [Unicode.Scalar], _ lower: Int, _ upper: Int) -> String {
        guard lower < upper else { return "" }
        var view = String.UnicodeScalarView()
        for i in lower..<upper { view.append(scalars[i]) }
        return String(view)
    }

    /// `lower..<upper` without spaces at either end.
    static func trimmed(_ scalars: [Unicode.Scalar], _ lower: Int, _ upper: Int) -> (lower: Int, upper: Int) {
        var a = lower, b = upper
        while a < b, isSpace(scalars[a]) { a += 1 }
        while b > a, isSpace(scalars[b - 1]) { b -= 1 }
        return (a, b)
    }

    /// The first position in `lower..<upper` holding `target`.
    static func firstIndex(of target: Unicode.Scalar, in scalars: [Unicode.Scalar], _ lower: Int, _ upper: Int) -> Int? {
        var i = lower
        while i < upper {
            if scalars[i] == target { return i }
            i += 1
        }
        return nil
    }

    /// The text without any spaces (to compare titles written with stray spaces).
    static func squeezed(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for s in text.unicodeScalars where !isSpace(s) { view.append(s) }
        return String(view)
    }
}
