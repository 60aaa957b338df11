import XCTest

/// The seeds are consistent plans: no error-level finding on any of them, as text and as the
/// HTML pages they were published in (GB18030, Big5, TRS Word paste, a 通知 with no plan).
final class SeedPlanTests: XCTestCase {
    static let inputs: [(name: String, url: URL)] = [
        "000_0ddd3b6edccb6d9b.txt", "001_60b4c1beb535d237.txt", "002_90fb374d0d35244d.txt", "003_fb75e2bb65854e05.txt",
        "004_d0638cfe5960d19b.txt",
    ].map { ("seeds/\($0)", TestDocuments.seed($0)) } + [
        "d04_dede_000.html", "d01_hanweb_002.html", "d02_trs_003.html", "d05_repost_001.html", "d06_wenshe_004_big5.html",
        "d03_portal_002_notice.html",
    ].map { ("html/\($0)", TestDocuments.page($0)) } + [("docx/seed000_autonumbered.docx", TestDocuments.wordDraft("seed000_autonumbered.docx"))]

    func testNoErrorOnAnySeed() throws {
        let binary = try ValidateBinary.require()
        defer { binary.remove() }
        for (input, url) in Self.inputs {
            let run = try binary.run(["--format", "json", url.path])
            let errors = try run.findings().filter { $0.severity == "error" }
            XCTAssertEqual(errors.map { "\($0.line): \($0.message) [\($0.rule)]" }, [], input)
            XCTAssertEqual(run.status, 0, "\(input): \(run.stderr)")
        }
    }

    /// What the warnings on the seeds are, exactly: 南昌's 总数达到1700 has no unit (in the text and
    /// the page), and the 通知 page carries no plan.
    func testWarningsOnTheSeedsAreTheKnownOnes() throws {
        let binary = try ValidateBinary.require()
        defer { binary.remove() }
        var warnings: [String] = []
        for (input, url) in Self.inputs {
            let run = try binary.run(["--format", "json", url.path])
            warnings += try run.findings().filter { $0.severity == "warning" }.map { "\(input):\($0.line) \($0.rule)" }
        }
        XCTAssertEqual(warnings, [
            "seeds/003_fb75e2bb65854e05.txt:25 missing_unit",
            "html/d02_trs_003.html:44 missing_unit",
            "html/d03_portal_002_notice.html:24 plan_not_found",
        ])
    }
}
