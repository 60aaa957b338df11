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
        let page = try HTMLEventParser.page(utf8: Array(html.utf8), input: "test.html")
        let whole = try HTMLEventParser.page(utf8: Array(html.utf8), input: "test.html", takingOutRawText: false)
        XCTAssertEqual(fingerprint(page), fingerprint(whole))
        XCTAssertFalse(page.rawTextMismatch)
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
                let whole = try HTMLEventParser.page(utf8: decoded.utf8, input: name, takingOutRawText: false)
                XCTAssertEqual(fingerprint(page), fingerprint(whole), "\(folder)/\(name)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 40)
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
