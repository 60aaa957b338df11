import XCTest

/// The gold-test helpers themselves, on small known cases (so a green gold test means what it says).
/// Their boundary and bigram numbers were also checked against ../shared/tools/extract_bench.py on all pages.
final class GoldSupportTests: XCTestCase {
    func testWhitespaceRemovalCoversIdeographicAndNoBreakSpaces() {
        XCTAssertEqual(GoldText.removingWhitespace(" 关于\u{3000}印发\u{A0}通知\n\t"), "关于印发通知")
        XCTAssertEqual(GoldText.collapsed("\u{3000}\u{3000}一、 总体\u{A0}\u{A0}要求 \u{3000}"), "一、 总体 要求")
        XCTAssertEqual(GoldText.collapsed(" \u{A0}\u{3000} "), "")
    }

    func testAlnumIsNFKCLettersAndDigits() {
        XCTAssertEqual(String(String.UnicodeScalarView(GoldText.alnum("绍市科〔2018〕19号"))), "绍市科201819号")
        XCTAssertEqual(String(String.UnicodeScalarView(GoldText.alnum("（２０２０）ＡＢ，c"))), "2020ABc")
    }

    func testBoundariesMatchExtractBench() {
        // body_first after 3 letters/digits of chrome, body_last's LAST occurrence, 2 after it.
        let result = GoldScore.boundaries(body: "当前位\n甲乙丙丁。戊己\n甲乙丙丁。戊己\n分享", goldFirst: "甲乙丙", goldLast: "丁,戊己",
                                          goldBody: nil)
        XCTAssertEqual(result.pre, 3)
        XCTAssertEqual(result.post, 2)
        let missing = GoldScore.boundaries(body: "别的", goldFirst: "甲乙", goldLast: "戊己", goldBody: nil)
        XCTAssertNil(missing.pre)
        XCTAssertNil(missing.post)
        // Without body_first/last the first/last 30 letters and digits of body_text are used.
        let body = String(repeating: "甲", count: 40) + "\n" + String(repeating: "乙", count: 40)
        let fromText = GoldScore.boundaries(body: "页" + body, goldFirst: nil, goldLast: nil, goldBody: body)
        XCTAssertEqual(fromText.goldFirst.count, 30)
        XCTAssertEqual(fromText.pre, 1)
        XCTAssertEqual(fromText.post, 0)
    }

    func testBigramF1() {
        XCTAssertEqual(GoldScore.bigramPRF(output: "甲乙 丙丁", gold: "甲乙丙丁").f1, 1)
        XCTAssertEqual(GoldScore.bigramPRF(output: "", gold: "甲乙").f1, 0)
        // output 甲乙丙丁戊 (4 bigrams) vs gold 甲乙丙 (2): overlap 2, P 0.5, R 1.
        let prf = GoldScore.bigramPRF(output: "甲乙丙丁戊", gold: "甲乙丙")
        XCTAssertEqual(prf.precision, 0.5)
        XCTAssertEqual(prf.recall, 1)
        XCTAssertEqual(prf.f1, 2.0 / 3.0, accuracy: 1e-12)
    }

    func testEncodingFamilies() {
        XCTAssertTrue(EncodingNames.accepted("gb18030", by: ["gbk", "gb18030"]))
        XCTAssertTrue(EncodingNames.accepted("gb18030", by: ["gbk"]))
        XCTAssertTrue(EncodingNames.accepted("big5-hkscs", by: ["big5", "cp950", "big5hkscs"]))
        XCTAssertFalse(EncodingNames.accepted("gb18030", by: ["utf-8"]))
        XCTAssertFalse(EncodingNames.accepted("utf-8", by: ["gbk", "gb18030"]))
    }

    func testSHA256() {
        XCTAssertEqual(SHA256Digest.hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256Digest.hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
