import Foundation
import YaodianText

/// Suppressions written in the file itself, in a Markdown or HTML comment:
///
/// ```
/// <!-- yaodian-disable-next-line metric_value_conflict -->
/// <!-- yaodian-disable-line missing_unit -->      (on the line itself)
/// <!-- yaodian-disable numbering_gap -->  …  <!-- yaodian-enable numbering_gap -->
/// ```
/// No rule id means every rule. Several ids are separated by spaces or commas.
struct InlineSuppressions {
    /// Line → rule ids suppressed there (an empty set means all rules).
    private var lines: [Int: Set<String>] = [:]
    /// Ranges of lines (from, through) with their rule ids.
    private var ranges: [(from: Int, through: Int, rules: Set<String>)] = []

    init(source: SourceText) {
        // Cheap exit: most files carry no directive.
        guard source.firstOffset(of: "yaodian-") != nil else { return }
        var open: [(from: Int, rules: Set<String>)] = []
        for number in 1...source.lineCount {
            let text = source.line(number)
            guard text.includes("yaodian-") else { continue }
            for (directive, rules) in Self.directives(in: text) {
                switch directive {
                case "yaodian-disable-next-line": lines[number + 1, default: []].formUnion(rules.isEmpty ? ["*"] : rules)
                case "yaodian-disable-line": lines[number, default: []].formUnion(rules.isEmpty ? ["*"] : rules)
                case "yaodian-disable": open.append((number, rules.isEmpty ? ["*"] : rules))
                case "yaodian-enable":
                    // Closes what it names; the other rules of a `disable a b` stay disabled.
                    var stillOpen: [(from: Int, rules: Set<String>)] = []
                    for entry in open {
                        let closed = rules.isEmpty || entry.rules.contains("*") ? entry.rules : entry.rules.intersection(rules)
                        if !closed.isEmpty { ranges.append((entry.from, number, closed)) }
                        let left = rules.isEmpty || entry.rules.contains("*") ? [] : entry.rules.subtracting(rules)
                        if !left.isEmpty { stillOpen.append((number + 1, left)) }
                    }
                    open = stillOpen
                default: break
                }
            }
        }
        for entry in open { ranges.append((entry.from, Int.max, entry.rules)) }
    }

    func suppresses(_ ruleId: String, atLine line: Int) -> Bool {
        if let rules = lines[line], rules.contains("*") || rules.contains(ruleId) { return true }
        return ranges.contains { $0.from <= line && line <= $0.through && ($0.rules.contains("*") || $0.rules.contains(ruleId)) }
    }

    /// `(directive, rule ids)` for each directive on a line.
    static func directives(in line: String) -> [(String, Set<String>)] {
        var found: [(String, Set<String>)] = []
        var rest = Substring(line)
        while let start = rest.range(of: "yaodian-") {
            let tail = rest[start.lowerBound...]
            let directive = tail.prefix { $0.isLetter || $0 == "-" }
            var arguments = tail.dropFirst(directive.count)
            if let end = arguments.range(of: "-->") { arguments = arguments[..<end.lowerBound] }
            let ids = arguments.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
                .prefix { $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && !$0.hasPrefix("yaodian") }
                .map(String.init)
            found.append((String(directive), Set(ids)))
            rest = tail.dropFirst(directive.count)
        }
        return found
    }
}
