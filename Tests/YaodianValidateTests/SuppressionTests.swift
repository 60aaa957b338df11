import XCTest
@testable import YaodianValidate

/// Inline suppression in Markdown/HTML comments and the baseline of accepted findings.
final class SuppressionTests: XCTestCase {
    /// Item 1 disagrees with the preamble and item 2: one finding, on item 1's line.
    static let conflicting = """
    # 2024年科技工作要点
    一、总体要求
    全年新增高新技术企业100家。
    二、重点任务
    1. 培育创新主体。新增高新技术企业120家。
    2. 壮大企业梯队。新增高新技术企业100家。
    """

    private func findings(_ text: String) throws -> [Finding] {
        try Validator().validate(TestDocuments.markdown(text))
    }

    func testWithoutACommentTheFindingIsReported() throws {
        XCTAssertEqual(try findings(Self.conflicting).map(\.ruleId), ["metric_value_conflict"])
    }

    func testDisableNextLineForTheRule() throws {
        let text = Self.conflicting.replacingOccurrences(
            of: "二、重点任务\n", with: "二、重点任务\n<!-- yaodian-disable-next-line metric_value_conflict -->\n")
        // The comment moved the item one line down; the finding on it is gone.
        XCTAssertEqual(try findings(text).map(\.ruleId), [])
    }

    func testDisableNextLineForAnotherRuleKeepsTheFinding() throws {
        let text = Self.conflicting.replacingOccurrences(
            of: "二、重点任务\n", with: "二、重点任务\n<!-- yaodian-disable-next-line missing_unit, numbering_gap -->\n")
        XCTAssertEqual(try findings(text).map(\.ruleId), ["metric_value_conflict"])
    }

    func testDisableAndEnableBlock() throws {
        let text = Self.conflicting.replacingOccurrences(of: "二、重点任务\n", with: "二、重点任务\n<!-- yaodian-disable -->\n")
            .replacingOccurrences(of: "2. 壮大", with: "<!-- yaodian-enable -->\n2. 壮大")
        XCTAssertEqual(try findings(text).map(\.ruleId), [])
    }

    func testEnablingOneRuleKeepsTheOthersDisabled() throws {
        let text = Self.conflicting.replacingOccurrences(of: "二、重点任务\n", with: "二、重点任务\n<!-- yaodian-disable metric_value_conflict empty_section -->\n<!-- yaodian-enable empty_section -->\n")
        XCTAssertEqual(try findings(text).map(\.ruleId), [], "metric_value_conflict is still disabled")
        let reenabled = Self.conflicting.replacingOccurrences(of: "二、重点任务\n", with: "二、重点任务\n<!-- yaodian-disable metric_value_conflict empty_section -->\n<!-- yaodian-enable metric_value_conflict -->\n")
        XCTAssertEqual(try findings(reenabled).map(\.ruleId), ["metric_value_conflict"])
    }

    func testDirectivesAreParsed() {
        let parsed = InlineSuppressions.directives(in: "<!-- yaodian-disable-next-line a_rule b_rule --> text")
        XCTAssertEqual(parsed.first?.0, "yaodian-disable-next-line")
        XCTAssertEqual(parsed.first?.1, ["a_rule", "b_rule"])
    }

    func testBaselineAcceptsByRuleFileAndKeyNotLine() throws {
        let found = try findings(Self.conflicting)
        let baseline = Baseline(findings: found)
        // The same conflict after an edit elsewhere moved it down two lines is still accepted.
        let moved = try findings(Self.conflicting.replacingOccurrences(of: "全年新增", with: "\n\n全年新增"))
        XCTAssertNotEqual(moved.first?.location.line, found.first?.location.line)
        XCTAssertEqual(baseline.filter(moved), [])
        // A new conflict is not.
        let more = try findings(Self.conflicting + "\n3. 引进人才。新增高新技术企业130家。")
        XCTAssertEqual(baseline.filter(more).count, 1)
    }

    /// Two repeated numbers in different places are two findings: accepting one keeps the other.
    func testBaselineKeepsRepeatedNumbersApart() throws {
        let text = """
        # 2024年科技工作要点
        一、强化企业创新主体地位
        1. 培育高新技术企业。新增高新技术企业100家。
        1. 支持企业研发。
        2. 加强知识产权保护。
        """
        let first = try findings(text).filter { $0.ruleId == "numbering_duplicate" }
        XCTAssertEqual(first.count, 1)
        let more = try findings(text + "\n1. 完善科技金融。").filter { $0.ruleId == "numbering_duplicate" }
        XCTAssertEqual(more.count, 2)
        XCTAssertEqual(Baseline(findings: first).filter(more).count, 1, "the new repeat is not accepted by the old baseline")
    }

    func testBaselineFileRoundTripsAndBadOnesAreNamed() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Baseline(findings: try findings(Self.conflicting)).encoded().write(to: url)
        XCTAssertEqual(try Baseline.load(path: url.path).findings.map(\.ruleId), ["metric_value_conflict"])
        try Data("{\"findings\": 3}".utf8).write(to: url)
        XCTAssertThrowsError(try Baseline.load(path: url.path)) { error in
            XCTAssertTrue("\(error)".contains(url.path), "\(error)")
        }
    }
}
