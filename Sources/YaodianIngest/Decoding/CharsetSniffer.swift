/// Finds declared charsets without decoding: in `<meta>` tags near the top of a page,
/// an XML declaration, or a saved `Content-Type` header.
enum CharsetSniffer {
    /// How far into a page browsers look for a `<meta charset>`; we look twice as far.
    static let prescanLength = 8192

    /// The charset label of the first `<meta … charset=…>` or `<?xml … encoding=…?>` in the page head.
    static func metaCharset(in bytes: [UInt8]) -> String? {
        let end = min(bytes.count, prescanLength)
        var index = 0
        while index < end {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            let tagEnd = firstIndex(of: UInt8(ascii: ">"), in: bytes, from: index, limit: end) ?? end
            if hasPrefixIgnoringCase(bytes, at: index + 1, "meta") {
                if let label = value(after: "charset", in: bytes, from: index, to: tagEnd) { return label }
            } else if hasPrefixIgnoringCase(bytes, at: index + 1, "?xml") {
                if let label = value(after: "encoding", in: bytes, from: index, to: tagEnd) { return label }
            }
            index = tagEnd + 1
        }
        return nil
    }

    /// The charset parameter of a Content-Type header line (or a whole saved header block).
    static func headerCharset(in headerText: String) -> String? {
        // `\r\n` is one Character in Swift: split on anything that is a newline.
        for line in headerText.split(whereSeparator: \.isNewline) {
            let bytes = Array(line.utf8)
            guard hasPrefixIgnoringCase(bytes, at: 0, "content-type") else { continue }
            if let label = value(after: "charset", in: bytes, from: 0, to: bytes.count) { return label }
        }
        return nil
    }

    private static func value(after key: String, in bytes: [UInt8], from start: Int, to end: Int) -> String? {
        let keyBytes = Array(key.utf8)
        var index = start
        while index + keyBytes.count <= end {
            if hasPrefixIgnoringCase(bytes, at: index, key) {
                var cursor = index + keyBytes.count
                while cursor < end, isSpace(bytes[cursor]) { cursor += 1 }
                if cursor < end, bytes[cursor] == UInt8(ascii: "=") {
                    cursor += 1
                    while cursor < end, isSpace(bytes[cursor]) || bytes[cursor] == 0x22 || bytes[cursor] == 0x27 { cursor += 1 }
                    var valueEnd = cursor
                    while valueEnd < end, isLabelByte(bytes[valueEnd]) { valueEnd += 1 }
                    if valueEnd > cursor { return String(decoding: bytes[cursor..<valueEnd], as: UTF8.self) }
                }
            }
            index += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }

    private static func firstIndex(of byte: UInt8, in bytes: [UInt8], from start: Int, limit: Int) -> Int? {
        var index = start
        while index < limit {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    static func hasPrefixIgnoringCase(_ bytes: [UInt8], at index: Int, _ prefix: String) -> Bool {
        var cursor = index
        for expected in prefix.utf8 {
            guard cursor < bytes.count else { return false }
            var byte = bytes[cursor]
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            if byte != expected { return false }
            cursor += 1
        }
        return true
    }
}

/// The charset of a saved or received `Content-Type` header, for callers outside the library.
public enum HeaderCharset {
    public static func parse(_ headerText: String) -> String? {
        CharsetSniffer.headerCharset(in: headerText)
    }
}
