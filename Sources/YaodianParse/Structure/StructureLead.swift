/// The lead-sentence rule for titles: everything after the number up to the first `。`, or up to
/// the end of the paragraph (or point) when there is none (`16.加快高新技术企业培育。` → 加快高新技术企业培育).
enum StructureLead {
    /// In `scalars[start..<end]`: where the title ends (before the `。`, without trailing spaces
    /// or `,;:、`) and where its sentence ends (after the `。`, or `end`).
    static func sentence(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> (titleEnd: Int, sentenceEnd: Int) {
        let stop = StructureText.firstIndex(of: "。", in: scalars, start, end)
        var titleEnd = stop ?? end
        while titleEnd > start, isTrailing(scalars[titleEnd - 1]) { titleEnd -= 1 }
        return (titleEnd, stop.map { $0 + 1 } ?? end)
    }

    private static func isTrailing(_ s: Unicode.Scalar) -> Bool {
        if StructureText.isSpace(s) { return true }
        switch StructureText.fold(s) {
        case ",", ";", ":", "、": return true
        default: return false
        }
    }
}
