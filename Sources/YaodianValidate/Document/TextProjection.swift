import YaodianText

/// The text a reader sees in a source file, as searchable UTF-8 with every byte mapped back to
/// its offset in the file: whitespace dropped (paragraph text and source line breaks never agree
/// on it), and for HTML the markup, scripts, styles and comments dropped and entities decoded,
/// so `<span>力争</span><span>新认定</span>` is found as `力争新认定` at the right line.
struct TextProjection {
    private(set) var bytes: [UInt8] = []
    /// `origin[i]` is the file offset of `bytes[i]`.
    private(set) var origin: [Int] = []

    init(source: [UInt8], html: Bool) {
        bytes.reserveCapacity(source.count / 2)
        origin.reserveCapacity(source.count / 2)
        var i = 0
        let count = source.count
        while i < count {
            let byte = source[i]
            if html, byte == UInt8(ascii: "<") {
                i = Self.skipMarkup(source, at: i)
                continue
            }
            if html, byte == UInt8(ascii: "&"), let (scalar, end) = Self.entity(source, at: i) {
                append(scalar, origin: i)
                i = end
                continue
            }
            // One scalar: its UTF-8 bytes are copied unless it is whitespace.
            let width = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            let end = min(count, i + width)
            if !Self.isSpace(source, i, end) {
                for k in i..<end {
                    bytes.append(source[k])
                    origin.append(i)
                }
            }
            i = end
        }
    }

    /// The file offset of the first occurrence of `needle` (whitespace ignored) in `from..<to`
    /// of the file, or nil.
    func firstOffset(of needle: String, from: Int = 0, to: Int? = nil) -> Int? {
        let pattern = Array(Self.withoutSpaces(needle).utf8)
        guard !pattern.isEmpty else { return nil }
        let start = lowerBound(from)
        let end = to.map(lowerBound) ?? bytes.count
        guard end - start >= pattern.count else { return nil }
        let found = bytes.withUnsafeBufferPointer { whole in
            pattern.withUnsafeBufferPointer { needle in
                TextSearch.firstIndex(of: needle, in: UnsafeBufferPointer(rebasing: whole[start..<end]))
            }
        }
        return found.map { origin[start + $0] }
    }

    /// The first projected index whose file offset is at or after `offset`.
    private func lowerBound(_ offset: Int) -> Int {
        var low = 0, high = origin.count
        while low < high {
            let mid = (low + high) / 2
            if origin[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private mutating func append(_ scalar: Unicode.Scalar, origin offset: Int) {
        guard !scalar.properties.isWhitespace, scalar != "\u{3000}", scalar != "\u{A0}" else { return }
        for byte in String(scalar).utf8 {
            bytes.append(byte)
            origin.append(offset)
        }
    }

    static func withoutSpaces(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{3000}" && $0 != "\u{A0}" }))
    }

    private static func isSpace(_ source: [UInt8], _ from: Int, _ to: Int) -> Bool {
        if to - from == 1 { return source[from] == 0x20 || (source[from] >= 0x09 && source[from] <= 0x0D) }
        // U+3000 (E3 80 80) and U+00A0 (C2 A0): the indents of Chinese documents.
        if to - from == 3 { return source[from] == 0xE3 && source[from + 1] == 0x80 && source[from + 2] == 0x80 }
        if to - from == 2 { return source[from] == 0xC2 && source[from + 1] == 0xA0 }
        return false
    }

    /// The end of a tag, comment, or raw-text element (script, style, title, textarea) at `i`.
    private static func skipMarkup(_ s: [UInt8], at i: Int) -> Int {
        if hasPrefix(s, i, "<!--") { return find(s, "-->", from: i + 4).map { $0 + 3 } ?? s.count }
        let tagEnd = find(s, ">", from: i + 1).map { $0 + 1 } ?? s.count
        for name in ["script", "style", "title", "textarea"] where hasPrefix(s, i + 1, name) {
            let after = i + 1 + name.utf8.count
            guard after < s.count, s[after] == 0x20 || s[after] == UInt8(ascii: ">") || s[after] == 0x0A || s[after] == 0x09 else { continue }
            guard let close = find(s, "</" + name, from: tagEnd) else { return s.count }
            return find(s, ">", from: close).map { $0 + 1 } ?? s.count
        }
        return tagEnd
    }

    /// A character reference at `i` (`&lt;`, `&#12288;`, `&#x4E00;`): its scalar and end.
    private static func entity(_ s: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
        // A reference is short: look at most 10 bytes ahead (a bare `&`, as in R&D, is text).
        guard let semicolon = (i + 1..<min(s.count, i + 11)).first(where: { s[$0] == UInt8(ascii: ";") }) else { return nil }
        let name = String(decoding: s[(i + 1)..<semicolon], as: UTF8.self)
        let named: [String: Unicode.Scalar] = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
                                               "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "middot": "·"]
        if let scalar = named[name.lowercased()] { return (scalar, semicolon + 1) }
        if name.hasPrefix("#x") || name.hasPrefix("#X"), let value = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) {
            return (scalar, semicolon + 1)
        }
        if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) { return (scalar, semicolon + 1) }
        return nil
    }

    private static func hasPrefix(_ s: [UInt8], _ at: Int, _ prefix: String) -> Bool {
        let p = Array(prefix.utf8)
        guard at + p.count <= s.count else { return false }
        for (k, byte) in p.enumerated() {
            var b = s[at + k]
            if b >= 0x41 && b <= 0x5A { b += 0x20 }
            if b != byte { return false }
        }
        return true
    }

    /// The first place of an ASCII needle from `from`, ignoring ASCII case (`</SCRIPT`).
    private static func find(_ s: [UInt8], _ needle: String, from: Int) -> Int? {
        let lowered = needle.lowercased()
        guard let first = lowered.utf8.first else { return nil }
        let upperFirst = first >= 0x61 && first <= 0x7A ? first - 0x20 : first
        var k = max(0, from)
        let count = lowered.utf8.count
        while k + count <= s.count {
            if (s[k] == first || s[k] == upperFirst), hasPrefix(s, k, lowered) { return k }
            k += 1
        }
        return nil
    }
}
