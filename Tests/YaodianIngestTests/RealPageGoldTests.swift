import Foundation
import XCTest
import YaodianIngest
import YaodianModel

/// Real government article pages (`Fixtures/real`, from ../shared/corpus/real; the `list-*` listing pages
/// are tested elsewhere) against their hand-checked gold files: one test per page, each failure naming the
/// page and the field.
final class RealPageGoldTests: XCTestCase {
    /// The table: every article page with a gold file in Fixtures/real.
    static let pages = [
        "ccgphebei-zhongbiao-weichang-2021",
        "cmse-trs-fabuhui-2012",
        "gzgov-gfxwj-bangongting-tekun-2021",
        "gzgov-gfxwj-minzheng-dibao-2025",
        "gzgov-gfxwj-yibao-mente-2019",
        "gzgov-news-shengyu-jintie-2025",
        "gzgov-tzgg-yibao-canbao-2025",
        "gzgov-zhengfuling179-laonian-2021",
        "gzrsj-faq-linghuo-yanglao-2021",
        "gzrsj-tonggao-yanglao-renzheng-2025",
        "gzwjw-gkmlpt-jiatingyisheng-2023",
        "gzzfcj-tonggao-gongzufang-2025",
        "nfra-angular-chufa-36hao-2024",
        "saic-trs-gbk-waishang-dengji-2018",
        "shanxigov-trs-silu-nanmei-2019",
        "thnet-gkmlpt-tianyuan-gongzufang-2024",
        "thnet-jiaoyuju-youeryuan-zhaosheng-2026",
        "thnet-kegongxinju-gangao-banfa-2023",
        "yuexiu-chuangye-butie-2025",
        "zengcheng-canji-butie-banfa-2022",
        "zjfgw-hanweb-deqing-touzi-2016",
    ]

    /// The gold `body_chars` (non-whitespace characters of the body) is approximate: ±5%.
    static let bodyCharsTolerance = 0.05

    func test_ccgphebei_zhongbiao_weichang_2021() throws { try check("ccgphebei-zhongbiao-weichang-2021") }
    func test_cmse_trs_fabuhui_2012() throws { try check("cmse-trs-fabuhui-2012") }
    func test_gzgov_gfxwj_bangongting_tekun_2021() throws { try check("gzgov-gfxwj-bangongting-tekun-2021") }
    func test_gzgov_gfxwj_minzheng_dibao_2025() throws { try check("gzgov-gfxwj-minzheng-dibao-2025") }
    func test_gzgov_gfxwj_yibao_mente_2019() throws { try check("gzgov-gfxwj-yibao-mente-2019") }
    func test_gzgov_news_shengyu_jintie_2025() throws { try check("gzgov-news-shengyu-jintie-2025") }
    func test_gzgov_tzgg_yibao_canbao_2025() throws { try check("gzgov-tzgg-yibao-canbao-2025") }
    func test_gzgov_zhengfuling179_laonian_2021() throws { try check("gzgov-zhengfuling179-laonian-2021") }
    func test_gzrsj_faq_linghuo_yanglao_2021() throws { try check("gzrsj-faq-linghuo-yanglao-2021") }
    func test_gzrsj_tonggao_yanglao_renzheng_2025() throws { try check("gzrsj-tonggao-yanglao-renzheng-2025") }
    func test_gzwjw_gkmlpt_jiatingyisheng_2023() throws { try check("gzwjw-gkmlpt-jiatingyisheng-2023") }
    func test_gzzfcj_tonggao_gongzufang_2025() throws { try check("gzzfcj-tonggao-gongzufang-2025") }
    func test_nfra_angular_chufa_36hao_2024() throws { try check("nfra-angular-chufa-36hao-2024") }
    func test_saic_trs_gbk_waishang_dengji_2018() throws { try check("saic-trs-gbk-waishang-dengji-2018") }
    func test_shanxigov_trs_silu_nanmei_2019() throws { try check("shanxigov-trs-silu-nanmei-2019") }
    func test_thnet_gkmlpt_tianyuan_gongzufang_2024() throws { try check("thnet-gkmlpt-tianyuan-gongzufang-2024") }
    func test_thnet_jiaoyuju_youeryuan_zhaosheng_2026() throws { try check("thnet-jiaoyuju-youeryuan-zhaosheng-2026") }
    func test_thnet_kegongxinju_gangao_banfa_2023() throws { try check("thnet-kegongxinju-gangao-banfa-2023") }
    func test_yuexiu_chuangye_butie_2025() throws { try check("yuexiu-chuangye-butie-2025") }
    func test_zengcheng_canji_butie_banfa_2022() throws { try check("zengcheng-canji-butie-banfa-2022") }
    func test_zjfgw_hanweb_deqing_touzi_2016() throws { try check("zjfgw-hanweb-deqing-touzi-2016") }

    /// Every gold file in the folder has a row above.
    func testTableCoversEveryGoldFile() throws {
        XCTAssertEqual(try FixtureFiles.goldNames(in: "real"), Self.pages.sorted())
    }

    /// The same file ingested twice gives byte-identical JSON.
    func testStableOutput() throws {
        for page in Self.pages {
            let path = try FixtureFiles.url("real", page + ".html").path
            let first = try StableOutput.render(path)
            let second = try StableOutput.render(path)
            XCTAssertEqual(first, second, "[\(page)] stable output: two runs differ: \(StableOutput.firstDifference(first, second))")
        }
    }

    private func check(_ page: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let gold = try FixtureFiles.gold("real", page)
        XCTAssertEqual(gold.string("kind"), "article")
        let path = try FixtureFiles.url("real", page + ".html").path
        guard let doc = GoldCheck.ingest(path, page: page, file: file, line: line) else { return }
        XCTAssertEqual(doc.source.sha256, gold["source"]?["sha256"]?.string,
                       "[\(page)] sha256 of the copied page differs from the gold file", file: file, line: line)
        GoldCheck.article(doc, gold: gold, flavor: .real, page: page, file: file, line: line)

        if let goldChars = gold["body_chars"]?.int {
            let actual = GoldText.removingWhitespace(doc.notice.body.joined()).unicodeScalars.count
            let deviation = Double(actual - goldChars) / Double(goldChars)
            XCTAssertLessThanOrEqual(abs(deviation), Self.bodyCharsTolerance,
                                     "[\(page)] body_chars: actual=\(actual) gold=\(goldChars) (\(GoldCheck.fmt(deviation * 100))%, gold is ±5%)",
                                     file: file, line: line)
        }
    }
}
