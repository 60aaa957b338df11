/// One numbered place while the body is read: a section (level 1), subsection (2), item (3) or
/// sub-item (4), its marker line and the unnumbered paragraphs that follow it.
struct StructureElement {
    let id: String
    let number: String
    let level: Int
    /// The marker line from the content start (after the number).
    let header: StructureSegment
    /// Unnumbered paragraphs that belong to it.
    var body: [StructureSegment] = []
    /// Indices of subsections and items in `StructureTreeBuilder.elements`, in document order.
    var children: [Int] = []

    var isSection: Bool { level <= 2 }
}

/// Reads the body (from the first heading on) paragraph by paragraph into a tree of
/// `StructureElement`s. A marker opens a place only when its number fits the running sequence:
/// `一、` after a smaller 一、-number, `(一)` restarting at (一) in each section, `1.` larger than the
/// last item number (items numbered across sections, 宁波) or 1 for the first item of a (sub)section
/// (restarting, 南昌), `(1)` rising under its item;
/// any other paragraph continues the innermost open place. Ids come from positions and printed
/// numbers only, so the same text always gives the same ids.
struct StructureTreeBuilder {
    private(set) var elements: [StructureElement] = []
    private(set) var roots: [Int] = []

    private var section: Int?
    private var subsection: Int?
    private var item: Int?
    private var subitem: Int?

    private var lastSectionValue: Int?
    private var lastSubsectionValue: Int?
    private var lastItemValue: Int?
    private var lastSubitemValue: Int?
    private var usedIds: Set<String> = []

    /// True for a level-1 or level-2 heading marker: the body starts at the first one.
    static func opensBody(_ marker: StructureMarker?) -> Bool {
        guard let marker else { return false }
        return marker.level <= 2
    }

    mutating func add(_ line: StructureLine, at position: Int) {
        if let marker = StructureMarker.detect(in: line), open(marker, line: line, at: position) { return }
        let segment = StructureSegment(line: position, start: line.start, end: line.end)
        if let target = subitem ?? item ?? subsection ?? section {
            elements[target].body.append(segment)
        }
    }

    /// Opens the place `marker` names if its number fits; false when the line is plain text.
    private mutating func open(_ marker: StructureMarker, line: StructureLine, at position: Int) -> Bool {
        let header = StructureSegment(line: position, start: marker.contentStart, end: line.end)
        switch marker.level {
        case 1:
            // An unnumbered part (value 0) always opens; numbering starts again inside it.
            if marker.value > 0, let last = lastSectionValue, marker.value <= last { return false }
            let index = append(StructureElement(id: uniqueId("S\(roots.count + 1)"), number: marker.number, level: 1,
                                                header: header), parent: nil)
            section = index
            subsection = nil
            closeItems()
            lastSectionValue = marker.value > 0 ? marker.value : nil
            lastSubsectionValue = nil
            return true
        case 2:
            if let last = lastSubsectionValue, marker.value <= last { return false }
            let id: String
            if let section {
                id = "\(elements[section].id).S\(elements[section].children.count { elements[$0].isSection } + 1)"
            } else {
                id = "S\(roots.count + 1)"
            }
            subsection = append(StructureElement(id: uniqueId(id), number: marker.number, level: 2, header: header),
                                parent: section)
            closeItems()
            lastSubsectionValue = marker.value
            return true
        case 3:
            return openItem(marker, header: header)
        default:
            if let item {
                if let last = lastSubitemValue, marker.value <= last { return false }
                subitem = append(StructureElement(id: uniqueId("\(elements[item].id).I\(marker.value)"), number: marker.number,
                                                  level: 4, header: header), parent: item)
                lastSubitemValue = marker.value
                return true
            }
            return openItem(marker, header: header)
        }
    }

    private mutating func openItem(_ marker: StructureMarker, header: StructureSegment) -> Bool {
        guard let container = subsection ?? section else { return false }
        // Restarting at 1 is only for the first item of a (sub)section (南昌); otherwise numbers rise.
        let restarts = marker.value == 1 && !elements[container].children.contains { !elements[$0].isSection }
        if let last = lastItemValue, !restarts, marker.value <= last { return false }
        item = append(StructureElement(id: uniqueId("\(elements[container].id).I\(marker.value)"), number: marker.number,
                                       level: marker.level, header: header), parent: container)
        subitem = nil
        lastItemValue = marker.value
        lastSubitemValue = nil
        return true
    }

    private mutating func closeItems() {
        item = nil
        subitem = nil
    }

    private mutating func append(_ element: StructureElement, parent: Int?) -> Int {
        elements.append(element)
        let index = elements.count - 1
        if let parent {
            elements[parent].children.append(index)
        } else {
            roots.append(index)
        }
        return index
    }

    /// `id`, or `id-2`, `id-3` … when a misnumbered document repeats it.
    mutating func uniqueId(_ id: String) -> String {
        var candidate = id
        var n = 1
        while usedIds.contains(candidate) {
            n += 1
            candidate = "\(id)-\(n)"
        }
        usedIds.insert(candidate)
        return candidate
    }
}
