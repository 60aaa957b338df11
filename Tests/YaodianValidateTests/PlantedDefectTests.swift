import Foundation
import XCTest

/// A defect of each rule's kind planted in a seed plan (the seeds themselves are consistent) is
/// found by `yaodian-validate` at the line it was planted on. One row per rule, so a regression
/// names itself.
final class PlantedDefectTests: XCTestCase {
    struct Plant {
        let rule: String
        let seed: String
        /// Replacements applied to the seed (each must occur in it).
        let edits: [(String, String)]
        let line: Int
        /// Last year's plan: the seed with these edits, passed as --previous (and the consistent
        /// one the clean run gets).
        var previousEdits: [(String, String)]?
        var cleanPreviousEdits: [(String, String)] = []
        /// Progress data passed as --data (and the data the seed agrees with).
        var data: String?
        var cleanData: String?
        /// A .yaodian.yml beside the planted file (the clean run has none).
        var config: String?
        /// Lines (1-based) emptied in the planted version, so no other line moves.
        var blankLines: [Int] = []
        /// Edits that make the seed consistent where it is not (none needed so far).
        var cleanEdits: [(String, String)] = []
    }

    static let ningbo = "000_0ddd3b6edccb6d9b.txt"
    static let shaoxing = "002_90fb374d0d35244d.txt"
    static let nanchang = "003_fb75e2bb65854e05.txt"
    static let summary = "004_d0638cfe5960d19b.txt"

