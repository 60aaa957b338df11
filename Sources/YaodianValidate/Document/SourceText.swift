import YaodianText

/// A file's text as UTF-8 bytes with its line starts, for turning byte offsets into 1-based lines
/// and columns (columns count Unicode scalars, as SARIF's `unicodeCodePoints`).
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    /// Byte offset where each line starts; line N (1-based) starts at `lineStarts[N - 1]`.
    public let lineStarts: [Int]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        self.lineStarts = starts
    }

    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    public var lineCount: Int { lineStarts.count }

    /// The 1-based line and column of a byte offset.
    public func lineAndColumn(ofByte offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        // The last line start at or before the offset.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        var column = 1
        var position = lineStarts[low]
        while position < clamped {
            // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
            if bytes[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        return (low + 1, column)
    }

    /// The text of line `line` (1-based), without its line break.
    public func line(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The first byte offset of `needle` in `from..<to` (default: to the end), or nil.
    public func firstOffset(of needle: String, from: Int = 0, to: Int? = nil) -> Int? {
        let lower = max(0, min(from, bytes.count))
        let upper = max(lower, min(to ?? bytes.count, bytes.count))
        var needleBytes = Array(needle.utf8)
        guard !needleBytes.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { whole in
            needleBytes.withUnsafeMutableBufferPointer { pattern in
                let window = UnsafeBufferPointer(rebasing: whole[lower..<upper])
                return TextSearch.firstIndex(of: UnsafeBufferPointer(pattern), in: window).map { lower + $0 }
            }
        }
    }
}
