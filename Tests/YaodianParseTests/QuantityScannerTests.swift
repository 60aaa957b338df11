import Foundation
import XCTest
import YaodianModel
import YaodianParse

/// The quantity layer (`QuantityScanner`), table-driven: one row per clause, so a failure names its clause.
///
/// Rows: the 40 clauses of quantity-clauses.json (normalised values, canonical units, quantity comparators);
/// every target `text` of the 000 and 002 gold plans (value, value_max and unit as written, comparator by the
/// quantity convention); every `non_target_numbers` text of those plans (no quantity); and hand-made rows for
/// the forms and traps the seeds do not cover.
final class QuantityScannerTests: XCTestCase {
    /// What the plan parser does with a clause: OpenCC's t2s for traditional text, then the scanner.
    static func scanned(_ text: String) -> [QuantityMatch] {
        QuantityScanner.scan(ChineseScript.shared.simplified(text))
    }

    // MARK: - quantity-clauses.json

    func testQuantityClauses() throws {
        let json = try Self.fixtureJSON("quantity-clauses.json")
        let clauses = try XCTUnwrap(json["clauses"] as? [[String: Any]])
        XCTAssertEqual(clauses.count, 40)
        var passed = 0
        for clause in clauses {
            let id = clause["id"] as? String ?? "?"
            let text = try XCTUnwrap(clause["text"] as? String, id)
            let expected = try XCTUnwrap(clause["expected"] as? [[String: Any]], id)
            let found = Self.scanned(text)
            let label = "\(id) \(text) → \(Self.describe(found))"
            var ok = found.count == expected.count
            XCTAssertEqual(found.count, expected.count, "count: \(label)")
            for (want, got) in zip(expected, found) {
                let (low, high) = try Self.expectedValue(want["value"], id)
                let unit = want["unit"] as? String
                let comparator = YaodianModel.Comparator(rawValue: want["comparator"] as? String ?? "")
                let gotUnit = got.normalizedUnit ?? got.impliedUnit
                let rowOK = Self.close(got.normalizedValue, low) && Self.close(got.normalizedValueMax, high)
                    && gotUnit == unit && got.comparator == comparator
                XCTAssertTrue(Self.close(got.normalizedValue, low), "value \(got.normalizedValue) ≠ \(low): \(label)")
                XCTAssertTrue(Self.close(got.normalizedValueMax, high), "value max: \(label)")
                XCTAssertEqual(gotUnit, unit, "unit: \(label)")
                XCTAssertEqual(got.comparator, comparator, "comparator: \(label)")
                ok = ok && rowOK
            }
            if ok { passed += 1 }
        }
        print("quantity-clauses: \(passed)/\(clauses.count) clauses pass")
    }

    // MARK: - gold plan targets (000 宁波, 002 绍兴)

    private struct Row {
        let id: String
        let text: String
        let value: Double
        let valueMax: Double?
        let unit: String?
        let comparator: YaodianModel.Comparator
        let approx: Bool
        init(_ id: String, _ text: String, _ value: Double, _ valueMax: Double?, _ unit: String?, _ comparator: YaodianModel.Comparator,
             approx: Bool) {
            self.id = id
            self.text = text
            self.value = value
            self.valueMax = valueMax
            self.unit = unit
            self.comparator = comparator
            self.approx = approx
        }
    }