    static let plants: [Plant] = [
        Plant(rule: "metric_value_conflict", seed: shaoxing, edits: [("产权执法协作、维权援助和诉调对接机制,万人发明专利拥有量达15件以上", "产权执法协作、维权援助和诉调对接机制,万人发明专利拥有量达18件以上")], line: 50),
        // The other statement edited instead (the preamble's): a two-way disagreement names both places.
        Plant(rule: "metric_value_conflict", seed: shaoxing, edits: [("技术交易总额20亿元以上;万人发明专利拥有量达15件以上。", "技术交易总额20亿元以上;万人发明专利拥有量达18件以上。")], line: 26),
        Plant(rule: "part_exceeds_whole", seed: shaoxing, edits: [("省级企业研究院40家以上", "省级企业研究院400家以上")], line: 40),
        Plant(rule: "increment_exceeds_total", seed: ningbo, edits: [("力争净增高新技术企业850家以上", "力争净增高新技术企业3850家以上")], line: 48),
        // 3000家 − 850家 = 2150: last year's 2150 agrees, 1500 does not.
        // The total lowered instead of the increment raised: found at the total too.
        Plant(rule: "increment_exceeds_total", seed: ningbo, edits: [("高新技术企业突破3000家", "高新技术企业突破800家")], line: 6),
        // 南昌's total has no unit written (总数达到1700): it still counts 家, as the sentence does.
        Plant(rule: "increment_exceeds_total", seed: nanchang, edits: [("力争新认定高新技术企业580家以上", "力争新认定高新技术企业1800家以上")], line: 25),
        Plant(rule: "baseline_mismatch", seed: ningbo, edits: [], line: 6, previousEdits: [("高新技术企业突破3000家", "高新技术企业突破1500家")],
              cleanPreviousEdits: [("高新技术企业突破3000家", "高新技术企业突破2150家")]),
        Plant(rule: "target_below_previous", seed: ningbo, edits: [], line: 6, previousEdits: [("高新技术企业突破3000家", "高新技术企业突破3500家")],
              cleanPreviousEdits: [("高新技术企业突破3000家", "高新技术企业突破2150家")]),
        // 220亿元 is 10% above 200亿元, 46.7% above 150亿元.
        Plant(rule: "growth_rate_inconsistent", seed: ningbo, edits: [("技术交易额超过220亿元,", "技术交易额超过220亿元,同比增长10%,")], line: 6,
              previousEdits: [("技术交易额超过220亿元", "技术交易额超过150亿元")],
              cleanPreviousEdits: [("技术交易额超过220亿元", "技术交易额超过200亿元")]),
        Plant(rule: "range_inverted", seed: shaoxing, edits: [("力争2-3家进入省创建", "力争3-2家进入省创建")], line: 34),
        Plant(rule: "range_inverted", seed: ningbo, edits: [("力争净增高新技术企业850家以上", "力争净增高新技术企业850家至800家")], line: 48),
        Plant(rule: "rate_over_100", seed: ningbo, edits: [("占GDP比重达到3.0%", "占GDP比重达到130%")], line: 6),
        Plant(rule: "missing_unit", seed: ningbo, edits: [("力争净增高新技术企业850家以上", "力争净增高新技术企业850以上")], line: 48),
        Plant(rule: "unit_mismatch", seed: shaoxing, edits: [("产权执法协作、维权援助和诉调对接机制,万人发明专利拥有量达15件以上", "产权执法协作、维权援助和诉调对接机制,万人发明专利拥有量达15亿元以上")], line: 50),
        Plant(rule: "year_mismatch", seed: shaoxing, edits: [("绍市科〔2018〕19号", "绍市科〔2016〕19号")], line: 7),
        Plant(rule: "year_mismatch", seed: ningbo, edits: [("2020年我市科技工作的总体要求是", "2019年我市科技工作的总体要求是")], line: 6),
        // The title changed instead: title and preamble disagree, and both are named.
        Plant(rule: "year_mismatch", seed: ningbo, edits: [("宁波市科学技术局2020年工作要点", "宁波市科学技术局2021年工作要点")], line: 2),
        // The 通知 and plan titles moved to 2019 (the 发文字号 〔2018〕 may be the year before): the
        // preamble's 2018年…总的要求 is the odd one out.
        Plant(rule: "year_mismatch", seed: shaoxing, edits: [("2018年全市科技创新工作要点", "2019年全市科技创新工作要点")], line: 26),
        Plant(rule: "doc_number_format", seed: shaoxing, edits: [("绍市科〔2018〕19号", "绍市科[2018]019号")], line: 7),
        Plant(rule: "numbering_gap", seed: ningbo, edits: [("4.做好“十三五”", "5.做好“十三五”")], line: 18),
        Plant(rule: "numbering_duplicate", seed: ningbo, edits: [("4.做好“十三五”", "3.做好“十三五”")], line: 18),
        Plant(rule: "numbering_mixed_style", seed: ningbo, edits: [("5.做好新时期", "5、做好新时期")], line: 20),
        Plant(rule: "summary_figure_mismatch", seed: summary, edits: [], line: 21,
              data: "metric,period,value,unit\n技术合同成交额,1-5月,7.1,亿元\n",
              cleanData: "metric,period,value,unit\n技术合同成交额,1-5月,66530,万元\n"),
        Plant(rule: "vague_task", seed: ningbo, edits: [], line: 10, config: "opt_in_rules: [vague_task]\n"),
        // Section 八 with its three items (lines 74, 76, 78) cut: the heading is left alone.
        Plant(rule: "empty_section", seed: ningbo, edits: [], line: 72, blankLines: [74, 76, 78]),
    ]

