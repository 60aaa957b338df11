import Foundation
import XCTest
@testable import YaodianIngest

/// Script and style contents taken out before libxml2 parses a page (`RawTextElements`): what is
/// taken out and what is left in place, and that every page flattens exactly as when libxml2 reads
/// the contents itself.
final class RawTextElementsTests: XCTestCase {
    private func scan(_ html: String) -> (parsed: String, contents: [String]) {
        let bytes = Array(html.utf8)
        let scan = RawTextElements(page: bytes)
        return (String(decoding: scan.parsedBytes, as: UTF8.self),
                scan.replaced.map { String(decoding: bytes[$0.content], as: UTF8.self) })
    }

    func testContentsBecomeTheirLineBreaks() {
        let (parsed, contents) = scan("<html><head><style>\np { color: red }\n</style><SCRIPT type=\"a>b\">var a = {x: 1};</Script>"
                                      + "</head><body><p>正文</p><script>\nif (a < b) {}\n</script></body></html>")
        XCTAssertEqual(contents, ["\np { color: red }\n", "var a = {x: 1};", "\nif (a < b) {}\n"])
        XCTAssertEqual(parsed, "<html><head><style>\n\n</style><SCRIPT type=\"a>b\"></Script></head><body><p>正文</p><script>\n\n</script></body></html>")
    }

    func testTagEndsAreWhereLibxml2StandsInTheParsedBytes() {
        let html = "<p>a</p><script>var x = 1;</script><style id=s>b{}</style>"
        let scan = RawTextElements(page: Array(html.utf8))
        let parsed = scan.parsedBytes
        XCTAssertEqual(scan.replaced.count, 2)
        for replaced in scan.replaced { XCTAssertEqual(parsed[replaced.tagEnd], UInt8(ascii: ">")) }
        XCTAssertEqual(String(decoding: parsed[..<(scan.replaced[1].tagEnd + 1)], as: UTF8.self), "<p>a</p><script></script><style id=s>")
    }

    func testWhatLibxml2MightReadOtherwiseStaysInPlace() {
        let kept = [
            "<script src=a.js /><p>正文</p></script>",            // self-closing: what follows is markup
            "<script><!-- x --></script>",                        // starts with <: libxml2 looks for tags first
            "<!-- <script>var a = 1;</script> -->",               // inside a comment
            "<div title=\"<script>var a = 1;</script>\">x</div>",  // inside an attribute value
            "<script>var a = \u{0B}1;</script>",                 // a character libxml2 drops
            "<script>var a = 1;",                                 // never closed
        ]
        for html in kept {
            XCTAssertEqual(scan(html).contents, [], html)
            XCTAssertEqual(scan(html).parsed, html, html)
        }
    }

    /// The stand-in (line breaks) keeps libxml2's line numbers; the content is read from the page.
    func testPageReadsTheContentsAndKeepsLineNumbers() throws {
        let html = "<html><head><title>标题<style>\nx{}\n</style></title><script>\nvar list = {a: 1};\n</script></head>\n"
            + "<body><script>\n\nno braces\n</script>\n<p>第一段</p></body></html>"
        let page = try HTMLEventParser.page(utf8: Array(html.utf8), input: "test.html")
        XCTAssertFalse(page.rawTextMismatch)
        XCTAssertEqual(page.scripts, ["\nvar list = {a: 1};\n"])
        XCTAssertEqual(page.title, "标题 x{}")
        XCTAssertEqual(page.lines.map(\.text), ["第一段"])
        XCTAssertEqual(page.lines.map(\.sourceLine), [10])
    }

    /// A doctype whose quoted identifier holds `>` and `<script>`: the scan (which ends a doctype at
    /// its first `>`) takes out a content libxml2 never reads as a script, sees that libxml2 started
    /// no script there, and parses the page again whole.
    func testAMisreadPageIsParsedAgainWhole() throws {
        let html = "<!DOCTYPE html SYSTEM \"a><script>var a = {b: 1};</script>\"><html><body><p>正文。</p></body></html>"
        XCTAssertEqual(scan(html).contents, ["var a = {b: 1};"])
        let bytes = Array(html.utf8)
        let scanned = RawTextElements(page: bytes)
        let firstPass = try HTMLEventParser.parse(scanned.parsedBytes, replaced: scanned.replaced, page: bytes, input: "test.html")
        XCTAssertTrue(firstPass.rawTextMismatch, "libxml2 reads the doctype's literal whole: no script starts there")
        let page = try HTMLEventParser.page(utf8: Array(html.utf8), input: "test.html")
        let whole = try parsedWhole(Array(html.utf8), input: "test.html")
        XCTAssertEqual(fingerprint(page), fingerprint(whole))
        XCTAssertFalse(page.rawTextMismatch)
    }

