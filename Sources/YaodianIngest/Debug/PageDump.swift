/// A readable dump of how a page was flattened and scored, for `yaodian-ingest --explain`.
public enum PageDump {
    public static func explain(bytes: [UInt8], input: String, httpCharset: String? = nil) throws(IngestError) -> String {
        let decoded = try PageDecoder.decode(bytes, httpCharset: httpCharset, input: input)
        let document = try HTMLDocument(utf8: decoded.utf8, input: input)
        let page = PageWalker.walk(document)
        var out = "encoding: \(decoded.encoding.rawValue) (\(decoded.encodingSource)), title: \(page.title ?? "-")\n"
        for (index, line) in page.lines.enumerated() {
            var path: [String] = []
            var element = line.element
            while element >= 0, path.count < 4 {
                let el = page.elements[element]
                path.append(el.tag + (el.id.isEmpty ? "" : "#\(el.id)") + (el.classes.isEmpty ? "" : ".\(el.classes.split(separator: " ").first!)"))
                element = el.parent
            }
            let text = line.text.count > 60 ? String(line.text.prefix(60)) + "…" : line.text
            out += "\(index)\t\(line.chars)/\(line.linkChars)/\(line.punctuation)\t\(path.reversed().joined(separator: ">"))\t\(text)\n"
        }
        return out
    }
}