    /// Value, value_max and unit as in the gold plans; the comparator is the quantity's own
    /// (quantity-clauses conventions), which differs from the plan gold where noted.
    private static let goldTargetRows: [Row] = [
        Row("000:T1", "力争R&D经费支出占GDP比重达到3.0%", 3.0, nil, "%", .equal, approx: false),
        Row("000:T2", "高新技术企业突破3000家", 3000.0, nil, "家", .atLeast, approx: false),
        // plan gold >= (超过 in its keyword table); quantity convention: 超过 → >
        Row("000:T3", "技术交易额超过220亿元", 220.0, nil, "亿元", .above, approx: false),
        Row("000:T4", "高新技术产业投资增长10%以上", 10.0, nil, "%", .atLeast, approx: false),
        // plan gold >= (高于…N个百分点 is a floor on the gap); 高于 does not touch the 2, so the quantity itself is =
        Row("000:T5", "高新技术产业增加值同比增速高于规上工业增加值同比增速2个百分点", 2.0, nil, "个百分点", .equal, approx: false),
        Row("000:T6", "200家以上科创平台", 200.0, nil, "家", .atLeast, approx: false),
        Row("000:T7", "服务10000家以上企业", 10000.0, nil, "家", .atLeast, approx: false),
        Row("000:T8", "争创浙江省实验室1家", 1.0, nil, "家", .equal, approx: false),
        Row("000:T9", "国家重点实验室1家", 1.0, nil, "家", .equal, approx: false),
        Row("000:T10", "争取产业技术研究院孵化企业30家以上", 30.0, nil, "家", .atLeast, approx: false),
        Row("000:T11", "累计共建产业技术研究院70家以上", 70.0, nil, "家", .atLeast, approx: false),
        Row("000:T12", "新培育市级产业创新服务综合体5家以上", 5.0, nil, "家", .atLeast, approx: false),
        Row("000:T13", "努力攻克关键核心技术或国产替代技术100项", 100.0, nil, "项", .equal, approx: false),
        Row("000:T14", "争取组织实施30个重大自主创新产品场景应用", 30.0, nil, "个", .equal, approx: false),
        Row("000:T15", "新培育科技型中小企业2000家以上", 2000.0, nil, "家", .atLeast, approx: false),
        Row("000:T16", "力争净增高新技术企业850家以上", 850.0, nil, "家", .atLeast, approx: false),
        Row("000:T17", "争取引进海外工程师150人", 150.0, nil, "人", .equal, approx: false),
        Row("000:T18", "引进组建天使投资子基金1家", 1.0, nil, "家", .equal, approx: false),
        Row("000:T19", "培育科创板拟上市储备企业15家", 15.0, nil, "家", .equal, approx: false),
        Row("000:T20", "力争支持2家以上高新技术企业上市", 2.0, nil, "家", .atLeast, approx: false),
        Row("000:T21", "举办科技成果推介、技术需求对接等各类科技活动50场", 50.0, nil, "场", .equal, approx: false),
        Row("002:T1", "全社会R&D经费突破140亿元", 140.0, nil, "亿元", .atLeast, approx: false),
        Row("002:T2", "研发人员数达3.9万人年", 3.9, nil, "万人年", .equal, approx: false),
        Row("002:T3", "高新技术产业投资额同比增长10%", 10.0, nil, "%", .equal, approx: false),
        Row("002:T4", "高新技术产业增加值同比增长10%", 10.0, nil, "%", .equal, approx: false),
        Row("002:T5", "规模以上新产品产值同比增长10%", 10.0, nil, "%", .equal, approx: false),
        Row("002:T6", "技术交易总额20亿元以上", 20.0, nil, "亿元", .atLeast, approx: false),
        Row("002:T7", "万人发明专利拥有量达15件以上", 15.0, nil, "件", .atLeast, approx: false),
        Row("002:T8", "推动柯桥现代纺织、印染,上虞化工,诸暨袜业、金属加工,嵊州领带,新昌高端装备等10家综合体建设", 10.0, nil, "家", .equal, approx: false),
        Row("002:T9", "力争2-3家进入省创建(培育)对象", 2.0, 3.0, "家", .range, approx: false),
        Row("002:T10", "新增创新型领军企业1-2家", 1.0, 2.0, "家", .range, approx: false),
        Row("002:T11", "高新技术企业300家以上", 300.0, nil, "家", .atLeast, approx: false),
        Row("002:T12", "省科技型中小微企业1200家以上", 1200.0, nil, "家", .atLeast, approx: false),
        Row("002:T13", "新认定市级以上企业研发机构160家", 160.0, nil, "家", .equal, approx: false),
        Row("002:T14", "其中省级高新技术企业研究开发中心、省级企业研究院40家以上", 40.0, nil, "家", .atLeast, approx: false),
        // plan gold = with approx: true; quantity convention: 左右 → ~
        Row("002:T15", "实施省级新产品1000项左右", 1000.0, nil, "项", .approximately, approx: true),
        // plan gold = with approx: true; quantity convention: 左右 → ~
        Row("002:T16", "市级科技计划项目100项左右", 100.0, nil, "项", .approximately, approx: true),
        Row("002:T17", "新建重点实验室(公共科技创新平台)10家", 10.0, nil, "家", .equal, approx: false),
        Row("002:T18", "力争发放科技创新券5000万元以上", 5000.0, nil, "万元", .atLeast, approx: false),
        Row("002:T19", "新增市级以上众创空间(星创天地、孵化器等)50家", 50.0, nil, "家", .equal, approx: false),
        Row("002:T20", "力争全市专利权质押融资质押专利数或融资企业数增长20%以上", 20.0, nil, "%", .atLeast, approx: false),
        Row("002:T21", "新增知识产权贯标企业、专利示范企业20家以上", 20.0, nil, "家", .atLeast, approx: false),
        Row("002:T22", "发明专利授权量超2200件", 2200.0, nil, "件", .above, approx: false),
        Row("002:T23", "万人发明专利拥有量达15件以上", 15.0, nil, "件", .atLeast, approx: false),
        Row("002:T24", "规划建设1-2家海外孵化器", 1.0, 2.0, "家", .range, approx: false),
        Row("002:T25", "争取100项海外先进科技成果转化", 100.0, nil, "项", .equal, approx: false),
        Row("002:T26", "组织100家本地企业开展海外科技对接", 100.0, nil, "家", .equal, approx: false),
        Row("002:T27", "组织全国高校院所的100个专家(团队)走进绍兴企业", 100.0, nil, "个", .equal, approx: false),
        Row("002:T28", "推进100个科技创新平台对外开放服务", 100.0, nil, "个", .equal, approx: false),
        Row("002:T29", "力争新引进共建高校绍兴研究院2-3家", 2.0, 3.0, "家", .range, approx: false),
        Row("002:T30", "力争全年引育省级以上领军型创新创业团队、“万人计划”领军人才10个以上", 10.0, nil, "个", .atLeast, approx: false),
        Row("002:T31", "培育技术经纪人、知识产权内审员200人以上", 200.0, nil, "人", .atLeast, approx: false),
    ]

