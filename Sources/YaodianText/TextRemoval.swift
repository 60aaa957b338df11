#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// The string with every occurrence of `needle` cut out, left to right, on the UTF-8 bytes
    /// (what `components(separatedBy:).joined()` gives for Chinese text, without Foundation's
    /// character-by-character search).
    public func removingAll(_ needle: String) -> String {
        var needle = needle
        var text = self
        return needle.withUTF8 { needleBytes -> String in
            text.withUTF8 { bytes -> String in
                guard let needleBase = needleBytes.baseAddress, let base = bytes.baseAddress,
                      needleBytes.count > 0, bytes.count >= needleBytes.count else { return self }
                var kept: [UInt8] = []
                var copiedUpTo = 0
                var cursor = 0
                let lastStart = bytes.count - needleBytes.count
                let first = Int32(needleBase.pointee)
                while cursor <= lastStart {
                    guard let hit = memchr(base + cursor, first, lastStart - cursor + 1) else { break }
                    let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if memcmp(hit, needleBase, needleBytes.count) == 0 {
                        if kept.isEmpty { kept.reserveCapacity(bytes.count) }
                        kept.append(contentsOf: bytes[copiedUpTo..<at])
                        cursor = at + needleBytes.count
                        copiedUpTo = cursor
                    } else {
                        cursor = at + 1
                    }
                }
                guard copiedUpTo > 0 else { return self }
                kept.append(contentsOf: bytes[copiedUpTo...])
                return String(decoding: kept, as: UTF8.self)
            }
        }
    }
}
