import Foundation
import YaodianText

/// The metric lexicon (`Resources/metric-lexicon.json`): normalised metric names and the
/// wordings that mean them (技术交易额 = 技术合同成交额 = 技术成交额 = 技术交易总额). A data file, so
/// adding a synonym needs no code.
struct MetricLexicon: Sendable {
    struct Entry: Decodable, Sendable {
        var name: String
        var synonyms: [String]
        var impliedUnit: String?
    }

    private struct File: Decodable {
        var metrics: [Entry]
    }

    let entries: [Entry]
    /// Every wording, matched in one pass (longest first, so 技术合同成交额 wins over 成交额).
    private let wordings: WordList
    private let names: [String: String]

    static let shared: MetricLexicon = {
        guard let url = Bundle.module.url(forResource: "metric-lexicon", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let file = try? JSONDecoder().decode(File.self, from: data) else {
            // The lexicon ships inside the module; without it names stay as written.
            return MetricLexicon(entries: [])
        }
        return MetricLexicon(entries: file.metrics)
    }()

    init(entries: [Entry]) {
        self.entries = entries
        var names: [String: String] = [:]
        for entry in entries {
            for synonym in entry.synonyms { names[synonym] = entry.name }
        }
        self.names = names
        wordings = WordList(Array(names.keys))
    }

    /// The phrase with every known wording replaced by its metric name.
    func normalise(_ phrase: String) -> String {
        wordings.replacing(in: phrase) { names[$0] ?? $0 }
    }

    /// The unit a bare number of this metric means, when the lexicon knows it.
    func impliedUnit(for metric: String) -> String? {
        entries.first { entry in entry.impliedUnit != nil && metric.includes(entry.name) }?.impliedUnit
    }
}