    func testGoldTargetTexts() throws {
        var passed = 0
        for row in Self.goldTargetRows {
            let found = Self.scanned(row.text)
            let label = "\(row.id) \(row.text) → \(Self.describe(found))"
            XCTAssertEqual(found.count, 1, "count: \(label)")
            guard let got = found.first else { continue }
            XCTAssertTrue(Self.close(got.value, row.value), "value: \(label)")
            XCTAssertTrue(Self.close(got.valueMax, row.valueMax), "value max: \(label)")
            XCTAssertEqual(got.unit, row.unit, "unit: \(label)")
            XCTAssertEqual(got.comparator, row.comparator, "comparator: \(label)")
            XCTAssertEqual(got.approx, row.approx, "approx: \(label)")
            if found.count == 1, Self.close(got.value, row.value), Self.close(got.valueMax, row.valueMax), got.unit == row.unit,
               got.comparator == row.comparator, got.approx == row.approx {
                passed += 1
            }
        }
        print("gold targets: \(passed)/\(Self.goldTargetRows.count) rows pass")
    }

    /// The table above holds every target of the two gold files, with their texts, values and units.
    func testGoldTargetRowsMatchGoldFiles() throws {
        var goldRows: [String: [String: Any]] = [:]
        for (tag, file) in [("000", "000_0ddd3b6edccb6d9b.gold.json"), ("002", "002_90fb374d0d35244d.gold.json")] {
            let json = try Self.fixtureJSON(file)
            for target in try XCTUnwrap(json["targets"] as? [[String: Any]]) {
                goldRows["\(tag):\(target["id"] as? String ?? "?")"] = target
            }
        }
        XCTAssertEqual(goldRows.count, Self.goldTargetRows.count)
        for row in Self.goldTargetRows {
            let gold = try XCTUnwrap(goldRows[row.id], row.id)
            XCTAssertEqual(gold["text"] as? String, row.text, row.id)
            XCTAssertTrue(Self.close((gold["value"] as? NSNumber)?.doubleValue, row.value), row.id)
            XCTAssertTrue(Self.close((gold["value_max"] as? NSNumber)?.doubleValue, row.valueMax), row.id)
            XCTAssertEqual(gold["unit"] as? String, row.unit, row.id)
        }
    }

