import Foundation

import YaodianModel

/// `.txt` and `.md` documents: every non-empty line is a paragraph. In Markdown the first heading
/// is the title and heading marks, emphasis and list bullets are dropped from the text.
struct PlainTextReader {
    let markdown: Bool

    func read(_ utf8: [UInt8], input: String) throws(IngestError) -> Notice {
        let text = String(decoding: utf8, as: UTF8.self)
        var paragraphs: [String] = []
        var title: String?
        var inFence = false
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            var line = TextNormalizer.trimmed(String(rawLine))
            if markdown {
                if line.hasPrefix("```") { inFence.toggle(); continue }
                if inFence || line.hasPrefix("<!--") { continue }
                let heading = line.prefix(while: { $0 == "#" }).count
                if heading > 0 {
                    line = TextNormalizer.trimmed(String(line.dropFirst(heading)))
                    if title == nil, heading == 1 { title = line; continue }
                } else if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("> ") {
                    line = String(line.dropFirst(2))
                }
                line = line.replacingAll("**", with: "").replacingAll("__", with: "")
                line = TextNormalizer.trimmed(line)
            }
            if !line.isEmpty { paragraphs.append(TextNormalizer.collapsed(line)) }
        }
        guard !paragraphs.isEmpty else { throw .empty(input: input) }
        var notice = Notice()
        notice.title = title
        notice.body = paragraphs
        if title == nil, let first = paragraphs.first, first.unicodeScalars.count <= 60, !first.contains("。") {
            notice.title = first
        }
        let lines = Array(0..<paragraphs.count)
        var page = Page()
        page.lines = paragraphs.enumerated().map { index, text in
            PageLine(text: text, element: -1, chars: text.count, linkChars: 0, punctuation: 0, isHeading: false, sourceLine: index + 1)
        }
        if let signature = SignatureFinder.first(in: page, lines: lines) {
            notice.signedDate = signature.date
            notice.issuer = signature.issuer
        }
        notice.docNumber = paragraphs.prefix(6).lazy.compactMap { DocNumberMatcher.wholeMatch($0) }.first
        return notice
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
