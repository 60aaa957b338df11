import Foundation
import XCTest
import YaodianIngest
import YaodianModel

/// Listing pages (通知公告 columns) against their gold files in `Fixtures/list` (copies of
/// ../shared/fixtures/html/list and the `list-*` pages of ../shared/corpus/real), plus small
/// synthetic pages for layouts the gold pages do not show. Every failure names the page and entry.
final class ListingTests: XCTestCase {
    /// One gold page: where its entries and next page sit in the gold file, and the `<base href>`
    /// the page declares (the gold hrefs are written against it).
    struct GoldPage: Sendable {
        var name: String
        /// `entries` in the synthetic fixtures, `links` in the real pages.
        var entriesKey: String
        var baseHref: String?
        /// How the gold states the next page: the href as written, or the absolute URL.
        var next: NextSource
    }

    enum NextSource: Sendable {
        case hrefKey(String)      // fixtures: "next_page" (href relative to the page, or null)
        case paginationNext       // real pages: pagination.next (absolute), absent when none
    }

    static let table: [GoldPage] = [
        GoldPage(name: "index", entriesKey: "entries", baseHref: nil, next: .hrefKey("next_page")),
        GoldPage(name: "index_1", entriesKey: "entries", baseHref: nil, next: .hrefKey("next_page")),
        GoldPage(name: "list-gzrsj-zhongcai-gonggao", entriesKey: "links", baseHref: nil, next: .paginationNext),
        GoldPage(name: "list-jxsthjt-inline-json", entriesKey: "links", baseHref: "/jxssthjt/", next: .paginationNext),
    ]

    func testFixturePage1() throws { try check(Self.table[0]) }
    func testFixturePage2GBK() throws { try check(Self.table[1]) }
    func testRealGzrsjPinnedAndWrappedDates() throws { try check(Self.table[2]) }
    func testRealJxsthjtInlineJSON() throws { try check(Self.table[3]) }