    // MARK: - gold non-target numbers

    func testGoldNonTargetNumbers() throws {
        var rows = 0
        for (tag, file) in [("000", "000_0ddd3b6edccb6d9b.gold.json"), ("002", "002_90fb374d0d35244d.gold.json")] {
            let json = try Self.fixtureJSON(file)
            for item in try XCTUnwrap(json["non_target_numbers"] as? [[String: Any]]) {
                let id = "\(tag):\(item["id"] as? String ?? "?")"
                let text = try XCTUnwrap(item["text"] as? String, id)
                let found = Self.scanned(text)
                XCTAssertTrue(found.isEmpty, "\(id) \(text) (\(item["notes"] as? String ?? "")) → \(Self.describe(found))")
                rows += 1
            }
        }
        XCTAssertEqual(rows, 38)
    }

    // MARK: - more traps: no quantity

    private static let notQuantities: [String] = [
        "1-5月区本级实现高新技术产业增加值",
        "2018年3月15日",
        "确保智慧装备综合体综合服务大楼于7月开工",
        "获2019年度省二等奖",
        "上半年",
        "绍市科〔2018〕19号",
        "已在第一批提交申请",
        "深入贯彻党的十九届四中全会精神",
        "进入第二方阵",
        "“3315”计划",
        "3315计划",
        "“246”产业集群",
        "246产业集群",
        "《南昌市“十四五”科技创新驱动发展规划》",
        "十四五期间",
        "十三五规划",
        "按照“三个三”目标",
        "按照三个三目标",
        "开展“一对一”专项服务",
        "一对一服务",
        "“四创两化”",
        "四创两化",
        "深入开展百家科创平台服务万家企业行动",
        "“双百”计划",
        "宁波科技大市场2.0版",
        "5G",
        "目前正在开展市“科技创新2025”重大专项排摸辅导工作",
        "科技创新2025重大专项",
        "三大领域",
        "六大重点任务",
        "做到两个维护",
        "技术交易额xx亿元",
        "16.加快高新技术企业培育。",
        "  1.全面推进区域科技创新中心建设。",
        "围绕1+4人才新政",
        "不断完善1+N”科技政策体系",
        "同时认真做好5·30全国科技工作者日期间走访慰问",
        "人气:1.25W",
        "栏目: 宜昌市科学技术局 -通知公告 发布时间:2023-03-01",
        "2020-03-13 09:51",
        "http://www.zcbk.cn/uploads/allimg/20210508/1-21050Q11431415.jpg",
        "《南昌市推进创新型城市建设行动方案(2018-2020年)》",
        "(2018-2020年)",
        "到2035年",
        "近5年来",
        "启动实施一批科技项目",
        "以“最多跑一次”改革为牵引",
        "最多跑一次",
        "每万人发明专利拥有量",
        "省委十四届十次全会、市委十一届九次全会精神",
        "十四届二次全会",
        "“百企攀高、千企创强”",
        "实施“20%”工程",
        "出台科技体制改革三年行动方案",
        "一家一策",
        "五位一体",
        "建设三支队伍",
        "中央八项规定",
        "智慧环境功能材料中试平台一期已落成",
        "预计8月份开工",
        "预计到6月底",
        "科技特派员制度推行20周年",
        "3D打印",
        "认真组织第五届“洪城之星”创新创业大赛",
        "办结时间不超过3个工作日",
        "省千、省万、国万、省领军团队预申报工作正在进行中",
        "一是抓统筹引领",
        "(一)谋划科技创新规划布局",
        "全面贯彻党的二十大关于科技创新的战略部署",
        "2020424",
        "进一步扩大宜昌“全省百强高企”阵容",
        "发扬“四敢”精神",
        "千万不要",
        "万一出现",
        "统一部署",
        "最近3个月",
        "历时1个多月",
        "建设5G基站",
        "每万元GDP能耗",
        "打造千亿级产业集群",
        "十分重要",
        "打造一个产业引进建立一个研究院的模式",
        "全力推进科创大走廊、高新园区和产业创新服务综合体三个创新发展高地建设",
    ]

    func testNotQuantities() {
        for text in Self.notQuantities {
            let found = Self.scanned(text)
            XCTAssertTrue(found.isEmpty, "\(text) → \(Self.describe(found))")
        }
    }

