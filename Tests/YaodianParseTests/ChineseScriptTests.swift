import XCTest
import YaodianParse

final class ChineseScriptTests: XCTestCase {
    func testTraditionalBecomesSimplifiedCharacterForCharacter() throws {
        let script = ChineseScript.shared
        XCTAssertTrue(script.isAvailable, "OpenCC t2s data missing (apt: libopencc-dev)")
        let rows: [(traditional: String, simplified: String)] = [
            ("今年入庫國家科技型中小企業185家", "今年入库国家科技型中小企业185家"),
            ("技術交易總額6.653億元,同比增長274%", "技术交易总额6.653亿元,同比增长274%"),
            ("科技局2020年半年度工作總結及下半年工作計劃", "科技局2020年半年度工作总结及下半年工作计划"),
            ("高新技术企业突破3000家", "高新技术企业突破3000家"),
            ("R&D", "R&D"),
        ]
        for row in rows {
            XCTAssertEqual(script.simplified(row.traditional), row.simplified, row.traditional)
        }
    }

    /// Texts converted in one OpenCC call come out as each would alone, line breaks and all.
    func testSeveralTextsAtOnceMatchOneAtATime() throws {
        let script = ChineseScript.shared
        XCTAssertTrue(script.isAvailable, "OpenCC t2s data missing (apt: libopencc-dev)")
        let texts = ["一、上半年工作總結", "", "R&D經費\n支出佔比達到3.0%", "高新技术企业突破3000家", "ASCII only",
                     "(二)聚焦產業轉型,強化創新主體培育。", "\n"]
        XCTAssertEqual(script.simplified(texts), texts.map(script.simplified))
        XCTAssertEqual(script.simplified(texts)[2], "R&D经费\n支出占比达到3.0%")
        XCTAssertEqual(script.simplified(["總結"]), ["总结"])
        XCTAssertEqual(script.simplified([]), [])
    }
}
