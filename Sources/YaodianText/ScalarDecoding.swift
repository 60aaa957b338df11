extension ScalarText {
    /// The text's Unicode scalars, decoded straight from its UTF-8 bytes. `Array(text.unicodeScalars)`
    /// goes through the generic sequence path (count, then scalar by scalar), which costs several
    /// times more on the long paragraphs every parser stage turns into scalars.
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { scalars(utf8: $0) }
    }

    /// Scalars of bytes known to be valid UTF-8 (a String's storage).
    @usableFromInline
    static func scalars(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
            var index = 0
            var written = 0
            let end = bytes.count
            while index < end, written < count {
                let lead = UInt32(bytes[index])
                let value: UInt32
                if lead < 0x80 {
                    value = lead
                    index += 1
                } else if lead < 0xE0, index + 1 < end {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0, index + 2 < end {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else if index + 3 < end {
                    value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                } else {
                    value = 0xFFFD
                    index += 1
                }
                buffer.initializeElement(at: written, to: Unicode.Scalar(value) ?? "\u{FFFD}")
                written += 1
            }
            initialized = written
        }
    }
}