    // MARK: - more forms: quantities

    private struct Expect {
        let value: Double
        let valueMax: Double?
        let unit: String?
        let normalizedValue: Double
        let normalizedUnit: String?
        let comparator: YaodianModel.Comparator
        let approx: Bool
        init(_ value: Double, _ unit: String?, _ comparator: YaodianModel.Comparator = .equal, max valueMax: Double? = nil,
             normalized: Double? = nil, normalizedUnit: String? = "", approx: Bool = false) {
            self.value = value
            self.valueMax = valueMax
            self.unit = unit
            self.normalizedValue = normalized ?? value
            self.normalizedUnit = normalizedUnit == "" ? unit : normalizedUnit
            self.comparator = comparator
            self.approx = approx
        }
    }

    private static let forms: [(String, [Expect])] = [
        // several quantities in one clause
        ("争创浙江省实验室1家、国家重点实验室1家", [Expect(1, "家"), Expect(1, "家")]),
        ("力争培育独角兽(潜在、种子)企业5家,瞪羚(潜在)企业30家", [Expect(5, "家"), Expect(30, "家")]),
        ("目前入库海内外人才668人、企业1020家、高新技术197项,投资机构20家",
         [Expect(668, "人"), Expect(1020, "家"), Expect(197, "项"), Expect(20, "家")]),
        ("努力形成200家以上科创平台服务10000家以上企业的工作格局", [Expect(200, "家", .atLeast), Expect(10000, "家", .atLeast)]),
        // 多/余 (simplified and traditional)
        ("组织科创平台服务企业700多家", [Expect(700, "家", .above, approx: true)]),
        ("組織科創平臺服務企業700多家", [Expect(700, "家", .above, approx: true)]),
        ("排查收集疫情防控科研资讯120余条", [Expect(120, "条", .above, approx: true)]),
        ("收集核心技术需求20多项", [Expect(20, "项", .above, approx: true)]),
        ("新增2万余人", [Expect(2, "万人", .above, normalized: 20000, normalizedUnit: "人", approx: true)]),
        ("新增十余家", [Expect(10, "家", .above, approx: true)]),
        // counters
        ("下设5个工作小组", [Expect(5, "个")]),
        ("开展创业沙龙、创业培训等15場次", [Expect(15, "场次")]),
        ("中德智慧製造學院先期完成6個實驗室及一個學習型工廠建設", [Expect(6, "个"), Expect(1, "个")]),
        ("聯合北侖移動及民生銀行兩家合作單位", [Expect(2, "家")]),
        ("新昌高端装备等10家综合体建设", [Expect(10, "家")]),
        // money and scale words
        ("1-5月區本級實現高新技術產業增加值139.5億元,同比增長0.6%",
         [Expect(139.5, "亿元", normalized: 13_950_000_000, normalizedUnit: "元"), Expect(0.6, "%")]),
        ("预计到6月底可实现技术交易额8亿元", [Expect(8, "亿元", normalized: 800_000_000, normalizedUnit: "元")]),
        ("助力科技型中小企业融资3个亿", [Expect(3, "亿", normalized: 300_000_000, normalizedUnit: "元")]),
        ("融资两个亿", [Expect(2, "亿", normalized: 200_000_000, normalizedUnit: "元")]),
        ("发放贷款五百万元", [Expect(500, "万元", normalized: 5_000_000, normalizedUnit: "元")]),
        ("发放贷款5千万元", [Expect(5000, "万元", normalized: 50_000_000, normalizedUnit: "元")]),
        ("技术合同成交额超过1亿美元", [Expect(1, "亿美元", .above, normalized: 100_000_000, normalizedUnit: "美元")]),
        ("力争新增1.25万家", [Expect(1.25, "万家", normalized: 12500, normalizedUnit: "家")]),
        ("总数达到1.25万", [Expect(1.25, "万", normalized: 12500, normalizedUnit: nil)]),
        ("研发人员数达3.9万人年", [Expect(3.9, "万人年", normalized: 39000, normalizedUnit: "人年")]),
        // Chinese numerals
        ("引进人才三千人", [Expect(3000, "人")]),
        ("培育一百二十名技术经纪人", [Expect(120, "名")]),
        ("实施十五项重大专项", [Expect(15, "项")]),
        ("新增两家", [Expect(2, "家")]),
        ("新增企业三千五百家", [Expect(3500, "家")]),
        ("新增企业三千五家", [Expect(3500, "家")]),
        ("一百零五家", [Expect(105, "家")]),
        ("一万二千家", [Expect(12000, "家")]),
        ("超过三个", [Expect(3, "个", .above)]),
        ("力争新增两个国家级平台", [Expect(2, "个")]),
        ("新建一家省级实验室", [Expect(1, "家")]),
        ("签约3个项目", [Expect(3, "个")]),
        ("建设5G基站1000个", [Expect(1000, "个")]),
        ("5个百亿级产业集群", [Expect(5, "个")]),
        // digits
        ("高新技术企业1,300家", [Expect(1300, "家")]),
        ("新增高新技术企业２０家以上", [Expect(20, "家", .atLeast)]),
        ("科技型中小企业入库 1300家", [Expect(1300, "家")]),
        ("新增科技型企业1300 家", [Expect(1300, "家")]),
        ("增长-5%", [Expect(-5, "%")]),
        ("新增企业3千家", [Expect(3000, "家")]),
        // ranges
        ("新增创新型领军企业1-2家", [Expect(1, "家", .range, max: 2)]),
        ("新增企业1～2家", [Expect(1, "家", .range, max: 2)]),
        ("新增企业1至2家", [Expect(1, "家", .range, max: 2)]),
        ("争取1到2名本土人才入选", [Expect(1, "名", .range, max: 2)]),
        ("新增一到两家", [Expect(1, "家", .range, max: 2)]),
        ("新增两三家", [Expect(2, "家", .range, max: 3)]),
        ("增长10%-15%", [Expect(10, "%", .range, max: 15)]),
        ("融资1-2亿元", [Expect(1, "亿元", .range, max: 2, normalized: 100_000_000, normalizedUnit: "元")]),
        // comparators
        ("力争发放科技创新券5000万元以上", [Expect(5000, "万元", .atLeast, normalized: 50_000_000, normalizedUnit: "元")]),
        ("资产负债率不超过3%", [Expect(3, "%", .atMost)]),
        ("控制在5%以内", [Expect(5, "%", .atMost)]),
        ("约100家企业", [Expect(100, "家", .approximately, approx: true)]),
        ("近3000家", [Expect(3000, "家", .approximately, approx: true)]),
        ("至少10项", [Expect(10, "项", .atLeast)]),
        ("不少于20人", [Expect(20, "人", .atLeast)]),
        ("高于2个百分点", [Expect(2, "个百分点", .above)]),
        ("低于时序进度5个百分点", [Expect(5, "个百分点")]),
        ("完成年度目标的49.8%", [Expect(49.8, "%")]),
        ("总数达到1700", [Expect(1700, nil, normalizedUnit: nil)]),
        ("1000以上", [Expect(1000, nil, .atLeast, normalizedUnit: nil)]),
        // percent words and doubling
        ("占比达到百分之十", [Expect(10, "%")]),
        ("实现技术交易额翻一番", [Expect(1, "番", normalized: 100, normalizedUnit: "%")]),
        ("力争翻两番", [Expect(2, "番", normalized: 300, normalizedUnit: "%")]),
        ("高新技术企业数量实现翻番", [Expect(1, "番", normalized: 100, normalizedUnit: "%")]),
        ("增长2倍", [Expect(2, "倍")]),
    ]

