import Foundation
import XCTest
import YaodianModel
import YaodianParse

/// `yaodian-validate` as CI runs it: exit statuses, reports on stdout and in files, errors that
/// name the input, nothing written when an input or the configuration is bad.
final class ValidateCLITests: XCTestCase {
    private var binary: ValidateBinary!

    override func setUpWithError() throws {
        binary = try ValidateBinary.require()
    }

    override func tearDown() {
        binary?.remove()
    }

    static let clean = """
    # 2024年科技工作要点
    一、主要目标
    全市高新技术企业突破3000家,净增高新技术企业850家以上。
    二、重点任务
    1. 培育高新技术企业。新增高新技术企业850家。
    2. 壮大创新型企业梯队。力争净增高新技术企业850家。
    """

    /// Item 1 says 900 where the preamble and item 2 say 850: one finding, at line 5.

    static let broken = clean.replacingOccurrences(of: "1. 培育高新技术企业。新增高新技术企业850家。", with: "1. 培育高新技术企业。新增高新技术企业900家。")

    static let warningOnly = clean.replacingOccurrences(of: "新增高新技术企业850家。", with: "新增高新技术企业850家。总数达到3000。")

    func testCleanPlanExitsZeroAndSaysSo() throws {
        let run = try binary.run([try binary.write("clean.md", Self.clean)])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertEqual(run.stdout, "检查了1个文件:0个错误,0个警告\n")
    }

    func testErrorsExitOneWithCompilerStyleLines() throws {
        let path = try binary.write("plan.md", Self.broken)
        let run = try binary.run([path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.hasPrefix("\(path):5:"), run.stdout)
        XCTAssertTrue(run.stdout.contains(": error: "), run.stdout)
        XCTAssertTrue(run.stdout.contains("[metric_value_conflict]"), run.stdout)
        XCTAssertTrue(run.stdout.contains("\(path):3)"), "names the other place: \(run.stdout)")
    }

    func testWarningsFailOnlyWithStrict() throws {
        let path = try binary.write("plan.md", Self.warningOnly)
        XCTAssertEqual(try binary.run([path]).status, 0)
        XCTAssertEqual(try binary.run(["--strict", path]).status, 1)
        // strict in the configuration beside the plan does the same.
        try binary.write(".yaodian.yml", "strict: true\n")
        XCTAssertEqual(try binary.run([path]).status, 1)
    }

    func testEnglishMessages() throws {
        let run = try binary.run(["--lang", "en", try binary.write("plan.md", Self.broken)])
        XCTAssertTrue(run.stdout.contains("is 900家 here but 850家 elsewhere"), run.stdout)
        XCTAssertTrue(run.stdout.hasSuffix("1 file checked: 1 error, 0 warnings\n"), run.stdout)
    }

    func testSeveralFormatsEachToItsOutput() throws {
        let path = try binary.write("plan.md", Self.broken)
        let run = try binary.run(["--format", "sarif", "--output", "report.sarif", "--format", "junit", "--output", "report.xml",
                                  "--format", "github", path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.hasPrefix("::error file=plan.md,line=5,"), run.stdout)
        let sarif = try String(contentsOf: binary.scratch.appendingPathComponent("report.sarif"), encoding: .utf8)
        XCTAssertTrue(sarif.contains("\"ruleId\" : \"metric_value_conflict\""), sarif)
        let junit = try String(contentsOf: binary.scratch.appendingPathComponent("report.xml"), encoding: .utf8)
        XCTAssertTrue(junit.contains("<failure type=\"error\""), junit)
    }

    func testBadInputExitsTwoNamingItAndWritesNoReport() throws {
        let good = try binary.write("plan.md", Self.broken)
        let empty = try binary.write("empty.md", "")
        let run = try binary.run(["--format", "sarif", "--output", "report.sarif", good, empty])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("empty.md"), run.stderr)
        XCTAssertTrue(run.stderr.contains("empty input"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: binary.scratch.appendingPathComponent("report.sarif").path))

        let missing = try binary.run(["nowhere.md"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "yaodian-validate: error: nowhere.md: cannot read: no such file or folder\n")

        let notPlan = try binary.run([try binary.write("data.json", "{\"schemaVersion\": 1, \"notice\": 3}")])
        XCTAssertEqual(notPlan.status, 2)
        XCTAssertTrue(notPlan.stderr.contains("data.json: not a plan JSON file"), notPlan.stderr)
    }

    func testBadConfigurationExitsTwoNamingTheKey() throws {
        let path = try binary.write("plans/plan.md", Self.clean)
        try binary.write("plans/.yaodian.yml", "disabled_rule: [missing_unit]\n")
        let run = try binary.run(["--format", "json", "--output", "out.json", path])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("plans/.yaodian.yml: unknown key 'disabled_rule'"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: binary.scratch.appendingPathComponent("out.json").path))
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try binary.run(["--format", "xml", "a.md"]).status, 2)
        XCTAssertEqual(try binary.run(["--format", "text", "--format", "json", "a.md"]).status, 2, "two reports for stdout")
        XCTAssertEqual(try binary.run([]).status, 2)
    }

