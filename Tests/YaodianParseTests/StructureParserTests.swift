import Foundation
import XCTest
import YaodianModel
import YaodianParse

/// The structure parser against the seeds: 000/002 section by section and item by item against
/// the gold `sections`, the 通知 wrapper of 002, the 南昌 (003) skeleton with restarting items and
/// subsections without items, the 北仑 (004) half-year summary with its `一是` points.
/// Each table row names its place (`item 三.8`), so a failure says which one is wrong.
final class StructureParserTests: XCTestCase {
    // MARK: - Fixtures

    /// Where each seed's body starts and ends (fixtures/README.md "The body rule"); `skip` passes
    /// over earlier lines that start the same way (001's summary box).
    private struct BodyRule {
        let seed: String
        let first: String
        let last: String
        var skip = 0
        var title: String?
    }

    private static let s000 = BodyRule(seed: "000_0ddd3b6edccb6d9b", first: "2020年我市科技工作的总体要求是", last: "28.加强作风纪律建设")
    private static let s001 = BodyRule(seed: "001_60b4c1beb535d237", first: "2023年,市科技局工作总体要求是", last: "22.抓好精神文明建设", skip: 1)
    private static let s002 = BodyRule(seed: "002_90fb374d0d35244d", first: "各区、县(市)、市直开发区科技部门", last: "21. 持续加强作风建设",
                                       title: "关于印发《2018年全市科技创新工作要点》的通知")
    private static let s003 = BodyRule(seed: "003_fb75e2bb65854e05", first: "各县(区)、开发区(新区)科技管理部门", last: "(四)强化舆论宣传",
                                       title: "关于印发《2020年南昌市科技工作要点》的通知")
    private static let s004 = BodyRule(seed: "004_d0638cfe5960d19b", first: "今年以來", last: "四是抓人才集聚")
    private static let allRules = [s000, s001, s002, s003, s004]

