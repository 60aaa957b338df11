import Foundation
import SwiftCSV
import YaodianModel

/// Progress data (`progress.csv`): one row per metric and period with the actual figure, which a
/// summary's reported figures are checked against.
///
/// Columns (header row required, any order): `metric`, `value` (required); `unit`, `period`, `id`
/// (a target id) optional; other columns are kept out of the way (notes, departments).
public struct ProgressData: Sendable {
    public var path: String
    public var records: [ProgressRecord]

    public init(path: String, records: [ProgressRecord]) {
        self.path = path
        self.records = records
    }

    public static func parse(csv text: String, path: String) throws(ConfigurationError) -> ProgressData {
        let table: CSV<Named>
        do {
            table = try CSV<Named>(string: text, delimiter: .comma, loadColumns: false)
        } catch {
            throw .invalidData(path: path, line: 1, reason: "not valid CSV: \(error)")
        }
        let header = table.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for required in ["metric", "value"] where !header.contains(required) {
            throw .invalidData(path: path, line: 1, reason: "the header has no '\(required)' column (need metric, value; optional unit, period, id)")
        }
        var records: [ProgressRecord] = []
        for (index, row) in table.rows.enumerated() {
            // Rows are numbered as the file shows them: the header is line 1.
            let line = index + 2
            func cell(_ name: String) -> String? {
                guard let key = table.header.first(where: { $0.trimmingCharacters(in: .whitespaces).lowercased() == name }),
                      let value = row[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
                return value
            }
            guard let metric = cell("metric") else {
                throw .invalidData(path: path, line: line, reason: "the row has no metric")
            }
            guard let raw = cell("value") else {
                throw .invalidData(path: path, line: line, reason: "the row for '\(metric)' has no value")
            }
            guard let value = Double(raw.replacingOccurrences(of: ",", with: "")) else {
                throw .invalidData(path: path, line: line, reason: "'\(raw)' is not a number (metric '\(metric)')")
            }
            records.append(ProgressRecord(targetId: cell("id"), metric: metric, period: cell("period"), value: value,
                                          unit: cell("unit"), line: line))
        }
        return ProgressData(path: path, records: records)
    }
}
