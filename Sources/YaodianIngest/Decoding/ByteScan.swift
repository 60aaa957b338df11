#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-page byte scans, eight bytes at a time where a word can be ruled out at once: the decoder
/// runs each over every byte of every page.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether some byte of `word` is below `limit` (at most 0x80): exact, no false positives.
    @inline(__always)
    private static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    static func containsNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0, buffer.count) != nil
        }
    }

    static func containsByte(below limit: UInt8, in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var index = 0
            let count = buffer.count
            while index + 8 <= count {
                if hasByte(below: limit, in: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { break }
                index += 8
            }
            while index < count {
                if base[index] < limit { return true }
                index += 1
            }
            return false
        }
    }

    /// Per byte of `word`, exactly: 0x80 where the byte is below 0x20, 0 elsewhere.
    @inline(__always)
    private static func controlMask(_ word: UInt64) -> UInt64 {
        ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x6060_6060_6060_6060) | word) & highs
    }

    /// Per byte of `word`, exactly: 0x80 where the byte equals `byte`, 0 elsewhere.
    @inline(__always)
    private static func equalMask(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let folded = word ^ (ones &* UInt64(byte))
        return ~(((folded & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | folded) & highs
    }

    /// The line feeds in `buffer`, or nil when it holds a byte libxml2 does not read as text: a
    /// control character other than tab, line feed and carriage return, or U+FFFE / U+FFFF
    /// (EF BF BE, EF BF BF). Eight bytes at a time.
    static func lineFeedsInPlainText(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = buffer.baseAddress else { return 0 }
        let count = buffer.count
        var lineFeeds = 0
        var index = 0
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let lineFeedMask = equalMask(word, 0x0A)
            let controls = controlMask(word) & ~lineFeedMask & ~equalMask(word, 0x09) & ~equalMask(word, 0x0D)
            if controls != 0 { return nil }
            if equalMask(word, 0xEF) != 0 { break }  // rare: finish byte by byte
            lineFeeds += lineFeedMask.nonzeroBitCount
            index += 8
        }
        while index < count {
            let byte = base[index]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return nil }
            if byte == 0xEF, index + 2 < count, base[index + 1] == 0xBF, base[index + 2] >= 0xBE { return nil }
            if byte == 0x0A { lineFeeds += 1 }
            index += 1
        }
        return lineFeeds
    }

    /// Control characters other than tab, line feed, carriage return and form feed.
    static func controlCount(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var found = 0
        var index = 0
        let count = buffer.count
        while index < count {
            if index + 8 <= count, !hasByte(below: 0x20, in: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let end = min(index + 8, count)
            while index < end {
                let byte = base[index]
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { found += 1 }
                index += 1
            }
        }
        return found
    }
}
