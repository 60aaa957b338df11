import YaodianParse
import YaodianText

/// The numbering marks the numbering rules check: those of a plan's document, up to its
/// attachments (附件 are documents of their own, numbered on their own), without table rows
/// (cells joined by tabs carry the numbers of a table, not of the text). Circled numbers (①) are
/// a level below `(1)`, where plans put them.
enum PlanNumbering {
    static func marks(_ document: ValidationDocument) -> [NumberingMark] {
        // A notice that holds no plan (plan_not_found says so) is not held to a plan's numbering.
        guard document.plan != nil else { return [] }
        let body = document.notice.body
        let end = attachmentsStart(body) ?? body.count
        let marks: [NumberingMark] = NumberingMarks.scan(paragraphs: Array(body[..<end])).compactMap { mark in
            guard !body[mark.paragraphIndex].includes("\t") else { return nil }
            var effective = mark
            if mark.style == "N" { effective.level = 5 }
            return effective
        }
        // 第一章 / 第五条 of a 办法 or 规定 are headings above 一、: every list under them starts again.
        let articles = body[..<end].indices.filter { isArticleHeading(body[$0]) }.map {
            NumberingMark(paragraphIndex: $0, level: 0, value: 0, marker: "", style: "", isPartHeading: true)
        }
        guard !articles.isEmpty else { return marks }
        return (marks + articles).sorted { $0.paragraphIndex < $1.paragraphIndex }
    }

    /// `第一章 总则`, `第二十二条申请…`, `第三节`, `第一部分`.
    static func isArticleHeading(_ paragraph: String) -> Bool {
        let text = TextNormalizer.compact(paragraph)
        guard text.hasPrefix("第") else { return false }
        let rest = text.dropFirst().drop { "〇零一二两三四五六七八九十百0123456789".contains($0) }
        guard rest.count < text.count - 1 else { return false }
        return ["章", "条", "节", "部分", "编"].contains { rest.hasPrefix($0) }
    }

    /// The first paragraph after the text's first heading that opens the attachments: `附件:`,
    /// `附件1`, `附件一`, a line that is only `附件`.
    static func attachmentsStart(_ body: [String]) -> Int? {
        var seenHeading = false
        for (index, paragraph) in body.enumerated() {
            let text = TextNormalizer.compact(paragraph)
            if !seenHeading {
                seenHeading = NumberingMarks.scan(paragraphs: [paragraph]).contains { $0.level == 1 }
                continue
            }
            guard text.hasPrefix("附件") else { continue }
            let rest = text.dropFirst(2)
            if rest.isEmpty || rest.first == ":" || rest.first == "\u{FF1A}" || rest.first?.isNumber == true
                || "一二三四五六七八九十".contains(rest.first ?? " ") {
                return index
            }
        }
        return nil
    }

    /// A baseline key for a finding about a mark: its level, the marker and the first words of its
    /// paragraph, so two repeated `1.` in different places are two findings, and an edit elsewhere
    /// (which moves lines) keeps the key.
    static func key(_ mark: NumberingMark, in document: ValidationDocument) -> String {
        let paragraph = document.notice.body.indices.contains(mark.paragraphIndex) ? document.notice.body[mark.paragraphIndex] : ""
        let words = String(TextNormalizer.compact(paragraph).prefix(mark.marker.count + 8))
        return "numbering:\(mark.level):\(words)"
    }
}
