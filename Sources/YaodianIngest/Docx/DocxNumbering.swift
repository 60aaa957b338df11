internal import CLibXML2

/// The list definitions of `word/numbering.xml`: which abstract list each `w:num` uses, and each
/// level's start, number format, label template (`w:lvlText`, e.g. `%1、`, `（%1）`, `%1.%2`) and suffix.
struct DocxNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        /// `w:lvlRestart`: the level restarts after a level whose 1-based number is at most this
        /// is used; 0 means never. Absent: after any higher level.
        var restart: Int?
        /// `w:isLgl`: every number of the label in Arabic digits (legal numbering, 1.1.1).
        var isLegal = false
        /// `w:suff`: what follows the label: "tab" (the default), "space" or "nothing".
        var suffix = "tab"
        /// `w:pStyle`: the paragraph style this level is linked to.
        var style: String?
    }

    struct Abstract {
        var levels: [Int: Level] = [:]
        /// `w:numStyleLink`: the levels live in another abstract list, the one whose `w:styleLink` names this style.
        var numStyleLink: String?
        var styleLink: String?
    }

    /// A `w:num`: an abstract list, maybe with restarted or replaced levels.
    struct Instance {
        var abstract: String
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    var abstracts: [String: Abstract] = [:]
    var instances: [String: Instance] = [:]

    init() {}

    init(_ xml: DocxXML) {
        guard let root = xml.root else { return }
        for node in DocxNode.children(root) {
            switch DocxNode.wordName(node) {
            case "abstractNum":
                guard let id = DocxNode.attribute(node, "abstractNumId") else { continue }
                var abstract = Abstract()
                abstract.numStyleLink = DocxNode.childValue(node, "numStyleLink")
                abstract.styleLink = DocxNode.childValue(node, "styleLink")
                for child in DocxNode.children(node) where DocxNode.wordName(child) == "lvl" {
                    if let index = DocxNode.attribute(child, "ilvl").flatMap(Int.init) { abstract.levels[index] = Self.level(child) }
                }
                abstracts[id] = abstract
            case "num":
                guard let id = DocxNode.attribute(node, "numId"), let abstract = DocxNode.childValue(node, "abstractNumId") else { continue }
                var instance = Instance(abstract: abstract)
                for child in DocxNode.children(node) where DocxNode.wordName(child) == "lvlOverride" {
                    guard let index = DocxNode.attribute(child, "ilvl").flatMap(Int.init) else { continue }
                    if let start = DocxNode.childValue(child, "startOverride").flatMap(Int.init) {
                        instance.startOverrides[index] = Self.clampedStart(start)
                    }
                    if let level = DocxNode.firstChild(child, "lvl") { instance.levelOverrides[index] = Self.level(level) }
                }
                instances[id] = instance
            default:
                continue
            }
        }
    }

    /// The abstract list a `w:num` counts in, following a `w:numStyleLink` to the list that defines the levels.
    func abstractID(ofInstance numID: String) -> String? {
        guard let id = instances[numID]?.abstract else { return nil }
        if let link = abstracts[id]?.numStyleLink, abstracts[id]?.levels.isEmpty ?? true,
           let target = abstracts.first(where: { $0.value.styleLink == link })?.key {
            return target
        }
        return id
    }

    /// Level `index` of a `w:num` as it applies: the instance's replacement, else the abstract's.
    func level(_ index: Int, ofInstance numID: String) -> Level? {
        if let level = instances[numID]?.levelOverrides[index] { return level }
        return abstractID(ofInstance: numID).flatMap { abstracts[$0]?.levels[index] }
    }

    /// The level of a `w:num` that is linked to a paragraph style (`w:lvl/w:pStyle`).
    func levelIndex(linkedTo style: String, ofInstance numID: String) -> Int? {
        guard let id = abstractID(ofInstance: numID), let abstract = abstracts[id] else { return nil }
        return abstract.levels.filter { $0.value.style == style }.keys.min()
    }

    /// Word accepts start values 0…32767; a hostile file's `Int.max` must not overflow a counter.
    private static func clampedStart(_ value: Int) -> Int {
        min(max(value, 0), 32_767)
    }

    private static func level(_ node: xmlNodePtr) -> Level {
        var level = Level()
        if let start = DocxNode.childValue(node, "start").flatMap(Int.init) { level.start = clampedStart(start) }
        if let format = DocxNode.childValue(node, "numFmt") { level.format = format }
        if let text = DocxNode.childValue(node, "lvlText") { level.text = text }
        level.restart = DocxNode.childValue(node, "lvlRestart").flatMap(Int.init)
        level.isLegal = DocxNode.firstChild(node, "isLgl").map(DocxNode.isOn) ?? false
        if let suffix = DocxNode.childValue(node, "suff") { level.suffix = suffix }
        level.style = DocxNode.childValue(node, "pStyle")
        return level
    }
}
