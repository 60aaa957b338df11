import YaodianModel

/// The numbered skeleton of a work plan (工作要点) or half-year summary, read from the document's
/// paragraphs before any target is extracted: the 通知 around it, its title, the preamble and the
/// tree of sections, subsections, items and `一是…` points, plus every stretch of text tagged with
/// the id of the place that owns it.
public struct PlanStructure: Hashable, Sendable, Codable {
    /// `.halfYearSummary` when the title or a heading says 半年 + 总结, else `.workPlan`.
    public var kind: PlanKind
    /// The plan's own title line (not the 通知 title), when the paragraphs hold it; otherwise the
    /// `title` passed in, unless that is a 通知 title.
    public var title: String?
    /// The 印发…的通知 that issues the plan, when there is one.
    public var wrapper: NoticeWrapper?
    /// Paragraphs between the title (or the wrapper) and section 一.
    public var preamble: [String]
    public var sections: [PlanSection]
    /// Every paragraph, or part of one, with the id of its owner, in document order.
    public var blocks: [StructureBlock]

    /// The owner id of the 通知 wrapper, the title line and a closing signature (`header` in gold).
    public static let headerID = "H"

    public init(kind: PlanKind = .workPlan, title: String? = nil, wrapper: NoticeWrapper? = nil, preamble: [String] = [],
                sections: [PlanSection] = [], blocks: [StructureBlock] = []) {
        self.kind = kind
        self.title = title
        self.wrapper = wrapper
        self.preamble = preamble
        self.sections = sections
        self.blocks = blocks
    }
}

/// A stretch of one paragraph owned by one place of the structure: the preamble (`P`), a section
/// (`S3`), subsection (`S2.S1`), item (`S3.I16`), point (`S1.S2.P3`) or the header (`H`).
/// The numbering marker (`16.`, `(一)`, `一是`) is not part of `text`; `offset` says where `text`
/// starts in `paragraphs[paragraphIndex]`, in Unicode scalars, so spans can be computed.
public struct StructureBlock: Hashable, Sendable, Codable {
    public var ownerId: String
    public var text: String
    public var paragraphIndex: Int
    /// Offset of `text` in its paragraph, in Unicode scalars.
    public var offset: Int

    public init(ownerId: String, text: String, paragraphIndex: Int, offset: Int) {
        self.ownerId = ownerId
        self.text = text
        self.paragraphIndex = paragraphIndex
        self.offset = offset
    }
}
