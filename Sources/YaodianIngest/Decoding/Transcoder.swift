#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// UTF-8 bytes made from some other encoding, and how many input bytes did not decode.
struct TranscodedText: Sendable {
    var utf8: [UInt8]
    var replacedBytes: Int
}

/// Converts bytes to UTF-8 with iconv. An undecodable byte becomes U+FFFD and is counted,
/// so a page with a few bad bytes keeps the rest of its text (libxml2's own decoder stops there).
enum Transcoder {
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    static func toUTF8(_ bytes: [UInt8], from encoding: TextEncodingName, stopAfterErrors: Int = .max) -> TranscodedText? {
        if encoding == .utf8 { return validateUTF8(bytes) }
        guard let converter = iconv_open("UTF-8", encoding.iconvName), converter != iconv_t(bitPattern: -1) else {
            return nil
        }
        defer { iconv_close(converter) }

        var output = [UInt8]()
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        var replaced = 0
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = bytes
        input.withUnsafeMutableBufferPointer { inBuffer in
            guard let inBase = inBuffer.baseAddress else { return }
            var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
            var inLeft = inBuffer.count
            chunk.withUnsafeMutableBufferPointer { outBuffer in
                guard let outBase = outBuffer.baseAddress else { return }
                while inLeft > 0 {
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let result = iconv(converter, &inPtr, &inLeft, &outPtr, &outLeft)
                    output.append(contentsOf: UnsafeBufferPointer(start: outBase, count: outBuffer.count - outLeft))
                    if result != -1 { continue }
                    switch errno {
                    case E2BIG:
                        continue
                    case EILSEQ, EINVAL:
                        // Skip one undecodable (or, at the end, incomplete) byte and carry on.
                        replaced += 1
                        output.append(contentsOf: replacement)
                        inPtr = inPtr.map { $0 + 1 }
                        inLeft -= 1
                        if replaced > stopAfterErrors { return }
                    default:
                        return
                    }
                }
            }
        }
        return TranscodedText(utf8: output, replacedBytes: replaced)
    }

    /// Checks UTF-8 and replaces invalid sequences (one U+FFFD per bad byte), counting them.
    static func validateUTF8(_ bytes: [UInt8]) -> TranscodedText {
        let invalid = UTF8Validation.countInvalidBytes(bytes)
        if invalid == 0 { return TranscodedText(utf8: bytes, replacedBytes: 0) }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + invalid * 2)
        var index = 0
        while index < bytes.count {
            let length = UTF8Validation.sequenceLength(bytes, at: index)
            if length > 0 {
                output.append(contentsOf: bytes[index..<(index + length)])
                index += length
            } else {
                output.append(contentsOf: replacement)
                index += 1
            }
        }
        return TranscodedText(utf8: output, replacedBytes: invalid)
    }
}

/// Strict UTF-8 checks on raw bytes (no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Validation {
    /// Length of the valid sequence starting at `index`, or 0 when the byte there starts none.
    static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let b0 = bytes[index]
        if b0 < 0x80 { return 1 }
        let count = bytes.count
        func cont(_ i: Int) -> Bool { i < count && bytes[i] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF:
            return cont(index + 1) ? 2 : 0
        case 0xE0...0xEF:
            guard cont(index + 1), cont(index + 2) else { return 0 }
            let b1 = bytes[index + 1]
            if b0 == 0xE0 && b1 < 0xA0 { return 0 }
            if b0 == 0xED && b1 > 0x9F { return 0 }
            return 3
        case 0xF0...0xF4:
            guard cont(index + 1), cont(index + 2), cont(index + 3) else { return 0 }
            let b1 = bytes[index + 1]
            if b0 == 0xF0 && b1 < 0x90 { return 0 }
            if b0 == 0xF4 && b1 > 0x8F { return 0 }
            return 4
        default:
            return 0
        }
    }

    static func countInvalidBytes(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var invalid = 0
            var index = 0
            let count = buffer.count
            while index < count {
                // Skip ASCII sixteen bytes at a time: most of a page is markup.
                if index + 16 <= count {
                    let raw = UnsafeRawPointer(base + index)
                    if (raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                        & 0x8080_8080_8080_8080 == 0 {
                        index += 16
                        continue
                    }
                }
                let b0 = base[index]
                if b0 < 0x80 {
                    index += 1
                    continue
                }
                let length = sequenceLength(base, count: count, at: index, lead: b0)
                if length == 0 {
                    invalid += 1
                    index += 1
                } else {
                    index += length
                }
            }
            return invalid
        }
    }

    /// `sequenceLength(_:at:)` on a buffer already known to start a non-ASCII byte (no bounds checks).
    @inline(__always)
    private static func sequenceLength(_ base: UnsafePointer<UInt8>, count: Int, at index: Int, lead b0: UInt8) -> Int {
        @inline(__always) func cont(_ i: Int) -> Bool { i < count && base[i] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF:
            return cont(index + 1) ? 2 : 0
        case 0xE0...0xEF:
            guard cont(index + 1), cont(index + 2) else { return 0 }
            let b1 = base[index + 1]
            if b0 == 0xE0 && b1 < 0xA0 { return 0 }
            if b0 == 0xED && b1 > 0x9F { return 0 }
            return 3
        case 0xF0...0xF4:
            guard cont(index + 1), cont(index + 2), cont(index + 3) else { return 0 }
            let b1 = base[index + 1]
            if b0 == 0xF0 && b1 < 0x90 { return 0 }
            if b0 == 0xF4 && b1 > 0x8F { return 0 }
            return 4
        default:
            return 0
        }
    }

    /// Number of multi-byte sequences: evidence that valid UTF-8 is really UTF-8 and not ASCII.
    static func multibyteSequenceCount(_ bytes: [UInt8], limit: Int = .max) -> Int {
        var found = 0
        var index = 0
        while index < bytes.count, found < limit {
            if bytes[index] < 0x80 { index += 1; continue }
            let length = sequenceLength(bytes, at: index)
            if length > 1 { found += 1 }
            index += max(length, 1)
        }
        return found
    }
}
