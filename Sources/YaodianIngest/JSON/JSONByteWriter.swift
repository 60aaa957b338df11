/// Appends JSON to a byte buffer in exactly the layout `JSONEncoder` gives with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted` when `pretty`): two-space indents, `"key" : value`,
/// an empty array as `[`, a blank line and `]`, control characters as `\n`-style or `\u00xx` escapes,
/// doubles as their `description` without a trailing `.0`. Callers write keys in sorted order.
struct JSONByteWriter {
    private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var indent = 0
    /// Whether the innermost open container has no member yet.
    private var first = true

    init(pretty: Bool, capacity: Int) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    // MARK: containers

    /// Opens `{` or `[`; pass the result to the matching `close`.
    mutating func open(_ bracket: UInt8) -> Bool {
        let outer = first
        bytes.append(bracket)
        if pretty { bytes.append(0x0A) }
        indent += 1
        first = true
        return outer
    }

    mutating func close(_ bracket: UInt8, _ outer: Bool) {
        indent -= 1
        if pretty {
            bytes.append(0x0A)
            writeIndent()
        }
        bytes.append(bracket)
        first = outer
    }

    mutating func openObject() -> Bool { open(0x7B) }
    mutating func closeObject(_ outer: Bool) { close(0x7D, outer) }
    mutating func openArray() -> Bool { open(0x5B) }
    mutating func closeArray(_ outer: Bool) { close(0x5D, outer) }

    /// Starts the next member of the open container: the separator and the indent.
    mutating func member() {
        if first {
            first = false
        } else {
            bytes.append(0x2C)
            if pretty { bytes.append(0x0A) }
        }
        if pretty { writeIndent() }
    }

    /// Starts an object member: `"name" : ` (the name needs no escaping).
    mutating func key(_ name: StaticString) {
        member()
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(0x22)
        if pretty {
            bytes.append(0x20)
            bytes.append(0x3A)
            bytes.append(0x20)
        } else {
            bytes.append(0x3A)
        }
    }

    private mutating func writeIndent() {
        for _ in 0..<indent {
            bytes.append(0x20)
            bytes.append(0x20)
        }
    }

    // MARK: values

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            bytes.append(0x22)
            var mark = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index]))
                mark = index + 1
                bytes.append(0x5C)
                switch byte {
                case 0x22, 0x5C: bytes.append(byte)
                case 0x08: bytes.append(0x62)  // b
                case 0x0C: bytes.append(0x66)  // f
                case 0x0A: bytes.append(0x6E)  // n
                case 0x0D: bytes.append(0x72)  // r
                case 0x09: bytes.append(0x74)  // t
                default:
                    bytes.append(0x75)  // u00xx, lowercase hex as JSONEncoder writes it
                    bytes.append(0x30)
                    bytes.append(0x30)
                    bytes.append(Self.hexDigit(byte >> 4))
                    bytes.append(Self.hexDigit(byte & 0x0F))
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...]))
            bytes.append(0x22)
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x61 + value - 10
    }

    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(0x30 + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    /// Writes a finite double; returns false (writing nothing) for NaN and infinities, which
    /// `JSONEncoder` refuses.
    mutating func double(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        var text = value.description
        if text.utf8.count >= 2, text.utf8.last == 0x30, text.utf8.dropLast().last == 0x2E {
            text.removeLast(2)
        }
        bytes.append(contentsOf: text.utf8)
        return true
    }

    mutating func bool(_ value: Bool) {
        let text: StaticString = value ? "true" : "false"
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func strings(_ values: [String]) {
        let outer = openArray()
        for value in values {
            member()
            string(value)
        }
        closeArray(outer)
    }
}
