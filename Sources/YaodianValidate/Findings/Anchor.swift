/// A place in a plan, named the way rules know it; `SourceLocator` finds it in the file.
public enum Anchor: Hashable, Sendable {
    /// A target, section, item, point or reported figure, by its stable id.
    case element(id: String, text: String?)
    /// The document's title.
    case title
    /// The 发文字号.
    case docNumber
    /// The publish date.
    case publishDate
    /// A paragraph of the body, and optionally a stretch of its text.
    case paragraph(index: Int, text: String?)
    /// An element of last year's plan or summary (`--previous`), by id.
    case previous(id: String, text: String?)
    /// A place in another file (a progress data file).
    case external(SourceLocation)

    /// Stable text for baselines: ids, not lines.
    public var key: String {
        switch self {
        case let .element(id, _): id
        case .title: "title"
        case .docNumber: "docNumber"
        case .publishDate: "publishDate"
        case let .paragraph(index, _): "¶\(index + 1)"
        case let .previous(id, _): "previous:\(id)"
        case let .external(location): "\(location.path):\(location.line)"
        }
    }
}
