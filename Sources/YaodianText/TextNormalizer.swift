/// Whitespace and punctuation facts for Chinese page text.
public enum TextNormalizer {
    /// ASCII whitespace, no-break space and the ideographic space (full-width indent).
    @inlinable
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0xA0, 0x3000, 0x2002, 0x2003, 0x2009, 0x200B, 0xFEFF: return true
        default: return false
        }
    }

    /// Marks of running prose: ，。；：、！？ and their ASCII forms inside Chinese text.
    @inlinable
    public static func isSentencePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFF0C, 0x3002, 0xFF1B, 0xFF1A, 0x3001, 0xFF01, 0xFF1F, 0x2C, 0x3B: return true
        default: return false
        }
    }

    @inlinable
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
            || (0x20000...0x2FA1F).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
    }

    /// Trims spaces (including U+00A0 and U+3000) at both ends.
    public static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        guard let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// Collapses every run of spaces to one ASCII space and trims the ends.
    public static func collapsed(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The text with every space removed: the form titles and labels are compared in.
    /// Works on UTF-8 bytes, and hands back the same storage when there is no space (most Chinese
    /// lines): this runs once for every line of every page.
    public static func compact(_ text: String) -> String {
        var text = text
        guard let first = text.withUTF8({ firstSpace(in: $0, from: 0) }) else { return text }
        return text.withUTF8 { bytes -> String in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            out.append(contentsOf: bytes[0..<first.start])
            var index = first.start
            while index < bytes.count {
                if let space = firstSpace(in: bytes, from: index) {
                    out.append(contentsOf: bytes[index..<space.start])
                    index = space.start + space.length
                } else {
                    out.append(contentsOf: bytes[index...])
                    break
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The next space (ASCII whitespace, U+00A0, U+3000, U+2002…U+200B, U+FEFF) in UTF-8 bytes.
    private static func firstSpace(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (start: Int, length: Int)? {
        var index = start
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                return (index, 1)
            case 0xC2 where index + 1 < count && bytes[index + 1] == 0xA0:
                return (index, 2)
            case 0xE3 where index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80:
                return (index, 3)
            case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && (0x82...0x8B).contains(bytes[index + 2]):
                return (index, 3)
            case 0xEF where index + 2 < count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF:
                return (index, 3)
            default:
                index += 1
            }
        }
        return nil
    }

    /// Full-width ASCII variants (０-９, Ａ-Ｚ, （）：) folded to ASCII, for matching labels and numbers.
    public static func foldWidth(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value), let folded = Unicode.Scalar(scalar.value - 0xFEE0) {
                out.append(folded)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
