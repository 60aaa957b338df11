import Foundation
import YaodianModel

/// Plan JSON as `yaodian-ingest --format json` writes it (`{schemaVersion, source, notice, plan}`),
/// or a bare plan object (`{kind, sections, targets, …}`).
public enum PlanJSONLoader {
    public static func document(from bytes: [UInt8], path: String) throws(InputError) -> ValidationDocument {
        let data = Data(bytes)
        let decoder = JSONDecoder()
        do {
            let ingested = try decoder.decode(IngestedDocument.self, from: data)
            return ValidationDocument(path: path, format: .json, notice: ingested.notice, plan: ingested.plan,
                                      source: SourceText(bytes: bytes))
        } catch let documentError {
            // Not an ingested document: perhaps a bare plan.
            if let plan = try? decoder.decode(Plan.self, from: data) {
                return ValidationDocument(path: path, format: .json, notice: Notice(title: plan.title), plan: plan,
                                          source: SourceText(bytes: bytes))
            }
            throw .notPlanJSON(input: path, reason: Self.describe(documentError))
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, context):
            "missing '\(key.stringValue)' at \(path(context))"
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            "\(context.debugDescription) at \(path(context))"
        case let DecodingError.dataCorrupted(context):
            context.codingPath.isEmpty ? "not valid JSON" : "\(context.debugDescription) at \(path(context))"
        default:
            "\(error)"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let parts = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }
        return parts.isEmpty ? "the top level" : "$" + parts.joined()
    }
}
