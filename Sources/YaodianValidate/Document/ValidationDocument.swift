import YaodianModel

/// One input as the rules see it: the notice and plan read from it, and the source text that
/// findings are located in and inline suppressions are read from.
public struct ValidationDocument: Sendable {
    /// The path (or URL) as the user gave it; findings name it.
    public var path: String
    public var format: SourceFormat
    public var notice: Notice
    /// nil when the input holds no plan (rules that need one stay quiet; the validator says so).
    public var plan: Plan?
    /// The text of the file as the user sees it (decoded HTML, the Markdown, the JSON; for a
    /// .docx its paragraphs one per line, so that line N is paragraph N).
    public var source: SourceText

    public init(path: String, format: SourceFormat, notice: Notice, plan: Plan?, source: SourceText) {
        self.path = path
        self.format = format
        self.notice = notice
        self.plan = plan
        self.source = source
    }
}
