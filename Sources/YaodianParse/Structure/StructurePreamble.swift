import YaodianModel

/// The paragraphs between the header and section 一 (总体要求/总体思路, a summary's opening).
/// From raw page text it also drops what is not the document: chrome lines, a repeat of the
/// title, and a repost site's summary box (the first paragraph cut short, right above it).
enum StructurePreamble {
    static func read(_ lines: [StructureLine], from start: Int, to end: Int, title: String?)
        -> (paragraphs: [String], blocks: [StructureBlock]) {
        var paragraphs: [String] = []
        var blocks: [StructureBlock] = []
        let squeezedTitle = title.map(StructureText.squeezed)
        let kept = lines[start..<end].filter { !StructureChrome.isChrome($0) }
        for (k, line) in kept.enumerated() {
            if let squeezedTitle, line.length <= 120, StructureText.squeezed(line.text) == squeezedTitle {
                blocks.append(StructureHeaderReader.block(line))
                continue
            }
            if k + 1 < kept.count, isCutCopy(line, of: kept[k + 1]) { continue }
            paragraphs.append(line.text)
            blocks.append(StructureBlock(ownerId: Plan.preambleID, text: line.text, paragraphIndex: line.index,
                                         offset: line.start))
        }
        return (paragraphs, blocks)
    }

    /// True when `line` is the start of `next`, cut short (optionally with `...`/`…`).
    private static func isCutCopy(_ line: StructureLine, of next: StructureLine) -> Bool {
        var end = line.end
        while end > line.start, line.scalars[end - 1] == "." || line.scalars[end - 1] == "…" { end -= 1 }
        let count = end - line.start
        guard count >= 20, count < next.length else { return false }
        var i = 0
        while i < count {
            if line.scalars[line.start + i] != next.scalars[next.start + i] { return false }
            i += 1
        }
        return true
    }
}
