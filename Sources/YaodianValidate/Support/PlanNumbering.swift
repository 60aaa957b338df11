import YaodianParse
import YaodianText

/// The numbering marks the numbering rules check: those of the document itself, up to its
/// attachments (附件 are documents of their own, numbered on their own), without table rows
/// (cells joined by tabs carry the numbers of a table, not of the text). Circled numbers (①) are
/// a level below `(1)`, where plans put them.
enum PlanNumbering {
    static func marks(_ document: ValidationDocument) -> [NumberingMark] {
        let body = document.notice.body
        let end = attachmentsStart(body) ?? body.count
        return NumberingMarks.scan(paragraphs: Array(body[..<end])).compactMap { mark in
            guard !body[mark.paragraphIndex].includes("\t") else { return nil }
            var effective = mark
            if mark.style == "N" { effective.level = 5 }
            return effective
        }
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
}
