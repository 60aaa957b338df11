import XCTest
@testable import YaodianIngest

/// The line lexicon compares bytes where that decides the same as String comparison.
final class ChromeLexiconTests: XCTestCase {
    func testToolbarLinesMatchAsStringsDo() {
        for line in ["更多", "English", "【大中小】", "[大中小]", "繁體", "更多>>"] {
            XCTAssertTrue(ChromeLexicon.isChrome(line), line)
        }
        // U+F901 is a compatibility ideograph canonically equivalent to 更: String equality says
        // "更多", so the lexicon must too.
        XCTAssertTrue(ChromeLexicon.isChrome("\u{F901}多"))
        XCTAssertEqual(LineKind(compact: "\u{F901}多"), .chrome)
        XCTAssertFalse(ChromeLexicon.isChrome("多更"))
    }

    func testMetadataLinesNeedAPrefixOrTwoLabels() {
        XCTAssertTrue(ChromeLexicon.isMetadata("发布日期:2018-04-16"))
        XCTAssertTrue(ChromeLexicon.isMetadata("栏目:通知公告发布时间:2018-04-16"))
        XCTAssertFalse(ChromeLexicon.isMetadata("联系人：王岭"))
        XCTAssertEqual(LineKind(compact: "现将《要点》印发给你们，请认真贯彻落实。"), .text)
    }
}
