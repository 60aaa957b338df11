#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StringProtocol {
    /// Substring test on the UTF-8 bytes (memchr for the first byte, memcmp for the rest). With
    /// Foundation in the module, `contains` resolves to NSString's locale-aware search, which cost
    /// most of an ingest on big pages.
    @inlinable
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
    @inlinable
    public func includes(_ needle: String) -> Bool {
        var needle = needle
        let bytes = Array(self)
        return needle.withUTF8 { needleBytes in bytes.withUnsafeBufferPointer { TextSearch.find(needleBytes, in: $0) } }
    }
}

extension String {
    /// Byte-wise suffix test (String.hasSuffix compares canonical equivalents, which is slow).
    @inlinable
    public func hasByteSuffix(_ suffix: String) -> Bool {
        let mine = utf8
        let theirs = suffix.utf8
        guard mine.count >= theirs.count else { return false }
        return mine.suffix(theirs.count).elementsEqual(theirs)
    }

    /// Byte-wise prefix test.
    @inlinable
    public func hasBytePrefix(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }
}

public enum TextSearch {
    @inlinable
    public static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        firstIndex(of: needle, in: haystack) != nil
    }

    /// Where `needle` first starts in `haystack` (byte offset), or nil; an empty needle is at 0.
    @inlinable
    public static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let needleBase = needle.baseAddress, needle.count > 0 else { return 0 }
        guard let hayBase = haystack.baseAddress, haystack.count >= needle.count else { return nil }
        let first = Int32(needleBase.pointee)
        var cursor = UnsafeRawPointer(hayBase)
        let lastStart = UnsafeRawPointer(hayBase + (haystack.count - needle.count))
        while cursor <= lastStart {
            guard let hit = memchr(cursor, first, lastStart - cursor + 1) else { return nil }
            if memcmp(hit, needleBase, needle.count) == 0 { return UnsafeRawPointer(hit) - UnsafeRawPointer(hayBase) }
            cursor = UnsafeRawPointer(hit) + 1
        }
        return nil
    }
}

/// Strings from runs of Unicode scalars without the generic `String.UnicodeScalarView` append
/// path (which costs more than the work around it when clauses are cut by the thousand).
public enum ScalarText {
    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var length = 0
        for scalar in scalars { length &+= UTF8.width(scalar) }
        guard length > 0 else { return "" }
        // Encoded straight into the string's storage (no byte array in between).
        return String(unsafeUninitializedCapacity: length) { bytes in
            var index = 0
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case 0..<0x80:
                    bytes[index] = UInt8(value)
                    index &+= 1
                case 0x80..<0x800:
                    bytes[index] = UInt8(0xC0 | (value >> 6))
                    bytes[index &+ 1] = UInt8(0x80 | (value & 0x3F))
                    index &+= 2
                case 0x800..<0x10000:
                    bytes[index] = UInt8(0xE0 | (value >> 12))
                    bytes[index &+ 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    bytes[index &+ 2] = UInt8(0x80 | (value & 0x3F))
                    index &+= 3
                default:
                    bytes[index] = UInt8(0xF0 | (value >> 18))
                    bytes[index &+ 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    bytes[index &+ 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    bytes[index &+ 3] = UInt8(0x80 | (value & 0x3F))
                    index &+= 4
                }
            }
            return index
        }
    }

    public static func string(_ scalars: [Unicode.Scalar]) -> String {
        string(scalars[...])
    }
}