    /// Pages shaped to trip the scan flatten exactly as when libxml2 reads the contents itself.
    func testAwkwardPagesFlattenAsWithTheContentsInPlace() throws {
        let pages = [
            "<script src=a.js/>var a = {b: 1};</script><p>正文</p>",
            "<script src=\"a.js\"/><p>正文</p><script>var c = {d: 2};</script>",
            "<div data-x='<script>'>甲</div><script>var b = {c: 2}</script><p>乙</p>",
            "<!-- a --><script>x = {}</script><!-- <script>y = {}</script> --><p>丙</p>",
            "<SCRIPT>a = {}</SCRIPT ><p>丁</p><script>b = {}</scripts><p>戊</p>",
            "<style>p{}</style><title>t</title><p>己</p>",
            "<?php echo \"<script>\" ?><script>z = {}</script><p>庚</p>",
            "<script>\r\nvar a = {b: 1};\r\n</script><p>辛</p>",
            "<script></script><script> </script><style></style><p>壬</p>",
            "<p>a <script>if (a<b) {}</script> b</p><p>癸</p>",
            "<table><tr><td><script>document.write('<td>x</td>')</script></td></tr></table>",
            "<noscript><script>n = {}</script></noscript><div hidden><script>h = {}</script></div>",
        ]
        for html in pages {
            let bytes = Array(("<html><head></head><body>" + html + "</body></html>").utf8)
            let page = try HTMLEventParser.page(utf8: bytes, input: "test.html")
            let whole = try parsedWhole(bytes, input: "test.html")
            XCTAssertEqual(fingerprint(page), fingerprint(whole), html)
        }
    }

    /// Pages put together from pieces that trouble tokenizers (quotes, comments, stray and
    /// misspelt end tags, processing instructions, doctypes, self-closing tags), 600 of them from a
    /// fixed seed: each flattens exactly as when libxml2 reads the contents itself.
    func testMixedUpPagesFlattenAsWithTheContentsInPlace() throws {
        let pieces = [
            "<script>var a = {b: 1};</script>", "<script type=\"text/javascript\">\nif (a < b) { c(); }\n</script>",
            "<SCRIPT>x = {}</SCRIPT >", "<script>", "</script>", "</scripts>", "</script", "<script src=a.js/>",
            "<script src='a.js' />", "<style>p { color: red }</style>", "<style media=\"x>y\">a{}</style>", "<style>",
            "</style>", "<!-- c -->", "<!--", "-->", "<!-- <script>z = {}</script> -->", "<?php echo 1 ?>", "<?x \">\" ?>",
            "<!DOCTYPE html>", "<!x>", "<div title=\"<script>\">", "<div title='a\"b'>", "<a href=x\"y>", "</div>",
            "<p>正文，内容。</p>", "<p>", "文字", " ", "\n", "\r\n", "<", ">", "\"", "'", "=", "/", "<title>题<style>s{}</style>",
            "</title>", "<td>", "<br/>", "<![CDATA[x]]>", "<script>\u{0B}v = {}</script>", "<script><!-- w = {} --></script>",
            "<script>document.write('<p>x</p>')</script>", "<scriptx>", "<script\tid=s>q = {}</script\t>", "&amp;", "&lt;script&gt;",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var takenOut = 0
        var misread = 0
        for round in 0..<600 {
            var html = "<html><head>"
            for _ in 0..<(3 + next(25)) { html += pieces[next(pieces.count)] }
            let bytes = Array(html.utf8)
            let page = try HTMLEventParser.page(utf8: bytes, input: "mixed.html")
            let whole = try parsedWhole(bytes, input: "mixed.html")
            XCTAssertEqual(fingerprint(page), fingerprint(whole), "round \(round): \(html)")
            // How often the scan took something out, and how often libxml2 disagreed with it.
            let scan = RawTextElements(page: bytes)
            guard !scan.replaced.isEmpty else { continue }
            takenOut += 1
            if try HTMLEventParser.parse(scan.parsedBytes, replaced: scan.replaced, page: bytes, input: "mixed.html").rawTextMismatch {
                misread += 1
            }
        }
        XCTAssertGreaterThan(takenOut, 300)
        XCTAssertLessThan(misread, takenOut / 20, "the scan disagrees with libxml2 on \(misread) of \(takenOut) pages")
    }

    /// Every real and fixture page flattens exactly as when libxml2 reads the contents itself.
    func testEveryFixturePageFlattensAsWithTheContentsInPlace() throws {
        let root = try FixtureFiles.root()
        var checked = 0
        for folder in ["html", "real", "list", "bad"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            for name in names.sorted() where name.hasSuffix(".html") {
                let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(name)))
                guard let decoded = try? PageDecoder.decode(bytes, input: name) else { continue }
                let page = try HTMLEventParser.page(utf8: decoded.utf8, input: name)
                let whole = try parsedWhole(decoded.utf8, input: name)
                XCTAssertEqual(fingerprint(page), fingerprint(whole), "\(folder)/\(name)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 40)
    }

    /// The page parsed with its script and style contents in place.
    private func parsedWhole(_ bytes: [UInt8], input: String) throws -> Page {
        try HTMLEventParser.parse(bytes, replaced: [], page: bytes, input: input)
    }

    /// Everything a page holds, as text.
    private func fingerprint(_ page: Page) -> String {
        var out = "title=\(page.title ?? "-") base=\(page.baseHref ?? "-") depth=\(page.hitDepthLimit)\n"
        for meta in page.metas { out += "meta \(meta.name)=\(meta.content)\n" }
        for element in page.elements {
            out += "E \(element.tag) \(element.id) \(element.classes) \(element.parent) \(element.depth) \(element.lineStart)-\(element.lineEnd)\n"
        }
        for line in page.lines {
            out += "L \(line.element) \(line.sourceLine) \(line.isHeading) \(line.chars)/\(line.linkChars)/\(line.punctuation) \(line.kind) \(line.text)\n"
        }
        for link in page.links { out += "A \(link.href) \(link.text) \(link.title ?? "-") \(link.line) \(link.element)\n" }
        for script in page.scripts { out += "S \(script)\n" }
        for comment in page.comments { out += "C \(comment)\n" }
        return out
    }
}