    func testEachPlantedDefectIsFoundAtItsLine() throws {
        let binary = try ValidateBinary.require()
        defer { binary.remove() }
        for (number, plant) in Self.plants.enumerated() {
            let original = try String(contentsOf: TestDocuments.seed(plant.seed), encoding: .utf8)
            let folder = "plant\(number)"
            if let config = plant.config { try binary.write("\(folder)/planted/.yaodian.yml", config) }
            var arguments = ["--format", "json", "--jobs", "1"]
            var cleanArguments = arguments
            if let edits = plant.previousEdits {
                arguments += ["--previous", try binary.write("\(folder)/previous.txt", try apply(edits, to: original, plant))]
                cleanArguments += ["--previous", try binary.write("\(folder)/previous-clean.txt",
                                                                  try apply(plant.cleanPreviousEdits, to: original, plant))]
            }
            if let data = plant.data { arguments += ["--data", try binary.write("\(folder)/progress.csv", data)] }
            if let data = plant.cleanData { cleanArguments += ["--data", try binary.write("\(folder)/progress-clean.csv", data)] }

            // The consistent version: this rule stays quiet.
            let clean = try binary.run(cleanArguments + [try binary.write("\(folder)/clean.txt", try apply(plant.cleanEdits, to: original, plant))])
            XCTAssertEqual(try clean.findings().filter { $0.rule == plant.rule }.map(\.message), [],
                           "\(plant.rule) fires on the consistent version of \(plant.seed)")

            var plantedText = try apply(plant.edits, to: original, plant)
            if !plant.blankLines.isEmpty {
                var lines = plantedText.components(separatedBy: "\n")
                for line in plant.blankLines { lines[line - 1] = "" }
                plantedText = lines.joined(separator: "\n")
            }
            let planted = try binary.run(arguments + [try binary.write("\(folder)/planted/plan.txt", plantedText)])
            let found = try planted.findings().filter { $0.rule == plant.rule }
            XCTAssertTrue(found.contains { $0.line == plant.line },
                          "\(plant.rule) planted at line \(plant.line) of \(plant.seed): found \(found.map { "\($0.line): \($0.message)" }); stderr \(planted.stderr)")
            let expectedStatus: Int32 = found.contains { $0.severity == "error" } ? 1 : 0
            XCTAssertEqual(planted.status, expectedStatus, "\(plant.rule): exit status")
        }
    }

    private func apply(_ edits: [(String, String)], to text: String, _ plant: Plant) throws -> String {
        var result = text
        for (old, new) in edits {
            XCTAssertTrue(result.contains(old), "\(plant.rule): '\(old)' is not in \(plant.seed)")
            result = result.replacingOccurrences(of: old, with: new)
        }
        return result
    }

    /// The same through the other input kinds: a GB18030 HTML page (the line of the source where
    /// the text is) and a Word draft (the paragraph number).
    func testPlantedDefectInHTMLAndWordIsFoundAtItsSourceLine() throws {
        let binary = try ValidateBinary.require()
        defer { binary.remove() }
        // 净增高新技术企业850家 → 3850家 in the GB18030 bytes of the 宁波 page (家 is BC D2).
        let page = try [UInt8](Data(contentsOf: TestDocuments.page("d04_dede_000.html")))
        let old: [UInt8] = Array("850".utf8) + [0xBC, 0xD2]
        let new: [UInt8] = Array("3850".utf8) + [0xBC, 0xD2]
        let at = try XCTUnwrap((0...(page.count - old.count)).first { page[$0..<($0 + old.count)].elementsEqual(old) })
        let planted = Array(page[..<at]) + new + Array(page[(at + old.count)...])
        let pagePath = binary.scratch.appendingPathComponent("planted.html")
        try Data(planted).write(to: pagePath)

        let html = try binary.run(["--format", "json", pagePath.path])
        XCTAssertEqual(html.status, 1, html.stderr)
        XCTAssertTrue(try html.findings().contains { $0.rule == "increment_exceeds_total" && $0.line == 68 }, html.stdout)

        let cleanPage = try binary.run(["--format", "json", TestDocuments.page("d04_dede_000.html").path])
        XCTAssertEqual(cleanPage.status, 0, cleanPage.stdout)

        let word = try binary.run(["--format", "json", try TestDocuments.fixture("docx/seed000_planted.docx").path])
        XCTAssertEqual(word.status, 1, word.stderr)
        XCTAssertTrue(try word.findings().contains { $0.rule == "increment_exceeds_total" && $0.line == 23 },
                      "paragraph 23 of the draft holds 净增…3850家: \(word.stdout)")
        let cleanWord = try binary.run(["--format", "json", TestDocuments.wordDraft("seed000_autonumbered.docx").path])
        XCTAssertEqual(try cleanWord.findings().map(\.rule), [])
    }
}