    func testForms() {
        for (text, expected) in Self.forms {
            let found = Self.scanned(text)
            let label = "\(text) → \(Self.describe(found))"
            XCTAssertEqual(found.count, expected.count, "count: \(label)")
            for (want, got) in zip(expected, found) {
                XCTAssertTrue(Self.close(got.value, want.value), "value: \(label)")
                XCTAssertTrue(Self.close(got.valueMax, want.valueMax), "value max: \(label)")
                XCTAssertEqual(got.unit, want.unit, "unit: \(label)")
                XCTAssertTrue(Self.close(got.normalizedValue, want.normalizedValue), "normalized value: \(label)")
                XCTAssertEqual(got.normalizedUnit, want.normalizedUnit, "normalized unit: \(label)")
                XCTAssertEqual(got.comparator, want.comparator, "comparator: \(label)")
                XCTAssertEqual(got.approx, want.approx, "approx: \(label)")
            }
        }
    }

    // MARK: - offsets, implied units, the scalar API

    func testOffsets() {
        let rows: [(text: String, expression: String, number: String)] = [
            ("力争净增高新技术企业850家以上", "850家以上", "850"),
            ("技术交易额超过220亿元", "超过220亿元", "220"),
            ("研发人员数达3.9万人年", "达3.9万人年", "3.9"),
            ("新增创新型领军企业1-2家", "1-2家", "1-2"),
            ("實現技術交易總額6.653億元,同比增長274%", "6.653億元", "6.653"),
            ("实施省级新产品1000项左右", "1000项左右", "1000"),
            ("科技型中小企业入库 1300家", "1300家", "1300"),
            ("组织科创平台服务企业700多家", "700多家", "700"),
            ("力争新认定高新技术企业580家以上,总数达到1700", "达到1700", "1700"),
        ]
        for row in rows {
            let found = Self.scanned(row.text)
            let scalars = Array(row.text.unicodeScalars)
            let match = found.first { String(String.UnicodeScalarView(scalars[$0.numberRange])) == row.number }
            XCTAssertNotNil(match, "\(row.text) → \(Self.describe(found))")
            guard let match else { continue }
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[match.scalarRange])), row.expression, row.text)
        }
    }

    func testImpliedUnit() throws {
        let found = Self.scanned("力争新认定高新技术企业580家以上,总数达到1700")
        XCTAssertEqual(found.count, 2)
        let last = try XCTUnwrap(found.last)
        XCTAssertNil(last.unit)
        XCTAssertEqual(last.impliedUnit, "家")
        XCTAssertEqual(last.comparator, .equal)
        XCTAssertNil(found.first?.impliedUnit)
        XCTAssertNil(Self.scanned("新增50家。总数达到1700").last?.impliedUnit, "not across a sentence")
    }

    func testScalarAPIGivesDocumentOffsets() {
        let document = "一、目标。\n力争新认定高新技术企业580家以上,总数达到1700。技术交易额超过220亿元"
        let scalars = Array(document.unicodeScalars)
        let whole = Self.scanned(document)
        let windowed = QuantityScanner.scan(scalars: scalars, in: 6..<scalars.count)
        XCTAssertEqual(whole.map(\.value), [580, 1700, 220])
        XCTAssertEqual(windowed, whole)
        let sentenceEnd = document.unicodeScalars.distance(from: document.unicodeScalars.startIndex,
                                                          to: document.unicodeScalars.lastIndex(of: "。") ?? document.unicodeScalars.endIndex)
        let clauseOnly = QuantityScanner.scan(scalars: scalars, in: 0..<sentenceEnd)
        XCTAssertEqual(clauseOnly.map(\.value), [580, 1700])
    }

    // MARK: - traditional script

    /// The scanner folds traditional characters itself; the result equals scanning the OpenCC conversion.


    // MARK: - helpers

    private static var fixtures: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil) ?? URL(fileURLWithPath: "/nonexistent")
    }

    private static func fixtureJSON(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: fixtures.appendingPathComponent(name))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any], name)
    }

    /// A quantity-clauses value: a number or [low, high].
    private static func expectedValue(_ any: Any?, _ id: String) throws -> (Double, Double?) {
        if let pair = any as? [NSNumber], pair.count == 2 { return (pair[0].doubleValue, pair[1].doubleValue) }
        return (try XCTUnwrap(any as? NSNumber, id).doubleValue, nil)
    }

    private static func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
        default: return false
        }
    }

    private static func describe(_ found: [QuantityMatch]) -> String {
        let parts = found.map { m -> String in
            var s = "\(m.value)"
            if let max = m.valueMax { s += "-\(max)" }
            s += m.unit ?? "(\(m.impliedUnit ?? "-"))"
            s += " \(m.comparator.rawValue)"
            if m.approx { s += " approx" }
            s += " [\(m.normalizedValue) \(m.normalizedUnit ?? "-")] @\(m.scalarRange)"
            return s
        }
        return "[" + parts.joined(separator: "; ") + "]"
    }
}
