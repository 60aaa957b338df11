/// Why an input cannot be validated; names the input. The command exits 2 and writes no report.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(input: String, reason: String)
    case notPlanJSON(input: String, reason: String)
    /// Ingest refused it (no body, binary, …); the message is ingest's, which names the input.
    case ingest(message: String)

    public var description: String {
        switch self {
        case let .unreadable(input, reason): "\(input): cannot read: \(reason)"
        case let .notPlanJSON(input, reason):
            "\(input): not a plan JSON file (yaodian-ingest --format json output or a bare plan object): \(reason)"
        case let .ingest(message): message
        }
    }
}
