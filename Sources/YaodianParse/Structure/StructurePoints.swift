/// A stretch of one paragraph: `lines[line].scalars[start..<end]`.
struct StructureSegment {
    /// Index into the parser's lines (not the caller's paragraph index).
    let line: Int
    let start: Int
    let end: Int
}

/// One `一是…` point found in a body: where its marker starts and its content begins.
struct StructurePoint {
    /// Index into the body's segments.
    let segment: Int
    /// Marker start (`contentStart` for an implied first point).
    let position: Int
    let contentStart: Int
    let value: Int
    /// The number as written (`三是`), or `一是` for an implied first point.
    let number: String
    /// True for the first point of a body that starts with no `一是` (北仑 (一)).
    let implied: Bool
}

/// Inline enumerations `一是…二是…三是…` in the body of a section, subsection or item.
/// A marker counts at the start of a paragraph or after `。;:,!?`; the markers must run
/// 一是, 二是, … without gaps, at least two of them. When the run starts at 二是 and text
/// precedes it, that text is the implied first point.
enum StructurePoints {
    static func find(in segments: [StructureSegment], lines: [StructureLine]) -> [StructurePoint] {
        var candidates: [StructurePoint] = []
        for (k, segment) in segments.enumerated() {
            let s = lines[segment.line].scalars
            var i = segment.start + 1
            while i < segment.end {
                if s[i] == "是", let candidate = candidate(s, k, segment, shi: i) { candidates.append(candidate) }
                i += 1
            }
        }
        guard candidates.count >= 2 else { return [] }

        let fromOne = chain(candidates, from: 1)
        if fromOne.count >= 2 { return fromOne }
        let fromTwo = chain(candidates, from: 2)
        guard fromTwo.count >= 2, let first = fromTwo.first,
              let implied = impliedStart(segments, lines, before: first) else { return [] }
        return [StructurePoint(segment: implied.segment, position: implied.position, contentStart: implied.position,
                               value: 1, number: "一是", implied: true)] + fromTwo
    }

    /// The marker ending in the `是` at `shi`, if a numeral precedes it at a boundary.
    private static func candidate(_ s: [Unicode.Scalar], _ k: Int, _ segment: StructureSegment, shi: Int) -> StructurePoint? {
        for length in [2, 1] {
            let start = shi - length
            guard start >= segment.start,
                  let (value, used) = StructureNumerals.chinese(s, at: start, limit: shi), used == length,
                  isBoundary(s, before: start, segmentStart: segment.start) else { continue }
            return StructurePoint(segment: k, position: start, contentStart: shi + 1, value: value,
                                  number: StructureText.string(s, start, shi + 1), implied: false)
        }
        return nil
    }

    private static func isBoundary(_ s: [Unicode.Scalar], before position: Int, segmentStart: Int) -> Bool {
        var j = position
        while j > segmentStart, StructureText.isSpace(s[j - 1]) { j -= 1 }
        if j == segmentStart { return true }
        switch StructureText.fold(s[j - 1]) {
        case "。", ";", ":", ",", "!", "?": return true
        default: return false
        }
    }

    /// Greedy run of consecutive values starting at `first`.
    private static func chain(_ candidates: [StructurePoint], from first: Int) -> [StructurePoint] {
        var expected = first
        var run: [StructurePoint] = []
        for candidate in candidates where candidate.value == expected {
            run.append(candidate)
            expected += 1
        }
        return run
    }

    /// The first non-space position of the body before `marker`, if there is one.
    private static func impliedStart(_ segments: [StructureSegment], _ lines: [StructureLine],
                                     before marker: StructurePoint) -> (segment: Int, position: Int)? {
        for k in 0...marker.segment {
            let segment = segments[k]
            let s = lines[segment.line].scalars
            let limit = k == marker.segment ? marker.position : segment.end
            var i = segment.start
            while i < limit {
                if !StructureText.isSpace(s[i]) { return (k, i) }
                i += 1
            }
        }
        return nil
    }
}
