import Foundation

/// Finds JSON values written inside script text (`var listData = { articleList: [{…}, …] };`):
/// every `{"…` object and `[{…` array whose braces balance, parsed with `JSONSerialization`.
/// A JavaScript object literal with bare keys is not JSON; the scan then steps inside it and
/// finds the JSON arrays it holds.
enum InlineJSONScanner {
    /// Parsed values in script order. Scripts are scanned byte by byte, no regular expressions.
    static func values(in script: String) -> [Any] {
        let bytes = Array(script.utf8)
        var found: [Any] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "{") || byte == UInt8(ascii: "["), startsCandidate(bytes, at: index),
                  let end = balancedEnd(bytes, from: index) else {
                index += 1
                continue
            }
            if let value = try? JSONSerialization.jsonObject(with: Data(bytes[index...end])) {
                found.append(value)
                index = end + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// `{` followed by a quoted key, or `[` followed by an object.
    private static func startsCandidate(_ bytes: [UInt8], at index: Int) -> Bool {
        var cursor = index + 1
        while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
        guard cursor < bytes.count else { return false }
        return bytes[index] == UInt8(ascii: "{") ? bytes[cursor] == UInt8(ascii: "\"") : bytes[cursor] == UInt8(ascii: "{")
    }

    /// The index of the bracket closing the one at `start`, or nil when the text stops looking like
    /// JSON first (a byte JSON cannot hold outside a string, a raw line break inside a string).
    private static func balancedEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var stack: [UInt8] = []
        var inString = false
        var escaped = false
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                } else if byte == 0x0A || byte == 0x0D {
                    return nil
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"): stack.append(UInt8(ascii: "}"))
                case UInt8(ascii: "["): stack.append(UInt8(ascii: "]"))
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    guard stack.last == byte else { return nil }
                    stack.removeLast()
                    if stack.isEmpty { return index }
                default:
                    guard isJSONBareByte(byte) else { return nil }
                }
            }
            index += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// What JSON may hold outside strings besides brackets: separators, numbers, true/false/null.
    private static func isJSONBareByte(_ byte: UInt8) -> Bool {
        if isSpace(byte) { return true }
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."): return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        case UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "u"), UInt8(ascii: "e"), UInt8(ascii: "f"),
             UInt8(ascii: "a"), UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "n"), UInt8(ascii: "E"):
            return true
        default: return false
        }
    }
}
