/// Counts automatically numbered paragraphs in document order and renders their labels as Word
/// prints them. Counters belong to the abstract list, so two `w:num`s of one list continue each
/// other unless one restarts a level with `w:startOverride`; using a level restarts the levels
/// below it (`w:lvlRestart` can say otherwise).
struct DocxListCounter {
    static let levelCount = 9

    let numbering: DocxNumbering
    /// Per abstract list, the current value of each level; nil until the level is used or after a restart.
    private var counters: [String: [Int?]] = [:]
    /// `numId/ilvl` pairs whose start override has been applied.
    private var appliedOverrides: Set<String> = []

    init(numbering: DocxNumbering) {
        self.numbering = numbering
    }

    /// Advances the counter of `level` in list `numID` and returns the label of that paragraph; nil when
    /// the paragraph shows no number (numId 0, an unknown list, a bullet). A `space` suffix adds a space;
    /// the default `tab` suffix adds nothing: it only aligns the text to the indent, and the printed
    /// page reads `一、加强科技创新`.
    mutating func nextLabel(numID: String, level requested: Int) -> String? {
        guard numID != "0", let abstract = numbering.abstractID(ofInstance: numID) else { return nil }
        let index = min(max(requested, 0), Self.levelCount - 1)
        guard let level = numbering.level(index, ofInstance: numID) else { return nil }
        var values = counters[abstract] ?? Array(repeating: nil, count: Self.levelCount)
        let overrideKey = "\(numID)/\(index)"
        if let start = numbering.instances[numID]?.startOverrides[index], !appliedOverrides.contains(overrideKey) {
            appliedOverrides.insert(overrideKey)
            values[index] = start
        } else if let value = values[index] {
            values[index] = value + 1
        } else {
            values[index] = level.start
        }
        for deeper in (index + 1)..<Self.levelCount {
            let restart = numbering.level(deeper, ofInstance: numID)?.restart ?? deeper
            if index < restart { values[deeper] = nil }
        }
        counters[abstract] = values
        guard level.format != "bullet" else { return nil }
        return render(level, values: values, numID: numID) + (level.suffix == "space" ? " " : "")
    }

    /// Fills `%1`…`%9` of the level text with each level's number in its own format.
    private func render(_ level: DocxNumbering.Level, values: [Int?], numID: String) -> String {
        var out = ""
        var scalars = level.text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "%" else { out.unicodeScalars.append(scalar); continue }
            guard let digit = scalars.next() else { out.append("%"); break }
            guard let number = Int(String(digit)), (1...Self.levelCount).contains(number) else {
                out.unicodeScalars.append(scalar)
                out.unicodeScalars.append(digit)
                continue
            }
            let referenced = numbering.level(number - 1, ofInstance: numID)
            let value = values[number - 1] ?? referenced?.start ?? 1
            let format = level.isLegal ? "decimal" : (referenced?.format ?? "decimal")
            out += DocxNumberFormat.render(value, format: format) ?? ""
        }
        return out
    }
}
