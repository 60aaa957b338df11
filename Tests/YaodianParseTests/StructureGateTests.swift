import Foundation
import XCTest
@testable import YaodianParse

/// `StructureMarker.mayOpenBody`, the cheap look that spares most paragraphs a `StructureLine`:
/// it must never say no to a paragraph that opens a plan's body, and should say no to most others.
final class StructureGateTests: XCTestCase {
    private func opensBody(_ paragraph: String) -> Bool {
        StructureLine(index: 0, text: paragraph).map { StructureTreeBuilder.opensBody(StructureMarker.detect(in: $0)) } ?? false
    }

    func testNeverRefusesAParagraphThatOpensTheBody() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "Fixtures not bundled")
        var texts: [URL] = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        texts += try FileManager.default.contentsOfDirectory(at: folder.appendingPathComponent("plans"), includingPropertiesForKeys: nil)
        var paragraphs: [String] = []
        for url in texts where url.pathExtension == "txt" {
            paragraphs += try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        }
        // Shapes the seeds do not show: bullets, full-width brackets and spaces, short part headings.
        paragraphs += ["• 一、总体要求", "\u{3000}\u{3000}（二）重点任务", " (三)加强", "十、其他", "十二、附则", "2024年工作安排",
                       "  上半年工作总结  ", "工作回顾", "①第一项", "1.第一项", "二是加强", "〇、无", "O、无", "", "   ", "•",
                       "这是一个很长的段落，不以编号开头，也不是部分标题。"]
        var refused = 0
        for paragraph in paragraphs {
            let mayOpen = StructureMarker.mayOpenBody(paragraph)
            if opensBody(paragraph) { XCTAssertTrue(mayOpen, paragraph) }
            if !mayOpen { refused += 1 }
        }
        XCTAssertGreaterThan(paragraphs.count, 1000)
        // Most paragraphs are prose: the look must spare them the full line.
        XCTAssertGreaterThan(refused, paragraphs.count / 2)
    }
}
