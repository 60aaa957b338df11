#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StringProtocol {
    /// Substring test on the UTF-8 bytes (memchr for the first byte, memcmp for the rest). With
    /// Foundation in the module, `contains` resolves to NSString's locale-aware search, which cost
    /// most of an ingest on big pages.
    public func includes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { needleBytes in
            if let found = self.utf8.withContiguousStorageIfAvailable({ TextSearch.find(needleBytes, in: $0) }) { return found }
            var copy = String(self)
            return copy.withUTF8 { TextSearch.find(needleBytes, in: $0) }
        }
    }
}

extension Substring.UTF8View {
    /// Byte substring test on a slice of a string's bytes (such as its first 24).
    public func includes(_ needle: String) -> Bool {
        var needle = needle
        let bytes = Array(self)
        return needle.withUTF8 { needleBytes in bytes.withUnsafeBufferPointer { TextSearch.find(needleBytes, in: $0) } }
    }
}

extension String {
    /// Byte-wise suffix test (String.hasSuffix compares canonical equivalents, which is slow).
    public func hasByteSuffix(_ suffix: String) -> Bool {
        let mine = utf8
        let theirs = suffix.utf8
        guard mine.count >= theirs.count else { return false }
        return mine.suffix(theirs.count).elementsEqual(theirs)
    }

    /// Byte-wise prefix test.
    public func hasBytePrefix(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }
}

public enum TextSearch {
    public static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let needleBase = needle.baseAddress, needle.count > 0 else { return true }
        guard let hayBase = haystack.baseAddress, haystack.count >= needle.count else { return false }
        let first = Int32(needleBase.pointee)
        var cursor = UnsafeRawPointer(hayBase)
        let lastStart = UnsafeRawPointer(hayBase + (haystack.count - needle.count))
        while cursor <= lastStart {
            guard let hit = memchr(cursor, first, lastStart - cursor + 1) else { return false }
            if memcmp(hit, needleBase, needle.count) == 0 { return true }
            cursor = UnsafeRawPointer(hit) + 1
        }
        return false
    }
}
