import YaodianModel

/// Turns the builder's elements into `PlanSection`s and `PlanItem`s: titles by the lead-sentence
/// rule, `一是…` points as child items (`S1.S2.P3`), section text, and the blocks each place owns.
struct StructureTreeOutput {
    let lines: [StructureLine]
    let elements: [StructureElement]
    private(set) var blocks: [StructureBlock] = []

    init(lines: [StructureLine], elements: [StructureElement]) {
        self.lines = lines
        self.elements = elements
    }

    mutating func sections(_ roots: [Int]) -> [PlanSection] {
        roots.map { section($0) }
    }

    private mutating func section(_ index: Int) -> PlanSection {
        let element = elements[index]
        let read = readBody(of: element)
        var subsections: [PlanSection] = []
        var items = read.points
        for child in element.children {
            if elements[child].isSection {
                subsections.append(section(child))
            } else {
                items.append(item(child))
            }
        }
        return PlanSection(id: element.id, number: element.number, level: element.level, title: read.title,
                           text: read.ownText, sections: subsections, items: items)
    }

    private mutating func item(_ index: Int) -> PlanItem {
        let element = elements[index]
        let read = readBody(of: element)
        var children = read.points
        for child in element.children { children.append(item(child)) }
        let header = lines[element.header.line]
        var text = header.slice(header.start, header.end)
        for segment in element.body {
            text += "\n" + lines[segment.line].slice(segment.start, segment.end)
        }
        return PlanItem(id: element.id, number: element.number, title: read.title, text: text, items: children)
    }

    /// An element's title: its heading's lead sentence (what `sections(_:)` gives it).
    static func title(of element: StructureElement, lines: [StructureLine]) -> String {
        let h = element.header
        let line = lines[h.line]
        return line.slice(h.start, StructureLead.sentence(line.scalars, from: h.start, to: h.end).titleEnd)
    }

    /// The element's title, its own unnumbered text, and its points; records its blocks.
    private mutating func readBody(of element: StructureElement) -> (title: String, ownText: [String], points: [PlanItem]) {
        let h = element.header
        let line = lines[h.line]
        let s = line.scalars
        let (titleEnd, sentenceEnd) = StructureLead.sentence(s, from: h.start, to: h.end)
        let title = line.slice(h.start, titleEnd)

        var body: [StructureSegment] = []
        let rest = StructureText.trimmed(s, sentenceEnd, h.end)
        if rest.lower < rest.upper { body.append(StructureSegment(line: h.line, start: rest.lower, end: rest.upper)) }
        body.append(contentsOf: element.body)

        let points = StructurePoints.find(in: body, lines: lines)
        var ownText: [String] = []
        if points.isEmpty {
            addBlock(element.id, StructureSegment(line: h.line, start: h.start, end: h.end))
            for (k, segment) in body.enumerated() {
                if k == 0, segment.line == h.line { ownText.append(piece(segment)); continue }
                addBlock(element.id, segment)
                ownText.append(piece(segment))
            }
            return (title, ownText, [])
        }

        addBlock(element.id, StructureSegment(line: h.line, start: h.start, end: sentenceEnd))
        // Walk the body, cutting it at each point's marker.
        var owner: Int? = nil
        for (k, segment) in body.enumerated() {
            var cursor = segment.start
            for (p, point) in points.enumerated() where point.segment == k {
                let before = StructureSegment(line: segment.line, start: cursor, end: point.position)
                ownPiece(before, owner: owner, element: element, points: points, ownText: &ownText)
                owner = p
                cursor = point.contentStart
            }
            let tail = StructureSegment(line: segment.line, start: cursor, end: segment.end)
            ownPiece(tail, owner: owner, element: element, points: points, ownText: &ownText)
        }
        let items = points.indices.map { pointItem($0, points: points, body: body, parentId: element.id) }
        return (title, ownText, items)
    }

    private mutating func ownPiece(_ segment: StructureSegment, owner: Int?, element: StructureElement,
                                   points: [StructurePoint], ownText: inout [String]) {
        let trimmed = StructureText.trimmed(lines[segment.line].scalars, segment.start, segment.end)
        guard trimmed.lower < trimmed.upper else { return }
        let cut = StructureSegment(line: segment.line, start: trimmed.lower, end: trimmed.upper)
        if let owner {
            addBlock("\(element.id).P\(points[owner].value)", cut)
        } else {
            addBlock(element.id, cut)
            ownText.append(piece(cut))
        }
    }

    /// Point `p` as an item: its text runs from its marker to the next marker (or the body's end).
    private func pointItem(_ p: Int, points: [StructurePoint], body: [StructureSegment], parentId: String) -> PlanItem {
        let point = points[p]
        let next = p + 1 < points.count ? points[p + 1] : nil
        var parts: [String] = []
        var title = ""
        for k in point.segment..<body.count {
            if let next, k > next.segment { break }
            let segment = body[k]
            let s = lines[segment.line].scalars
            let from = k == point.segment ? point.position : segment.start
            var to = segment.end
            if let next, next.segment == k { to = next.position }
            if k == point.segment {
                let (titleEnd, _) = StructureLead.sentence(s, from: point.contentStart, to: to)
                title = lines[segment.line].slice(point.contentStart, titleEnd)
            }
            let range = StructureText.trimmed(s, from, to)
            if range.lower < range.upper { parts.append(lines[segment.line].slice(range.lower, range.upper)) }
        }
        return PlanItem(id: "\(parentId).P\(point.value)", number: point.number, title: title,
                        text: parts.joined(separator: "\n"))
    }

    private func piece(_ segment: StructureSegment) -> String {
        let s = lines[segment.line].scalars
        let range = StructureText.trimmed(s, segment.start, segment.end)
        return lines[segment.line].slice(range.lower, range.upper)
    }

    private mutating func addBlock(_ ownerId: String, _ segment: StructureSegment) {
        let line = lines[segment.line]
        let range = StructureText.trimmed(line.scalars, segment.start, segment.end)
        guard range.lower < range.upper else { return }
        blocks.append(StructureBlock(ownerId: ownerId, text: line.slice(range.lower, range.upper),
                                     paragraphIndex: line.index, offset: range.lower))
    }
}
