import YaodianModel

/// What comes before the preamble: the 印发…的通知 (title, 发文字号, salutation, text, issuer, date)
/// and the plan's own title line.
struct StructureHeader {
    var wrapper: NoticeWrapper?
    /// The plan title line found in the paragraphs.
    var title: String?
    /// The first line after the header (where the preamble starts).
    var end: Int = 0
    var blocks: [StructureBlock] = []
}

/// Reads the header at the top of the paragraphs. A wrapper is recognised by its salutation
/// (`各…单位:`) at the top, or by a 通知 title (given or in the text); it ends at the signature,
/// an issuer line followed by a date line (`绍兴市科学技术局` / `2018年3月15日`, also `2020424`).
enum StructureHeaderReader {
    /// How far a signature is looked for after the salutation.
    private static let signatureWindow = 40

    static func read(_ lines: [StructureLine], limit n: Int, givenTitle: String?) -> StructureHeader {
        var header = StructureHeader()
        let givenIsNotice = givenTitle.map { StructureHeaderLines.isNoticeTitle($0) } ?? false
        var noticeTitle: String? = givenIsNotice ? givenTitle : nil

        var k = 0
        while k < n {
            let line = lines[k]
            if StructureChrome.isChrome(line) {
                k += 1
            } else if StructureHeaderLines.isNoticeTitle(line) {
                if noticeTitle == nil { noticeTitle = line.text }
                header.blocks.append(block(line))
                k += 1
            } else if StructureHeaderLines.isDocNumber(line) {
                header.blocks.append(block(line))
                k += 1
            } else {
                break
            }
        }

        if k < n, StructureHeaderLines.isSalutation(lines[k]) {
            let salutation = k
            // The signature comes before the plan's title or first heading: a plan's own closing
            // signature further down is not the 通知's.
            let limit = firstTitleOrHeading(lines, from: salutation + 1, limit: n)
            let signature = findSignature(lines, from: salutation + 1, limit: min(limit, salutation + signatureWindow))
            let textEnd: Int
            if let signature {
                textEnd = signature - 1
                k = signature + 1
            } else {
                textEnd = limit
                k = limit
            }
            header.wrapper = wrapper(lines, title: noticeTitle, salutation: salutation, textEnd: textEnd,
                                     signature: signature, blocks: &header.blocks)
        } else if noticeTitle != nil {
            // A 通知 without addressees: its text runs to a signature just below, if any.
            let limit = firstTitleOrHeading(lines, from: k, limit: min(n, k + 12))
            if let signature = findSignature(lines, from: k, limit: limit) {
                header.wrapper = wrapper(lines, title: noticeTitle, salutation: nil, textEnd: signature - 1,
                                         signature: signature, blocks: &header.blocks, textStart: k)
                k = signature + 1
            } else {
                header.wrapper = NoticeWrapper(title: noticeTitle)
            }
        }

        while k < n, StructureChrome.isChrome(lines[k]) { k += 1 }
        if k < n, StructureHeaderLines.isPlanTitle(lines[k], given: givenIsNotice ? nil : givenTitle) {
            header.title = lines[k].text
            header.blocks.append(block(lines[k]))
            k += 1
        }
        header.end = k
        return header
    }

    private static func wrapper(_ lines: [StructureLine], title: String?, salutation: Int?, textEnd: Int, signature: Int?,
                                blocks: inout [StructureBlock], textStart: Int? = nil) -> NoticeWrapper {
        var wrapper = NoticeWrapper(title: title)
        if let salutation {
            let line = lines[salutation]
            var end = line.end
            if line.lastFolded == ":" { end -= 1 }
            let range = StructureText.trimmed(line.scalars, line.start, end)
            wrapper.addressees = line.slice(range.lower, range.upper)
            blocks.append(block(line))
        }
        let start = textStart ?? (salutation.map { $0 + 1 } ?? textEnd)
        if start < textEnd {
            for line in lines[start..<textEnd] where !StructureChrome.isChrome(line) {
                blocks.append(block(line))
                if StructureHeaderLines.isDocNumber(line) { continue }
                wrapper.text.append(line.text)
            }
        }
        if let signature {
            wrapper.issuer = lines[signature - 1].text
            let date = lines[signature]
            wrapper.date = StructureDateLine.parse(date.scalars, date.start, date.end) ?? nil
            blocks.append(block(lines[signature - 1]))
            blocks.append(block(date))
        }
        return wrapper
    }

    /// The index of the date line of the first issuer + date pair in `from..<limit` (issuer at `from` or later).
    private static func findSignature(_ lines: [StructureLine], from: Int, limit: Int) -> Int? {
        var j = from + 1
        while j < limit {
            let line = lines[j]
            if StructureDateLine.parse(line.scalars, line.start, line.end) != nil,
               StructureHeaderLines.isIssuer(lines[j - 1]) {
                return j
            }
            j += 1
        }
        return nil
    }

    /// The first plan-title line or heading at or after `from` (or `limit`).
    private static func firstTitleOrHeading(_ lines: [StructureLine], from: Int, limit: Int) -> Int {
        var j = from
        while j < limit {
            if StructureTreeBuilder.opensBody(StructureMarker.detect(in: lines[j]))
                || StructureHeaderLines.isPlanTitle(lines[j], given: nil) {
                return j
            }
            j += 1
        }
        return limit
    }

    static func block(_ line: StructureLine) -> StructureBlock {
        StructureBlock(ownerId: PlanStructure.headerID, text: line.text, paragraphIndex: line.index, offset: line.start)
    }
}