    /// Guards the table against a gold page added to Fixtures/list but not tested.
    func testTableCoversEveryGoldPage() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder().path)
            .filter { $0.hasSuffix(".gold.json") }
            .map { String($0.dropLast(".gold.json".count)) }
        XCTAssertEqual(Set(names), Set(Self.table.map(\.name)))
    }

    func testExpectedNextPages() throws {
        // The brief's pagination facts, stated directly as well as through the gold files.
        let folder = try Self.folder()
        let first = try Ingester().listingFile(atPath: folder.appendingPathComponent("index.html").path)
        XCTAssertEqual(Self.normalized(first.nextPage), Self.normalized(folder.appendingPathComponent("index_1.html").absoluteString))
        let second = try Ingester().listingFile(atPath: folder.appendingPathComponent("index_1.html").path)
        XCTAssertNil(second.nextPage)
        let gzrsj = try Ingester().listingFile(atPath: folder.appendingPathComponent("list-gzrsj-zhongcai-gonggao.html").path)
        XCTAssertEqual(gzrsj.nextPage, "https://rsj.gz.gov.cn/ywzt/ldgx/ldrszyzc/zcgg/index_2.html")
    }

    // MARK: gold check

    private func check(_ gold: GoldPage) throws {
        let folder = try Self.folder()
        let pageURL = folder.appendingPathComponent(gold.name + ".html")
        let goldData = try Data(contentsOf: folder.appendingPathComponent(gold.name + ".gold.json"))
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: goldData) as? [String: Any], "\(gold.name): gold is not an object")
        let goldEntries = try XCTUnwrap(json[gold.entriesKey] as? [[String: Any]], "\(gold.name): no \(gold.entriesKey)")

        let listing = try Ingester().listingFile(atPath: pageURL.path)
        let base = gold.baseHref.flatMap { URL(string: $0, relativeTo: pageURL)?.absoluteURL } ?? pageURL

        XCTAssertEqual(listing.entries.count, goldEntries.count, "\(gold.name): entry count")
        for (index, expected) in goldEntries.enumerated() {
            let label = "\(gold.name) entry \(index)"
            guard index < listing.entries.count else {
                XCTFail("\(label): missing (\(expected["title"] as? String ?? "?"))")
                continue
            }
            let entry = listing.entries[index]
            XCTAssertEqual(Self.compact(entry.title), Self.compact(expected["title"] as? String ?? ""), "\(label): title")
            let href = try XCTUnwrap(expected["href"] as? String, "\(label): gold href")
            XCTAssertEqual(Self.normalized(entry.url), Self.normalized(URL(string: href, relativeTo: base)?.absoluteString),
                           "\(label): url")
            XCTAssertEqual(entry.date?.description, expected["date"] as? String, "\(label): date")
        }

        let expectedNext: String?
        switch gold.next {
        case let .hrefKey(key):
            expectedNext = (json[key] as? String).flatMap { URL(string: $0, relativeTo: pageURL)?.absoluteString }
        case .paginationNext:
            expectedNext = (json["pagination"] as? [String: Any])?["next"] as? String
        }
        XCTAssertEqual(Self.normalized(listing.nextPage), Self.normalized(expectedNext), "\(gold.name): next page")
        XCTAssertEqual(listing.source.sha256.count, 64, "\(gold.name): source hash")
    }

    // MARK: synthetic layouts

    func testTableRowsWithDateCellsAndScriptPager() throws {
        let html = """
        <html><head><meta charset="utf-8"></head><body>
        <ul class="menu"><li><a href="/a.html">首页</a></li><li><a href="/b.html">通知公告</a></li></ul>
        <table class="list"><tbody>
        <tr><td><a href="/art/1.html">关于开展2024年度科技计划项目申报的通知</a></td><td>2024-03-01</td></tr>
        <tr><td><a href="/art/2.html">关于公布2023年度科技型中小企业名单的公告</a></td><td>2024/02/15</td></tr>
        <tr><td><a href="/art/3.html">2024年全区科技工作要点</a></td><td>2024年1月9日</td></tr>
        </tbody></table>
        <div class="page"><a href="javascript:void(0)">下一页</a></div>
        </body></html>
        """
        let listing = try listing(html, url: "https://kjj.example.gov.cn/tzgg/index.html")
        XCTAssertEqual(listing.entries.map(\.url), [
            "https://kjj.example.gov.cn/art/1.html", "https://kjj.example.gov.cn/art/2.html",
            "https://kjj.example.gov.cn/art/3.html",
        ])
        XCTAssertEqual(listing.entries.map { $0.date?.description }, ["2024-03-01", "2024-02-15", "2024-01-09"])
        XCTAssertNil(listing.nextPage)
    }

    func testDateInsideAnchorIsSplitFromTitle() throws {
        let html = """
        <html><body><div class="news">
        <a href="n1.html"><span class="t">关于举办科技活动周的通知（第一批）</span><span class="d">[2023-05-01]</span></a>
        <a href="n2.html"><span class="t">2022年科技工作总结</span><span class="d">[2023-01-12]</span></a>
        <a href="n3.html"><span class="t">关于征集2023年重点研发项目的通知</span><span class="d">[2022-12-30]</span></a>
        </div><div class="pager"><a href="index_2.html">&gt;</a></div></body></html>
        """
        let listing = try listing(html, url: "https://kjj.example.gov.cn/tzgg/index.html")
        XCTAssertEqual(listing.entries.map { Self.compact($0.title) },
                       ["关于举办科技活动周的通知（第一批）", "2022年科技工作总结", "关于征集2023年重点研发项目的通知"])
        XCTAssertEqual(listing.entries.map { $0.date?.description }, ["2023-05-01", "2023-01-12", "2022-12-30"])
        XCTAssertEqual(listing.nextPage, "https://kjj.example.gov.cn/tzgg/index_2.html")
    }

    func testDefinitionListAndFlatLinksBetweenBreaks() throws {
        let definitions = """
        <html><body><dl class="list">
        <dt><a href="/1.html" title="关于印发《2023年科技创新工作要点》的通知">关于印发《2023年科技创新...</a></dt><dd>2023-04-16</dd>
        <dt><a href="/2.html">关于开展科技特派员工作的通知</a></dt><dd>2023-03-02</dd>
        </dl></body></html>
        """
        let dl = try listing(definitions, url: "https://kjj.example.gov.cn/tzgg/")
        XCTAssertEqual(dl.entries.map(\.title), ["关于印发《2023年科技创新工作要点》的通知", "关于开展科技特派员工作的通知"])
        XCTAssertEqual(dl.entries.map { $0.date?.description }, ["2023-04-16", "2023-03-02"])

        let flat = """
        <html><body><div class="box">
        <a href="a.html">关于做好科技统计调查工作的通知</a> 2020-11-05<br>
        <a href="b.html">关于开展科技型中小企业评价工作的通知</a> 2020-05-18<br>
        </div></body></html>
        """
        let br = try listing(flat, url: "https://kjj.example.gov.cn/tzgg/index.html")
        XCTAssertEqual(br.entries.map { $0.date?.description }, ["2020-11-05", "2020-05-18"])
        XCTAssertEqual(br.entries.map(\.url), ["https://kjj.example.gov.cn/tzgg/a.html", "https://kjj.example.gov.cn/tzgg/b.html"])
    }

    func testListKeptInComment() throws {
        let html = """
        <html><body><div id="list"></div>
        <!-- <ul class="list">
        <li><a href="/art/1.html">关于组织申报市级科技计划项目的通知</a><span>2023-02-20</span></li>
        <li><a href="/art/2.html">关于举办科技活动周系列活动的通知</a><span>2020-05-11</span></li>
        </ul> -->
        <span class="disabled">下一页</span>
        </body></html>
        """
        let listing = try listing(html, url: "https://kjj.example.gov.cn/tzgg/index.html")
        XCTAssertEqual(listing.entries.map(\.url), ["https://kjj.example.gov.cn/art/1.html", "https://kjj.example.gov.cn/art/2.html"])
        XCTAssertEqual(listing.entries.map { $0.date?.description }, ["2023-02-20", "2020-05-11"])
        XCTAssertNil(listing.nextPage)
    }

    func testInlineJSONWithEpochDatesAndURLObjects() throws {
        let html = """
        <html><head><script>
        window.menu = {"items": [{"name": "首页", "url": "/"}, {"name": "通知公告", "url": "/tzgg/"}]};
        var pageData = { total: 2, rows: [
          {"title": "关于开展<em>科技</em>项目验收的通知", "publishTime": 1700000000000, "url": {"pc": "/art/7.html"}},
          {"title": "2023年科技工作要点", "publishTime": "2023-02-01 09:00:00", "url": "http://other.example.gov.cn/x.html"}
        ] };
        </script></head><body><div id="list"></div></body></html>
        """
        let listing = try listing(html, url: "https://kjj.example.gov.cn/tzgg/index.html")
        XCTAssertEqual(listing.entries.map(\.title), ["关于开展 科技 项目验收的通知", "2023年科技工作要点"])
        XCTAssertEqual(listing.entries.map(\.url), ["https://kjj.example.gov.cn/art/7.html", "http://other.example.gov.cn/x.html"])
        XCTAssertEqual(listing.entries.map { $0.date?.description }, ["2023-11-15", "2023-02-01"])
    }

    func testInlineJSONReplacesMarkupOnlyWhenMarkupIsARenderedPageOfIt() throws {
        let json = """
        <script>var listData = { articleList: [
          {"title": "关于开展科技项目验收的通知", "pubDate": "2024-05-02 10:00", "urls": "{\\"pc\\":\\"/art/1.html\\"}"},
          {"title": "关于公布科技型企业名单的公告", "pubDate": "2024-04-20 10:00", "urls": "{\\"pc\\":\\"/art/2.html\\"}"},
          {"title": "关于征集重点研发项目的通知", "pubDate": "2024-04-01 10:00", "urls": "{\\"pc\\":\\"/art/3.html\\"}"}
        ] };</script>
        """
        let rendered = """
        <html><head>\(json)</head><body><ul id="list">
        <li><a href="/art/1.html">关于开展科技项目验收的通知</a><span>2024-05-02</span></li>
        <li><a href="/art/2.html">关于公布科技型企业名单的公告</a><span>2024-04-20</span></li>
        </ul></body></html>
        """
        let whole = try listing(rendered, url: "https://kjj.example.gov.cn/tzgg/index.html")
        XCTAssertEqual(whole.entries.map(\.url).last, "https://kjj.example.gov.cn/art/3.html")
        XCTAssertEqual(whole.entries.count, 3)

        let other = """
        <html><head>\(json)</head><body><ul id="list">
        <li><a href="/tzgg/9.html">2024年全区科技工作要点</a><span>2024-03-01</span></li>
        <li><a href="/tzgg/8.html">2023年全区科技工作总结</a><span>2024-01-15</span></li>
        </ul></body></html>
        """
        let markup = try listing(other, url: "https://kjj.example.gov.cn/tzgg/index.html")
        XCTAssertEqual(markup.entries.map(\.url), ["https://kjj.example.gov.cn/tzgg/9.html", "https://kjj.example.gov.cn/tzgg/8.html"])
    }

    func testPageWithoutListWarnsAndLinkToSelfIsNoNextPage() throws {
        let html = """
        <html><body><div class="nav"><a href="/">首页</a><a href="/about.html">机构概况</a></div>
        <div class="pager"><a href="index.html">下一页</a></div></body></html>
        """
        let listing = try listing(html, url: "https://kjj.example.gov.cn/tzgg/index.html")
        XCTAssertTrue(listing.entries.isEmpty)
        XCTAssertNil(listing.nextPage)
        XCTAssertTrue(listing.source.warnings.contains { $0.contains("no notice list") })
    }

    func testEmptyInputThrows() {
        XCTAssertThrowsError(try Ingester().listing(bytes: [], uri: "empty.html")) { error in
            XCTAssertEqual(error as? IngestError, .empty(input: "empty.html"))
        }
    }

    // MARK: helpers

    private func listing(_ html: String, url: String) throws -> ListingPage {
        try Ingester().listing(bytes: Array(html.utf8), uri: url, baseURL: URL(string: url))
    }

    private static func folder() throws -> URL {
        let fixtures = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "Fixtures not bundled")
        return fixtures.appendingPathComponent("list")
    }

    /// The compare rule of the gold READMEs: all whitespace removed, U+3000 and U+00A0 included.
    static func compact(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{200B}" && $0 != "\u{FEFF}" }
            .map(Character.init))
    }

    /// URLs compared after `..` and `.` segments are resolved.
    static func normalized(_ url: String?) -> String? {
        guard let url else { return nil }
        return URL(string: url)?.standardized.absoluteString ?? url
    }
}