    func testAReportNeverOverwritesAnInput() throws {
        let path = try binary.write("plan.md", Self.broken)
        let run = try binary.run(["--format", "json", "--output", path, path])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("would overwrite an input"), run.stderr)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), Self.broken)
    }

    func testOutputsMustBeDistinctFiles() throws {
        let path = try binary.write("plan.md", Self.broken)
        try FileManager.default.createDirectory(at: binary.scratch.appendingPathComponent("reports"), withIntermediateDirectories: true)
        let folder = try binary.run(["--format", "json", "--output", "reports", path])
        XCTAssertEqual(folder.status, 2)
        XCTAssertTrue(folder.stderr.contains("reports: is a folder"), folder.stderr)
        let twice = try binary.run(["--format", "json", "--output", "r.json", "--format", "sarif", "--output", "r.json", path])
        XCTAssertEqual(twice.status, 2)
        XCTAssertTrue(twice.stderr.contains("named twice"), twice.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: binary.scratch.appendingPathComponent("r.json").path))
    }

    /// Excel on a Chinese system saves CSV in GBK.
    func testProgressDataInGBK() throws {
        let summary = try binary.write("summary.md", """
        # 2024年上半年工作总结及下半年工作计划
        一、上半年工作完成情况
        1-5月,全市技术合同成交额6.8亿元,同比增长27%。
        二、下半年工作计划
        一是抓统筹引领,二是抓平台建设。
        """)
        // "metric,period,value,unit\n技术合同成交额,1-5月,6.653,亿元\n" in GBK.
        let gbk: [UInt8] = Array("metric,period,value,unit\n".utf8) + [0xBC, 0xBC, 0xCA, 0xF5, 0xBA, 0xCF, 0xCD, 0xAC, 0xB3, 0xC9, 0xBD, 0xBB, 0xB6, 0xEE]
            + Array(",1-5".utf8) + [0xD4, 0xC2] + Array(",6.653,".utf8) + [0xD2, 0xDA, 0xD4, 0xAA] + Array("\n".utf8)
        try Data(gbk).write(to: binary.scratch.appendingPathComponent("progress.csv"))
        let run = try binary.run(["--format", "json", "--data", "progress.csv", summary])
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertEqual(try run.findings().map(\.rule), ["summary_figure_mismatch"])
        XCTAssertTrue(run.stdout.contains("6.653亿元"), run.stdout)
    }

    func testBaselineWrittenThenAccepted() throws {
        let path = try binary.write("plan.md", Self.broken)
        let write = try binary.run(["--write-baseline", "accepted.json", path])
        XCTAssertEqual(write.status, 0, write.stderr)
        XCTAssertTrue(write.stderr.contains("1 findings written"), write.stderr)
        let accepted = try binary.run(["--baseline", "accepted.json", path])
        XCTAssertEqual(accepted.status, 0, accepted.stdout)
        // Through the configuration as well.
        try binary.write(".yaodian.yml", "baseline: accepted.json\n")
        XCTAssertEqual(try binary.run([path]).status, 0)
    }

    func testListRules() throws {
        let run = try binary.run(["--list-rules"])
        XCTAssertEqual(run.status, 0)
        XCTAssertTrue(run.stdout.contains("metric_value_conflict"), run.stdout)
        XCTAssertTrue(run.stdout.contains("vague_task"), run.stdout)
        XCTAssertTrue(run.stdout.contains("opt-in"), run.stdout)
    }

    /// Plan JSON as yaodian-ingest writes it: findings point into the JSON at the target's id.
    func testPlanJSONFindingsPointAtTheElement() throws {
        let paragraphs = Self.broken.split(separator: "\n").map { $0.replacingOccurrences(of: "# ", with: "") }
        let plan = try XCTUnwrap(PlanParser.parse(paragraphs: paragraphs, title: paragraphs.first))
        let document = IngestedDocument(source: SourceInfo(uri: "plan.md", sha256: "00", encoding: "utf-8", encodingSource: "test"),
                                        notice: Notice(title: paragraphs.first, body: paragraphs), plan: plan)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let json = String(decoding: try encoder.encode(document), as: UTF8.self)
        let path = try binary.write("plan.json", json)
        let run = try binary.run(["--format", "json", path])
        XCTAssertEqual(run.status, 1)
        let finding = try XCTUnwrap(run.findings().first { $0.rule == "metric_value_conflict" })
        let line = json.split(separator: "\n", omittingEmptySubsequences: false)[finding.line - 1]
        XCTAssertTrue(line.contains("\"S2.I1.T1\""), "line \(finding.line) is \(line)")
    }

    func testFolderWalkTakesPlansAndSkipsOtherJSON() throws {
        try binary.write("repo/plans/2024.md", Self.clean)
        try binary.write("repo/package.json", "{\"name\": \"x\"}")
        // yaodian-ingest's output: sorted keys, "schemaVersion" far past the first 4 KB.
        let paragraphs = Self.clean.split(separator: "\n").map { $0.replacingOccurrences(of: "# ", with: "") }
        let body = paragraphs + (1...200).map { "第\($0)段说明文字。" }
        let document = IngestedDocument(source: SourceInfo(uri: "2024.html", sha256: "00", encoding: "utf-8", encodingSource: "test"),
                                        notice: Notice(title: paragraphs.first, body: body),
                                        plan: PlanParser.parse(paragraphs: paragraphs, title: paragraphs.first))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try binary.write("repo/plans/2024.json", String(decoding: try encoder.encode(document), as: UTF8.self))
        try binary.write("repo/.git/config.md", "not a plan")
        let run = try binary.run(["--format", "json", binary.scratch.appendingPathComponent("repo").path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        XCTAssertEqual((object?["files"] as? [String])?.map { ($0 as NSString).lastPathComponent }, ["2024.json", "2024.md"])
    }
}

/// Every page and plan the project has — real pages, bad inputs (5 MB, 5000-deep nesting, NUL
/// bytes), 政府工作报告 — through the validator: it never crashes and never hangs; each input is
/// validated or refused with a named error.
final class ValidateRobustnessTests: XCTestCase {
    func testEveryFixtureIsValidatedOrRefusedCleanly() throws {
        let binary = try ValidateBinary.require()
        defer { binary.remove() }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        var inputs: [String] = []
        for folder in ["YaodianIngestTests/Fixtures", "YaodianParseTests/Fixtures", "YaodianValidateTests/Fixtures"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let relative as String in walker where [".html", ".txt", ".md", ".docx"].contains(where: relative.hasSuffix) {
                inputs.append(base.appendingPathComponent(relative).path)
            }
        }
        XCTAssertGreaterThan(inputs.count, 50)
        for input in inputs {
            let run = try binary.run(["--format", "json", input], timeout: 60)
            XCTAssertTrue([0, 1, 2].contains(run.status), "\(input): status \(run.status)\n\(run.stderr.prefix(400))")
            if run.status == 2 {
                XCTAssertTrue(run.stderr.hasPrefix("yaodian-validate: error: \(input)"), "\(input): \(run.stderr)")
                XCTAssertEqual(run.stdout, "", "\(input): no report after an error")
            } else {
                XCTAssertNoThrow(try run.findings(), input)
            }
        }
    }
}

/// A plan published on a web server, validated by URL (fetched through ingest): findings name the
/// URL and the line of the page source.
final class ValidateURLTests: XCTestCase {
    func testAPlanPageByURL() throws {
        let binary = try ValidateBinary.require()
        defer { binary.remove() }
        let page = """
        <html><head><meta charset="utf-8"><title>2024年科技工作要点_示例市科学技术局</title></head>
        <body><div class="nav"><a href="/">首页</a> <a href="/tzgg/">通知公告</a></div>
        <div class="article"><h1>示例市科学技术局2024年工作要点</h1>
        <p>一、主要目标</p>
        <p>全年新增高新技术企业100家,技术合同成交额达到220亿元。</p>
        <p>二、重点任务</p>
        <p>1. 培育创新主体。新增高新技术企业120家。</p>
        </div><div class="footer">版权所有 示例市科学技术局</div></body></html>
        """
        try binary.write("site/plan.html", page)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1",
                            "--directory", binary.scratch.appendingPathComponent("site").path]
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        do {
            try server.run()
        } catch {
            throw XCTSkip("python3 cannot start a local web server here: \(error)")
        }
        defer { server.terminate() }
        // "Serving HTTP on 127.0.0.1 port 43123 (http://127.0.0.1:43123/) ..."
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        let port = try XCTUnwrap(line.range(of: #"port [0-9]+"#, options: .regularExpression).map { line[$0].dropFirst(5) }, line)
        let url = "http://127.0.0.1:\(port)/plan.html"

        let run = try binary.run(["--format", "json", url])
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(try run.findings().contains { $0.rule == "metric_value_conflict" && $0.line == 7 },
                      "the <p> of item 1 in the page source: \(run.stdout)")
        XCTAssertTrue(run.stdout.contains("\"path\" : \"\(url)\""), run.stdout)

        let missing = try binary.run(["http://127.0.0.1:\(port)/none.html"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("none.html"), missing.stderr)
    }
}
