import XCTest
@testable import YaodianIngest

/// The page as `HTMLEventParser` and `PageBuilder` flatten it from libxml2's parse events. Each
/// expectation is what a walk of libxml2's own tree of the same page gives (checked against the
/// tree walker these two replaced), on the cases where events and tree part ways: names with a
/// namespace prefix, text handed over in pieces, what lies in <head>, hidden and skipped subtrees.
final class PageBuilderTests: XCTestCase {
    private func page(_ html: String) throws -> Page {
        try HTMLEventParser.page(utf8: Array(html.utf8), input: "test.html")
    }

    func testWordPasteNamesAreTheirLocalPart() throws {
        let page = try page("""
            <html><body><div class=WordSection1><p class=MsoNormal>一、总体要求<o:p></o:p></p>\
            <p class=MsoNormal>二、<st1:chsdate Year="2020">2020年</st1:chsdate>目标</p></div></body></html>
            """)
        XCTAssertEqual(page.elements.map(\.tag), ["html", "body", "div", "p", "p", "p", "chsdate"])
        XCTAssertEqual(page.lines.map(\.text), ["一、总体要求", "二、2020年目标"])
        XCTAssertEqual(page.elements[2].classes, "wordsection1")
    }

    /// libxml2 hands long text over in pieces of about 1000 bytes; they are one text node.
    func testLinkTextLongerThanOneParserChunkKeepsNoInnerSpaces() throws {
        let words = Array(repeating: "词语", count: 600)
        let page = try page("<html><body><p><a href=\"/x.html\">\(words.joined(separator: " "))</a> 尾</p></body></html>")
        XCTAssertEqual(page.links.count, 1)
        XCTAssertEqual(page.links.first?.text, words.joined())
        XCTAssertEqual(page.lines.map(\.text), [words.joined(separator: " ") + " 尾"])
        XCTAssertEqual(page.lines.first?.chars, 1201)
        XCTAssertEqual(page.lines.first?.linkChars, 1029)
    }

    func testHeadGivesTitleMetasAndScriptsButNoTextOrComments() throws {
        let page = try page("""
            <html><head><!-- head comment --><title>工作要点<b>2024</b>  通知</title><title>second</title>\
            <noscript><meta name="a" content="b"></noscript><meta name="PubDate" content=" 2024-03-01 ">\
            <script>var a = {x:1};</script><script>no braces</script></head>\
            <body><!-- body comment --><p>正文。</p><script>var b = {y:2}</script></body></html>
            """)
        XCTAssertEqual(page.title, "工作要点2024 通知")
        XCTAssertEqual(page.metas.map(\.name), ["pubdate"])
        XCTAssertEqual(page.meta("pubdate"), "2024-03-01")
        XCTAssertEqual(page.scripts, ["var a = {x:1};", "var b = {y:2}"])
        XCTAssertEqual(page.comments, [" body comment "])
        XCTAssertEqual(page.lines.map(\.text), ["正文。"])
    }

    func testHiddenSubtreesAreSkippedButAHiddenBodyIsNot() throws {
        let page = try page("""
            <html><body hidden><div style="DISPLAY: none">藏起来<p>里面</p></div><div class="a hide">也藏</div>\
            <p>看得见</p><span hidden>不见</span><select><option>选项</option></select></body></html>
            """)
        XCTAssertEqual(page.lines.map(\.text), ["看得见"])
        XCTAssertEqual(page.elements.map(\.tag), ["html", "body", "p"])
    }

    func testTableRowsBreaksAndSourceLines() throws {
        let page = try page("<html><body>\n<p>\n第一行\n</p>\n\n<p>第二<span>行</span></p><br>尾巴\n"
                            + "<table><tr><td>甲</td><td>乙</td></tr><tr><th>丙</th><td>丁<br>戊</td></tr></table></body></html>")
        XCTAssertEqual(page.lines.map(\.text), ["第一行", "第二行", "尾巴", "甲\t乙", "丙\t丁", "戊"])
        // A text node's line is libxml2's line when it reports the text, i.e. where its first piece
        // ends: "\n第一行\n" opens on line 2 and counts as line 4, "尾巴\n" as line 7.
        XCTAssertEqual(page.lines.map(\.sourceLine), [4, 6, 7, 7, 7, 7])
        // "尾巴" sits directly in <body>; the cells' lines belong to the first cell of their row.
        XCTAssertEqual(page.lines.map { page.elements[$0.element].tag }, ["p", "p", "body", "td", "th", "td"])
    }

    func testListingMarkupInsideCommentsIsKeptWhole() throws {
        let page = try page("<html><body><p>正文。</p><!-- <ul><li><a href=\"/a.html\">通知</a></li></ul> --></body></html>")
        XCTAssertEqual(page.comments, [" <ul><li><a href=\"/a.html\">通知</a></li></ul> "])
        XCTAssertTrue(page.links.isEmpty)
    }
}
