/// One ingested document as `yaodian-ingest --format json` prints it (see docs/schema.md).
public struct IngestedDocument: Hashable, Sendable, Codable {
    /// Bumped whenever a field changes meaning or disappears; new optional fields do not bump it.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var source: SourceInfo
    public var notice: Notice
    /// The work plan or summary the notice carries, when it is one.
    public var plan: Plan?

    public init(source: SourceInfo, notice: Notice, plan: Plan? = nil) {
        self.schemaVersion = IngestedDocument.currentSchemaVersion
        self.source = source
        self.notice = notice
        self.plan = plan
    }
}
