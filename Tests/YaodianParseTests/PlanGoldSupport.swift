import Foundation
import XCTest
import YaodianModel
import YaodianParse

/// Loads the plan gold files (../shared/gold, copied into Fixtures) and the paragraphs the ingest
/// step gives for the same seed (the `body_text` of the seed's HTML fixture page), and matches
/// parsed targets against gold ones the way the gold README suggests: by location, value,
/// value_max and unit.
enum PlanGold {
    struct GoldTarget {
        var id: String
        var location: String
        var text: String
        var value: Double
        var valueMax: Double?
        var unit: String?
        var comparator: String
        var kind: String
        var qualifier: String?
        var parent: String?
        var alternatives: [String: [String?]]
    }

    static func fixtures() throws -> URL {
        try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    }

    static func json(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: try fixtures().appendingPathComponent(name))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// What ingest gives for a seed's page: the body paragraphs, title and issuer of its HTML
    /// fixture's gold.
    static func page(seed: String) throws -> (paragraphs: [String], title: String?, issuer: String?) {
        let page = try json("page-\(seed).gold.json")
        let body = try XCTUnwrap(page["body_text"] as? String)
        return (body.split(separator: "\n").map(String.init), page["title"] as? String, page["source_org"] as? String)
    }

    static func targets(goldFile: String) throws -> [GoldTarget] {
        let gold = try json(goldFile)
        let records = try XCTUnwrap(gold["targets"] as? [[String: Any]])
        return records.map { record in
            var alternatives: [String: [String?]] = [:]
            for (key, value) in (record["alternatives"] as? [String: Any]) ?? [:] {
                alternatives[key] = (value as? [Any])?.map { $0 as? String }
            }
            return GoldTarget(
                id: record["id"] as? String ?? "", location: record["location"] as? String ?? "",
                text: record["text"] as? String ?? "", value: (record["value"] as? NSNumber)?.doubleValue ?? .nan,
                valueMax: (record["value_max"] as? NSNumber)?.doubleValue, unit: record["unit"] as? String,
                comparator: record["comparator"] as? String ?? "", kind: record["kind"] as? String ?? "",
                qualifier: record["qualifier"] as? String, parent: record["parent"] as? String, alternatives: alternatives)
        }
    }

    /// `item 二.4` → `S2.I4`, `item 二.(一).2` → `S2.S1.I2`, `subsection 二.(七)` → `S2.S7`, `preamble` → `P`.
    static func ownerPrefix(forLocation location: String) -> String? {
        if location == "preamble" { return "P" }
        let parts = location.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        var ids: [String] = []
        for (index, piece) in parts[1].split(separator: ".").enumerated() {
            let bare = piece.trimmingCharacters(in: CharacterSet(charactersIn: "()（）"))
            if let number = Int(bare) {
                ids.append("I\(number)")
            } else if let number = chineseNumber(bare) {
                ids.append(index == 0 || !piece.hasPrefix("(") ? "S\(number)" : "S\(number)")
            } else {
                return nil
            }
        }
        return ids.joined(separator: ".")
    }

    static func chineseNumber(_ text: String) -> Int? {
        let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        if text == "十" { return 10 }
        if text.count == 1 { return digits[text.first ?? " "] }
        if text.first == "十", let last = text.last, let unit = digits[last] { return 10 + unit }
        if text.count == 2, let first = text.first, let tens = digits[first], text.last == "十" { return tens * 10 }
        return nil
    }

    /// The parsed target a gold target matches: same place (the owner id starts with the gold
    /// location's prefix), same value, range end and unit; nil when none does.
    static func match(_ gold: GoldTarget, in parsed: [Target], used: inout Set<String>) -> Target? {
        guard let prefix = ownerPrefix(forLocation: gold.location) else { return nil }
        return parsed.first { target in
            !used.contains(target.id)
                && (target.itemId == prefix || target.itemId.hasPrefix(prefix + "."))
                && target.value == gold.value && target.valueMax == gold.valueMax && target.unit == gold.unit
        }.map { target in
            used.insert(target.id)
            return target
        }
    }

    static func accepts(_ gold: GoldTarget, field: String, main: String?, actual: String?) -> Bool {
        actual == main || (gold.alternatives[field]?.contains(actual) ?? false)
    }
}
