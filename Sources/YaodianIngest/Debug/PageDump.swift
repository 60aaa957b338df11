/// `yaodian-ingest --explain`: how a page was flattened and read. Each text line with its
/// non-space/link/punctuation counts, its kind, its container path, and a mark: `T` the title,
/// `B` a body paragraph. The header names the encoding decision and the site profile used.
/// This is the tool for writing a new site profile or chrome rule.
public enum PageDump {
    /// - Parameter kind: `.docx` dumps the lines made from the document's paragraphs; anything else is read as HTML.
    public static func explain(bytes: [UInt8], input: String, httpCharset: String? = nil,
                               kind: InputKind = .html) throws(IngestError) -> String {
        if kind == .docx {
            let page = DocxNoticeReader.page(from: try DocxReader.read(bytes, input: input))
            return dump(page, input: input, header: "encoding: utf-8 (docx)")
        }
        let decoded = try PageDecoder.decode(bytes, httpCharset: httpCharset, input: input)
        let page = try HTMLEventParser.page(utf8: decoded.utf8, input: input)
        var header = "encoding: \(decoded.encoding.rawValue) (\(decoded.encodingSource)"
        header += decoded.declaredCharset.map { ", declared \($0)" } ?? ""
        return dump(page, input: input, header: header + ")")
    }

    private static func dump(_ page: Page, input: String, header: String) -> String {
        let extraction = try? NoticeExtractor(page: page, baseURL: nil).extract(input: input)
        let body = Set(extraction?.bodyLines ?? [])
        var out = header
        out += "\nprofile: \(extraction?.profile ?? "none (no body found)")\n"
        out += "<title>: \(page.title ?? "-")\n"
        out += "mark\tline\tchars/links/punct\tkind\tcontainer\ttext\n"
        for (index, line) in page.lines.enumerated() {
            let mark = index == extraction?.titleLine ? "T" : (body.contains(index) ? "B" : "")
            var path: [String] = []
            var element = line.element
            while element >= 0, path.count < 4 {
                let el = page.elements[element]
                let firstClass = el.classes.split(separator: " ").first.map { ".\($0)" } ?? ""
                path.append(el.tag + (el.id.isEmpty ? "" : "#\(el.id)") + firstClass)
                element = el.parent
            }
            let text = line.text.unicodeScalars.count > 60 ? String(String.UnicodeScalarView(line.text.unicodeScalars.prefix(60))) + "…" : line.text
            out += "\(mark)\t\(index)\t\(line.chars)/\(line.linkChars)/\(line.punctuation)\t\(line.kind)\t"
            out += "\(path.reversed().joined(separator: ">"))\t\(text)\n"
        }
        return out
    }
}
