import Foundation

/// Findings accepted on purpose (`yaodian-validate --write-baseline FILE`, then `baseline:` in the
/// configuration or `--baseline FILE`): they are not reported again. A finding is matched by its
/// rule, file and key (the ids it is about), not by line, so edits elsewhere keep it matched.
public struct Baseline: Sendable, Codable {
    public struct Entry: Hashable, Sendable, Codable {
        public var ruleId: String
        public var path: String
        public var key: String
        /// For people reading the file; not used in matching.
        public var message: String
    }

    public static let currentVersion = 1
    public var version: Int
    public var findings: [Entry]

    public init(findings: [Finding]) {
        version = Self.currentVersion
        self.findings = findings.map { Entry(ruleId: $0.ruleId, path: $0.location.path, key: $0.key, message: $0.message) }
            .sorted { ($0.path, $0.ruleId, $0.key) < ($1.path, $1.ruleId, $1.key) }
    }

    public static func load(path: String) throws(ConfigurationError) -> Baseline {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw .invalidBaseline(path: path, reason: "expected {\"version\": 1, \"findings\": [{\"ruleId\", \"path\", \"key\", \"message\"}]}")
        }
        guard baseline.version == currentVersion else {
            throw .invalidBaseline(path: path, reason: "version \(baseline.version) is not supported")
        }
        return baseline
    }

    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data()
    }

    /// The findings the baseline does not accept.
    public func filter(_ findings: [Finding]) -> [Finding] {
        let accepted = Set(self.findings.map { Self.identity($0.ruleId, $0.path, $0.key) })
        return findings.filter { !accepted.contains(Self.identity($0.ruleId, $0.location.path, $0.key)) }
    }

    private static func identity(_ ruleId: String, _ path: String, _ key: String) -> String {
        ruleId + "\u{1}" + URL(fileURLWithPath: path).standardizedFileURL.path + "\u{1}" + key
    }
}