    private func fixture(_ name: String) throws -> URL {
        let directory = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "Fixtures not bundled")
        return directory.appendingPathComponent(name)
    }

    private func seedText(_ rule: BodyRule) throws -> String {
        try String(contentsOf: fixture(rule.seed + ".txt"), encoding: .utf8)
    }

    /// The paragraphs `yaodian-ingest` gives: the seed's non-empty lines from the body's first to its
    /// last, trimmed (the first one cut where the body starts, after 000's `•` bullet).
    private func bodyParagraphs(_ rule: BodyRule) throws -> [String] {
        var paragraphs: [String] = []
        var inside = false
        var skipped = 0
        let spaces = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{3000}\u{00A0}"))
        for raw in try seedText(rule).components(separatedBy: "\n") {
            let line = raw.trimmingCharacters(in: spaces)
            if !inside, let range = line.range(of: rule.first),
               line[..<range.lowerBound].allSatisfy({ $0 == "•" || $0.isWhitespace }) {
                if skipped < rule.skip {
                    skipped += 1
                    continue
                }
                inside = true
                paragraphs.append(String(line[range.lowerBound...]))
                continue
            }
            guard inside, !line.isEmpty else { continue }
            paragraphs.append(line)
            if line.hasPrefix(rule.last) { break }
        }
        XCTAssertTrue(paragraphs.last?.hasPrefix(rule.last) ?? false, "\(rule.seed): body end not found")
        return paragraphs
    }

    private func parsed(_ rule: BodyRule) throws -> PlanStructure {
        PlanStructureParser.parse(paragraphs: try bodyParagraphs(rule), title: rule.title)
    }

    // MARK: - Gold

    private struct Gold: Decodable {
        struct Meta: Decodable {
            let title: String
            let issuer: String
            let signed_date: String?
            let wrapper_title: String?
        }
        struct Item: Decodable {
            let number: String
            let title: String
            let location: String
        }
        struct Subsection: Decodable {
            let number: String
            let title: String
            let location: String
            let items: [Item]
        }
        struct Section: Decodable {
            let number: String
            let title: String
            let items: [Item]
            let subsections: [Subsection]?
        }
        let meta: Meta
        let sections: [Section]
    }

    private func gold(_ rule: BodyRule) throws -> Gold {
        try JSONDecoder().decode(Gold.self, from: Data(contentsOf: fixture(rule.seed + ".gold.json")))
    }

    // MARK: - Tables

    private struct Row {
        let name: String
        let expected: String?
        let actual: String?
    }

    private func check(_ rows: [Row], file: StaticString = #filePath, line: UInt = #line) {
        for row in rows {
            XCTAssertEqual(row.actual, row.expected, row.name, file: file, line: line)
        }
    }

    /// `prefix` when `text` starts with it, else the start of `text` (to show what came instead).
    private static func start(_ text: String?, _ prefix: String) -> String? {
        guard let text else { return nil }
        return text.hasPrefix(prefix) ? prefix : String(text.prefix(prefix.count + 5))
    }

    private static func sectionsById(_ structure: PlanStructure) -> [String: PlanSection] {
        var table: [String: PlanSection] = [:]
        func visit(_ section: PlanSection) {
            table[section.id] = section
            section.sections.forEach(visit)
        }
        structure.sections.forEach(visit)
        return table
    }

    private static func itemsById(_ structure: PlanStructure) -> [String: PlanItem] {
        var table: [String: PlanItem] = [:]
        func visit(_ item: PlanItem) {
            table[item.id] = item
            item.items.forEach(visit)
        }
        func visit(_ section: PlanSection) {
            section.items.forEach(visit)
            section.sections.forEach(visit)
        }
        structure.sections.forEach(visit)
        return table
    }

    private static func chineseValue<S: StringProtocol>(_ numeral: S) -> Int {
        let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let chars = Array(numeral)
        guard let ten = chars.firstIndex(of: "十") else { return chars.first.flatMap { digits[$0] } ?? 0 }
        let tens = ten == 0 ? 1 : (digits[chars[0]] ?? 0)
        let units = ten + 1 < chars.count ? (digits[chars[ten + 1]] ?? 0) : 0
        return tens * 10 + units
    }

    /// Gold location → parser id: `item 三.8` → `S3.I8`, `item 二.(一).2` → `S2.S1.I2`,
    /// `subsection 二.(七)` → `S2.S7`.
    private static func id(forLocation location: String) -> String {
        let path = location.split(separator: " ", maxSplits: 1).last ?? ""
        return path.split(separator: ".").enumerated().map { depth, part in
            if depth == 0 { return "S\(chineseValue(part))" }
            if part.hasPrefix("(") { return "S\(chineseValue(part.dropFirst().dropLast()))" }
            return "I\(part)"
        }.joined(separator: ".")
    }

    /// One row per gold section, subsection and item: number, title, and that the place the gold
    /// location names exists under the expected id.
    private func goldRows(_ gold: Gold, _ structure: PlanStructure) -> [Row] {
        let sections = Self.sectionsById(structure)
        let items = Self.itemsById(structure)
        var rows: [Row] = [Row(name: "section count", expected: "\(gold.sections.count)", actual: "\(structure.sections.count)")]
        func itemRows(_ goldItems: [Gold.Item], parentId: String, parent: String) {
            let parsedItems = sections[parentId]?.items ?? []
            rows.append(Row(name: "\(parent) item numbers", expected: goldItems.map(\.number).joined(separator: ","),
                            actual: parsedItems.map(\.number).joined(separator: ",")))
            for goldItem in goldItems {
                let id = Self.id(forLocation: goldItem.location)
                let item = items[id]
                rows.append(Row(name: "\(goldItem.location) id", expected: id, actual: item?.id))
                rows.append(Row(name: "\(goldItem.location) number", expected: goldItem.number, actual: item?.number))
                rows.append(Row(name: "\(goldItem.location) title", expected: goldItem.title, actual: item?.title))
            }
        }
        for (position, goldSection) in gold.sections.enumerated() {
            let id = "S\(position + 1)"
            let section = sections[id]
            let name = "section \(goldSection.number)"
            rows.append(Row(name: "\(name) id", expected: "S\(Self.chineseValue(goldSection.number))", actual: section?.id))
            rows.append(Row(name: "\(name) number", expected: goldSection.number, actual: section?.number))
            rows.append(Row(name: "\(name) title", expected: goldSection.title, actual: section?.title))
            itemRows(goldSection.items, parentId: id, parent: name)
            let goldSubsections = goldSection.subsections ?? []
            rows.append(Row(name: "\(name) subsection count", expected: "\(goldSubsections.count)",
                            actual: section.map { "\($0.sections.count)" }))
            for sub in goldSubsections {
                let subId = Self.id(forLocation: sub.location)
                rows.append(Row(name: "\(sub.location) number", expected: sub.number, actual: sections[subId]?.number))
                rows.append(Row(name: "\(sub.location) title", expected: sub.title, actual: sections[subId]?.title))
                itemRows(sub.items, parentId: subId, parent: sub.location)
            }
        }
        return rows
    }

    // MARK: - 000 宁波, 002 绍兴 against gold

    func test000SectionsAndItemsMatchGold() throws {
        let structure = try parsed(Self.s000)
        check(goldRows(try gold(Self.s000), structure))
    }

    func test002SectionsAndItemsMatchGold() throws {
        let structure = try parsed(Self.s002)
        check(goldRows(try gold(Self.s002), structure))
    }

    func test000HeaderAndPreamble() throws {
        let gold = try gold(Self.s000)
        let untitled = try parsed(Self.s000)
        let titled = PlanStructureParser.parse(paragraphs: try bodyParagraphs(Self.s000), title: gold.meta.title)
        check([
            Row(name: "kind", expected: "work_plan", actual: untitled.kind.rawValue),
            Row(name: "title (not in the paragraphs)", expected: nil, actual: untitled.title),
            Row(name: "title (given)", expected: gold.meta.title, actual: titled.title),
            Row(name: "wrapper", expected: nil, actual: untitled.wrapper.map { "\($0)" }),
            Row(name: "preamble count", expected: "1", actual: "\(untitled.preamble.count)"),
            Row(name: "preamble start", expected: "2020年我市科技工作的总体要求是",
                actual: Self.start(untitled.preamble.first, "2020年我市科技工作的总体要求是")),
        ])
    }

    func test002WrapperTitleAndPreamble() throws {
        let gold = try gold(Self.s002)
        let structure = try parsed(Self.s002)
        let wrapper = structure.wrapper
        check([
            Row(name: "kind", expected: "work_plan", actual: structure.kind.rawValue),
            Row(name: "plan title", expected: gold.meta.title, actual: structure.title),
            Row(name: "wrapper title", expected: gold.meta.wrapper_title, actual: wrapper?.title),
            Row(name: "wrapper addressees", expected: "各区、县(市)、市直开发区科技部门,各处(室)、局属事业单位", actual: wrapper?.addressees),
            Row(name: "wrapper text", expected: "现将《2018年全市科技创新工作要点》印发给你们,请结合实际,认真贯彻落实。",
                actual: wrapper?.text.joined(separator: "|")),
            Row(name: "wrapper issuer", expected: gold.meta.issuer, actual: wrapper?.issuer),
            Row(name: "wrapper date", expected: gold.meta.signed_date, actual: wrapper?.date?.description),
            Row(name: "preamble count", expected: "1", actual: "\(structure.preamble.count)"),
            Row(name: "preamble start", expected: "2018年全市科技创新工作总的要求是",
                actual: Self.start(structure.preamble.first, "2018年全市科技创新工作总的要求是")),
        ])
    }

    // MARK: - 003 南昌: 目标任务, subsections, restarting items, subsections without items

    func test003Skeleton() throws {
        let structure = try parsed(Self.s003)
        let sections = Self.sectionsById(structure)
        let items = Self.itemsById(structure)
        var rows: [Row] = [
            Row(name: "kind", expected: "work_plan", actual: structure.kind.rawValue),
            Row(name: "plan title", expected: "2020年南昌市科技工作要点", actual: structure.title),
            Row(name: "wrapper title", expected: Self.s003.title, actual: structure.wrapper?.title),
            Row(name: "wrapper addressees", expected: "各县(区)、开发区(新区)科技管理部门,局属各单位,局机关各处室",
                actual: structure.wrapper?.addressees),
            Row(name: "wrapper issuer", expected: "南昌市科学技术局", actual: structure.wrapper?.issuer),
            Row(name: "wrapper date (garbled 2020424)", expected: nil, actual: structure.wrapper?.date?.description),
            Row(name: "wrapper text count", expected: "1", actual: structure.wrapper.map { "\($0.text.count)" }),
            Row(name: "preamble start", expected: "2020年,科技创新工作总体思路是",
                actual: Self.start(structure.preamble.first, "2020年,科技创新工作总体思路是")),
            Row(name: "sections", expected: "一 目标任务|二 重点举措|三 工作要求",
                actual: structure.sections.map { "\($0.number) \($0.title)" }.joined(separator: "|")),
            Row(name: "section 一 items", expected: "1,2,3,4,5,6,7,8,9",
                actual: sections["S1"]?.items.map(\.number).joined(separator: ",")),
            Row(name: "item 一.2 title (no 。: the whole line)", expected: "力争新认定高新技术企业580家以上,总数达到1700",
                actual: items["S1.I2"]?.title),
            Row(name: "section 二 items (none: in subsections)", expected: "0", actual: sections["S2"].map { "\($0.items.count)" }),
            Row(name: "section 三 items", expected: "0", actual: sections["S3"].map { "\($0.items.count)" }),
            Row(name: "item 二.(八).3 title (rule output, 。 missing in source)",
                expected: "加强科技特派员工作加强科技特派员管理服务,进一步壮大科技特派员队伍", actual: items["S2.S8.I3"]?.title),
            Row(name: "item 二.(一).1 title", expected: "认真编制《南昌市“十四五”科技创新驱动发展规划》", actual: items["S2.S1.I1"]?.title),
        ]
        // Subsections of 二: number, title, item count; those without items keep their text.
        let subsections: [(String, String, Int)] = [
            ("(一)", "谋划科技创新规划布局", 2), ("(二)", "深化科技创新管理改革", 4), ("(三)", "实施高企量质“双提升”工程", 0),
            ("(四)", "鼓励企业加大研发投入", 0), ("(五)", "搭建科技创新载体平台", 3), ("(六)", "加快聚集高端创新人才", 2),
            ("(七)", "加大科技成果转化力度", 0), ("(八)", "完善科技创新服务工作", 5), ("(九)", "加强科技队伍自身建设", 4),
        ]
        rows.append(Row(name: "subsection count 二", expected: "\(subsections.count)", actual: sections["S2"].map { "\($0.sections.count)" }))
        for (k, (number, title, count)) in subsections.enumerated() {
            let id = "S2.S\(k + 1)"
            let name = "subsection 二.\(number)"
            rows.append(Row(name: "\(name) number", expected: number, actual: sections[id]?.number))
            rows.append(Row(name: "\(name) level", expected: "2", actual: sections[id].map { "\($0.level)" }))
            rows.append(Row(name: "\(name) title", expected: title, actual: sections[id]?.title))
            rows.append(Row(name: "\(name) items (restarting at 1)", expected: (0..<count).map { "\($0 + 1)" }.joined(separator: ","),
                            actual: sections[id]?.items.map(\.number).joined(separator: ",")))
            rows.append(Row(name: "\(name) item ids", expected: (0..<count).map { "\(id).I\($0 + 1)" }.joined(separator: ","),
                            actual: sections[id]?.items.map(\.id).joined(separator: ",")))
            rows.append(Row(name: "\(name) has text iff no items", expected: count == 0 ? "text" : "none",
                            actual: sections[id].map { $0.text.isEmpty ? "none" : "text" }))
        }
        let requirements = ["强化组织领导", "强化工作责任", "强化协同合作", "强化舆论宣传"]
        for (k, title) in requirements.enumerated() {
            let id = "S3.S\(k + 1)"
            rows.append(Row(name: "subsection 三.\(k + 1) title (text on the same line)", expected: title, actual: sections[id]?.title))
            rows.append(Row(name: "subsection 三.\(k + 1) text", expected: "各县(区)、开发区(新区)科技管理部门",
                            actual: Self.start(sections[id]?.text.first, "各县(区)、开发区(新区)科技管理部门")))
        }
        check(rows)
    }

    // MARK: - 004 北仑 half-year summary (traditional)

    func test004HalfYearSummary() throws {
        let structure = try parsed(Self.s004)
        let sections = Self.sectionsById(structure)
        let items = Self.itemsById(structure)
        var rows: [Row] = [
            Row(name: "kind", expected: "half_year_summary", actual: structure.kind.rawValue),
            Row(name: "parts", expected: "一 上半年工作總結|二 下半年工作計劃",
                actual: structure.sections.map { "\($0.number) \($0.title)" }.joined(separator: "|")),
            Row(name: "intro (preamble)", expected: "今年以來,區科技局", actual: Self.start(structure.preamble.first, "今年以來,區科技局")),
            Row(name: "part 一 subsections", expected: "5", actual: sections["S1"].map { "\($0.sections.count)" }),
            Row(name: "part 二 intro", expected: "下一步,我局將圍繞", actual: Self.start(sections["S2"]?.text.first, "下一步,我局將圍繞")),
            Row(name: "part 二 points", expected: "一是,二是,三是,四是", actual: sections["S2"]?.items.map(\.number).joined(separator: ",")),
            Row(name: "part 二 point ids", expected: "S2.P1,S2.P2,S2.P3,S2.P4", actual: sections["S2"]?.items.map(\.id).joined(separator: ",")),
            Row(name: "二.四是 title", expected: "抓人才集聚,實施創新環境優化工程", actual: items["S2.P4"]?.title),
            Row(name: "一.(一).一是 (implied) title = whole first sentence",
                expected: "圍繞落實2020年“科技爭投”重點任務指標,對“科技經紀人”服務機制、“科技爭投”工作機制、科創平臺服務企業機制等進行功能疊加,成立科技創新專班,下設5個工作小組,並由局領導帶隊對科技創新重點企業開展“一對一”專項服務,幫助解決企業生產經營技術難題",
                actual: items["S1.S1.P1"]?.title),
            Row(name: "一.(二).三是 title", expected: "引導企業開展專案研發", actual: items["S1.S2.P3"]?.title),
            Row(name: "一.(二).二是 text start", expected: "二是大力推進高新技術產業發展。1-5月",
                actual: Self.start(items["S1.S2.P2"]?.text, "二是大力推進高新技術產業發展。1-5月")),
        ]
        let subsectionTitles = ["聚焦“科技爭投”主線,實施創新驅動戰略", "聚焦產業轉型,強化創新主體培育", "聚焦成果轉化,加快創新平臺建設",
                                "聚焦人才引培,完善“雙創”生態體系", "聚焦惠民利民,加快推進科協工作"]
        let numbers = ["(一)", "(二)", "(三)", "(四)", "(五)"]
        for (k, title) in subsectionTitles.enumerated() {
            let id = "S1.S\(k + 1)"
            let name = "subsection 一.\(numbers[k])"
            rows.append(Row(name: "\(name) number", expected: numbers[k], actual: sections[id]?.number))
            rows.append(Row(name: "\(name) title", expected: title, actual: sections[id]?.title))
            rows.append(Row(name: "\(name) points", expected: "一是,二是,三是", actual: sections[id]?.items.map(\.number).joined(separator: ",")))
            rows.append(Row(name: "\(name) point ids", expected: "\(id).P1,\(id).P2,\(id).P3",
                            actual: sections[id]?.items.map(\.id).joined(separator: ",")))
            rows.append(Row(name: "\(name) own text", expected: "0", actual: sections[id].map { "\($0.text.count)" }))
        }
        check(rows)
    }

    // MARK: - Blocks, ids, raw text

    /// Every block slices its paragraph at its offset, is owned by a place that exists, and every
    /// paragraph of the body is covered.
    func testBlocksSliceTheirParagraphsAndCoverTheBody() throws {
        for rule in Self.allRules {
            let paragraphs = try bodyParagraphs(rule)
            let structure = PlanStructureParser.parse(paragraphs: paragraphs, title: rule.title)
            var owners: Set<String> = [Plan.preambleID, PlanStructure.headerID]
            owners.formUnion(Self.sectionsById(structure).keys)
            owners.formUnion(Self.itemsById(structure).keys)
            var covered = Set<Int>()
            var previous = (-1, -1)
            for block in structure.blocks {
                let scalars = Array(paragraphs[block.paragraphIndex].unicodeScalars)
                let end = block.offset + block.text.unicodeScalars.count
                XCTAssertLessThanOrEqual(end, scalars.count, "\(rule.seed) \(block.ownerId)")
                if end <= scalars.count {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[block.offset..<end])
                    XCTAssertEqual(String(view), block.text, "\(rule.seed) \(block.ownerId) slice")
                }
                XCTAssertTrue(owners.contains(block.ownerId), "\(rule.seed): unknown owner \(block.ownerId)")
                XCTAssertTrue(previous < (block.paragraphIndex, block.offset), "\(rule.seed) \(block.ownerId) order")
                previous = (block.paragraphIndex, block.offset)
                covered.insert(block.paragraphIndex)
            }
            XCTAssertEqual(covered, Set(paragraphs.indices), "\(rule.seed): paragraphs without a block")
        }
    }

    func testBlockOwnersOfItemsAndPoints() throws {
        let ningbo = try parsed(Self.s000)
        let item8 = ningbo.blocks.filter { $0.ownerId == "S3.I8" }
        XCTAssertEqual(item8.count, 1)
        XCTAssertTrue(item8.first?.text.hasPrefix("高标准建设甬江实验室。") ?? false, "item marker is not block text")
        XCTAssertEqual(item8.first?.offset, 2)
        XCTAssertEqual(ningbo.blocks.first?.ownerId, Plan.preambleID)

        let beilun = try parsed(Self.s004)
        let owners = beilun.blocks.filter { $0.paragraphIndex == 3 }.map(\.ownerId)
        XCTAssertEqual(owners, ["S1.S2", "S1.S2.P1", "S1.S2.P2", "S1.S2.P3"])
        XCTAssertEqual(beilun.blocks.first { $0.ownerId == "S1.S2.P2" }?.text.hasPrefix("大力推進高新技術產業發展。"), true)
    }

    /// The same text gives the same ids, whatever page chrome surrounds it: raw seed text (with its
    /// chrome lines) gives the same tree as the ingested paragraphs.
    func testIdsAreStableAndRawSeedTextGivesTheSameTree() throws {
        for rule in [Self.s000, Self.s001, Self.s002, Self.s003, Self.s004] {
            let body = try parsed(rule)
            let again = try parsed(rule)
            XCTAssertEqual(body.sections, again.sections, "\(rule.seed): parse is not deterministic")
            let raw = PlanStructureParser.parse(text: try seedText(rule))
            XCTAssertEqual(raw.sections, body.sections, "\(rule.seed): raw text gives another tree")
            XCTAssertEqual(raw.kind, body.kind, rule.seed)
        }
        let raw002 = PlanStructureParser.parse(text: try seedText(Self.s002))
        check([
            Row(name: "raw 002 wrapper title (page title line)", expected: Self.s002.title, actual: raw002.wrapper?.title),
            Row(name: "raw 002 wrapper date", expected: "2018-03-15", actual: raw002.wrapper?.date?.description),
            Row(name: "raw 002 plan title", expected: "2018年全市科技创新工作要点", actual: raw002.title),
            Row(name: "raw 000 title", expected: "宁波市科学技术局2020年工作要点",
                actual: PlanStructureParser.parse(text: try seedText(Self.s000)).title),
            Row(name: "raw 000 preamble (chrome dropped)", expected: "1",
                actual: "\(PlanStructureParser.parse(text: try seedText(Self.s000)).preamble.count)"),
        ])
    }

    // MARK: - Markers, points, dates

    func testMarkerForms() {
        let structure = PlanStructureParser.parse(paragraphs: [
            "总体要求:做好工作。",
            "一、 第一部分",
            "（一）全角括号",
            "1．全角点。正文",
            "（1）子项一。正文",
            "(2)子项二",
            "2 .点前空格",
            "3、顿号",
            "(二)半角括号",
            "4.继续编号",
            "二、第二部分。同一行的正文",
            "2.0版平台上线。",
            "1.25万元补助。",
            "2020年完成。",
            "十一、跳号不在序列内也接受",
        ])
        let sections = Self.sectionsById(structure)
        let items = Self.itemsById(structure)
        check([
            Row(name: "section numbers", expected: "一,二,十一", actual: structure.sections.map(\.number).joined(separator: ",")),
            Row(name: "一、 title (space after the marker)", expected: "第一部分", actual: sections["S1"]?.title),
            Row(name: "（一） as (一)", expected: "(一)", actual: sections["S1.S1"]?.number),
            Row(name: "(二) ASCII", expected: "(二)", actual: sections["S1.S2"]?.number),
            Row(name: "1． full-width dot", expected: "1|全角点", actual: items["S1.S1.I1"].map { "\($0.number)|\($0.title)" }),
            Row(name: "（1） under 1.", expected: "(1)|子项一", actual: items["S1.S1.I1.I1"].map { "\($0.number)|\($0.title)" }),
            Row(name: "(2) under 1.", expected: "(2)", actual: items["S1.S1.I1.I2"]?.number),
            Row(name: "2 . space before the dot", expected: "2|点前空格", actual: items["S1.S1.I2"].map { "\($0.number)|\($0.title)" }),
            Row(name: "3、", expected: "3|顿号", actual: items["S1.S1.I3"].map { "\($0.number)|\($0.title)" }),
            Row(name: "4. in (二)", expected: "4", actual: items["S1.S2.I4"]?.number),
            Row(name: "section 二 title with text on the line", expected: "第二部分", actual: sections["S2"]?.title),
            Row(name: "section 二 text: same-line text, then 2.0版, 1.25万, 2020年 (not markers)",
                expected: "同一行的正文|2.0版平台上线。|1.25万元补助。|2020年完成。", actual: sections["S2"]?.text.joined(separator: "|")),
            Row(name: "section 十一 id by position", expected: "S3", actual: structure.sections.last?.id),
            Row(name: "item text keeps the number", expected: "1．全角点。正文", actual: items["S1.S1.I1"]?.text),
        ])
    }

    func testOutOfSequenceMarkersAreText() {
        let structure = PlanStructureParser.parse(paragraphs: [
            "一、甲", "1.任务一。", "2.任务二。", "1.任务二的续段,不是新条目。", "二、乙", "一、重复的一不是新部分", "3.任务三。",
        ])
        let items = Self.itemsById(structure)
        check([
            Row(name: "sections", expected: "一,二", actual: structure.sections.map(\.number).joined(separator: ",")),
            Row(name: "item 2 continues", expected: "2.任务二。\n1.任务二的续段,不是新条目。", actual: items["S1.I2"]?.text),
            Row(name: "section 二 text", expected: "一、重复的一不是新部分", actual: structure.sections.last?.text.joined()),
            Row(name: "item 3 in 二", expected: "S2.I3", actual: items["S2.I3"]?.id),
        ])
    }

    func testPointsInsideAnItem() {
        let structure = PlanStructureParser.parse(paragraphs: [
            "一、部分",
            "1.加强创新。重点抓好三项工作:一是建设平台,二是培育企业;三是引进人才。统一是前提。",
        ])
        let item = Self.itemsById(structure)["S1.I1"]
        check([
            Row(name: "item title", expected: "加强创新", actual: item?.title),
            Row(name: "point ids", expected: "S1.I1.P1,S1.I1.P2,S1.I1.P3", actual: item?.items.map(\.id).joined(separator: ",")),
            Row(name: "point numbers", expected: "一是,二是,三是", actual: item?.items.map(\.number).joined(separator: ",")),
            Row(name: "point titles (to the next marker)", expected: "建设平台|培育企业|引进人才",
                actual: item?.items.map(\.title).joined(separator: "|")),
            Row(name: "last point text (统一是 is no marker)", expected: "三是引进人才。统一是前提。", actual: item?.items.last?.text),
            Row(name: "item blocks: title sentence, text before the points", expected: "加强创新。|重点抓好三项工作:",
                actual: structure.blocks.filter { $0.ownerId == "S1.I1" }.map(\.text).joined(separator: "|")),
            Row(name: "point blocks leave the marker out", expected: "建设平台,|培育企业;|引进人才。统一是前提。",
                actual: structure.blocks.filter { $0.ownerId.hasPrefix("S1.I1.P") }.map(\.text).joined(separator: "|")),
        ])
        let single = PlanStructureParser.parse(paragraphs: ["一、部分", "1.任务。一是只有一个。"])
        XCTAssertEqual(Self.itemsById(single)["S1.I1"]?.items.count, 0, "a lone 一是 is not an enumeration")
    }

    func testWrapperDates() {
        let rows: [(String, String?)] = [
            ("2018年3月15日", "2018-03-15"), ("2018年03月05日", "2018-03-05"), ("二〇一八年三月十五日", "2018-03-15"),
            ("2020年4月24日", "2020-04-24"), ("2018-03-15", "2018-03-15"), ("20200424", "2020-04-24"), ("2020424", nil),
        ]
        for (line, expected) in rows {
            let structure = PlanStructureParser.parse(paragraphs: [
                "各局属单位:", "现将要点印发给你们。", "某某市科学技术局", line, "2020年科技工作要点", "总体要求。", "一、部分",
            ])
            XCTAssertEqual(structure.wrapper?.issuer, "某某市科学技术局", line)
            XCTAssertEqual(structure.wrapper?.date?.description, expected, line)
            XCTAssertEqual(structure.title, "2020年科技工作要点", line)
            XCTAssertEqual(structure.preamble, ["总体要求。"], line)
        }
        // A 通知 title line and no addressees; 发文字号 is header, not 通知 text.
        let bare = PlanStructureParser.parse(paragraphs: [
            "关于印发《2020年科技工作要点》的通知", "某科〔2020〕3号", "现将要点印发给你们。", "某某市科学技术局", "2020年1月2日",
            "2020年科技工作要点", "一、部分",
        ])
        XCTAssertEqual(bare.wrapper, NoticeWrapper(title: "关于印发《2020年科技工作要点》的通知", text: ["现将要点印发给你们。"],
                                                   issuer: "某某市科学技术局", date: CalendarDate(year: 2020, month: 1, day: 2)))
        XCTAssertEqual(bare.title, "2020年科技工作要点")
        XCTAssertEqual(bare.blocks.prefix(6).map(\.ownerId), Array(repeating: PlanStructure.headerID, count: 6))
    }

    func testClosingSignatureAndLeadInLines() {
        let structure = PlanStructureParser.parse(paragraphs: [
            "2023年工作总体要求是:", "坚持创新驱动。", "一、部分", "1.任务。", "某某市科学技术局", "2023年2月1日",
        ])
        XCTAssertNil(structure.wrapper, "a lead-in ending in : is no salutation")
        XCTAssertEqual(structure.preamble, ["2023年工作总体要求是:", "坚持创新驱动。"])
        XCTAssertEqual(Self.itemsById(structure)["S1.I1"]?.text, "1.任务。", "the closing signature is not item text")
        XCTAssertEqual(structure.blocks.suffix(2).map(\.ownerId), [PlanStructure.headerID, PlanStructure.headerID])

        // A 通知 without its own signature: the plan's closing signature is not the 通知's.
        let wrapped = PlanStructureParser.parse(paragraphs: [
            "各局属单位:", "现将要点印发给你们,请认真贯彻执行", "2020年工作要点", "总体要求。", "一、部分", "1.任务。",
            "某某市科学技术局", "2020年1月1日",
        ])
        XCTAssertEqual(wrapped.wrapper?.text, ["现将要点印发给你们,请认真贯彻执行"])
        XCTAssertNil(wrapped.wrapper?.issuer)
        XCTAssertEqual(wrapped.title, "2020年工作要点")
        XCTAssertEqual(wrapped.preamble, ["总体要求。"])
        XCTAssertEqual(Self.itemsById(wrapped)["S1.I1"]?.text, "1.任务。")
    }

    func testEmptyAndUnstructuredInput() {
        XCTAssertEqual(PlanStructureParser.parse(paragraphs: []), PlanStructure())
        XCTAssertEqual(PlanStructureParser.parse(paragraphs: ["", "  ", "\u{3000}"]).blocks, [])
        let prose = PlanStructureParser.parse(paragraphs: ["只有一段话。"])
        XCTAssertEqual(prose.preamble, ["只有一段话。"])
        XCTAssertEqual(prose.sections, [])
    }

    // MARK: - Speed

}
