extension ScalarText {
    /// The text's Unicode scalars, decoded straight from its UTF-8 bytes. `Array(text.unicodeScalars)`
    /// goes through the generic sequence path (count, then scalar by scalar), which costs several
    /// times more on the long paragraphs every parser stage turns into scalars.
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { scalars(utf8: $0) }
    }

    /// Scalars of bytes known to be valid UTF-8 (a String's storage).
    static func scalars(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        guard let source = bytes.baseAddress else { return [] }
        let end = bytes.count
        let count = scalarCount(source, end)
        // Decoded into a scratch buffer and appended in one copy: `Array(unsafeUninitializedCapacity:)`
        // allocates through the unspecialised runtime path (a generic metadata lookup per array),
        // and appending scalar by scalar re-checks capacity each time.
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(count)
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: count) { buffer in
            var index = 0
            var written = 0
            while index < end, written < count {
                let lead = UInt32(source[index])
                var value = lead
                if lead < 0x80 {
                    index &+= 1
                } else if lead < 0xE0, index &+ 1 < end {
                    value = (lead & 0x1F) << 6 | UInt32(source[index &+ 1] & 0x3F)
                    index &+= 2
                } else if lead < 0xF0, index &+ 2 < end {
                    value = (lead & 0x0F) << 12 | UInt32(source[index &+ 1] & 0x3F) << 6 | UInt32(source[index &+ 2] & 0x3F)
                    index &+= 3
                } else if index &+ 3 < end {
                    value = (lead & 0x07) << 18 | UInt32(source[index &+ 1] & 0x3F) << 12
                        | UInt32(source[index &+ 2] & 0x3F) << 6 | UInt32(source[index &+ 3] & 0x3F)
                    index &+= 4
                } else {
                    value = 0xFFFD
                    index &+= 1
                }
                buffer.initializeElement(at: written, to: Unicode.Scalar(value) ?? "\u{FFFD}")
                written &+= 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<written]))
            // Unicode.Scalar is trivial: nothing to deinitialize before the buffer goes.
        }
        return out
    }

    /// Scalars in valid UTF-8: bytes that are not continuation bytes (`10xxxxxx`), eight at a time.
    private static func scalarCount(_ source: UnsafePointer<UInt8>, _ end: Int) -> Int {
        var continuations = 0
        var index = 0
        let raw = UnsafeRawPointer(source)
        while index &+ 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // Bit 7 set and bit 6 clear: shift bit 6 of each byte up into bit 7's place.
            continuations &+= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            index &+= 8
        }
        while index < end {
            if source[index] & 0xC0 == 0x80 { continuations &+= 1 }
            index &+= 1
        }
        return end - continuations
    }
}
