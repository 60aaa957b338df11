#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import YaodianText

/// The attributes the page builder needs, read in one pass over libxml2's attribute list
/// (name, value, name, value, …, NULL; a value is NULL when the attribute has none).
struct ElementAttributes {
    var id = ""
    /// The class attribute, lowercased.
    var classes = ""
    var href: String?
    var title: String?
    /// `hidden`, `display:none` / `visibility:hidden`, or a hiding class (`ng-hide`, `hidden` …).
    var isHidden = false

    /// Class names that frameworks and CMSs use to hide an element until a script shows it.
    static let hiddenClasses: Set<Substring> = ["ng-hide", "hidden", "hide", "d-none", "hidediv", "sr-only", "visually-hidden", "display-none"]

    init(_ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        Self.forEach(attributes) { name, value in
            switch Self.key(name) {
            case .id: id = value.map { String(cString: $0) } ?? ""
            case .class:
                let raw = value.map { String(cString: $0) } ?? ""
                // Most class names are lowercase already; lowercasing allocates.
                classes = raw.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? raw.lowercased() : raw
                // Every hiding class holds "hid", "none" or "sr-only": most class lists need no split.
                if classes.includes("hid") || classes.includes("none") || classes.includes("sr-only"),
                   classes.split(separator: " ").contains(where: { Self.hiddenClasses.contains($0) }) { isHidden = true }
            case .href: href = value.map { String(cString: $0) } ?? ""
            case .title: title = value.map { String(cString: $0) } ?? ""
            case .hidden: isHidden = true
            case .style:
                if let value, Self.styleHides(UnsafeBufferPointer(start: value, count: strlen(value))) { isHidden = true }
            case .other: break
            }
            return true
        }
    }

    /// Calls `body` with each attribute's name and value (nil when it has none) until it returns false.
    static func forEach(_ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?,
                        _ body: (UnsafePointer<UInt8>, UnsafePointer<UInt8>?) -> Bool) {
        guard var pair = attributes else { return }
        while let name = pair[0] {
            guard body(name, pair[1]) else { return }
            pair += 2
        }
    }

    /// The first attribute called `wanted` (ASCII, lowercase), "" when it has no value.
    static func value(of wanted: String, in attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) -> String? {
        var result: String?
        forEach(attributes) { name, value in
            guard asciiEqualsIgnoringCase(name, wanted) else { return true }
            result = value.map { String(cString: $0) } ?? ""
            return false
        }
        return result
    }

    static func asciiEqualsIgnoringCase(_ cName: UnsafePointer<UInt8>, _ wanted: String) -> Bool {
        var pointer = cName
        for expected in wanted.utf8 {
            var byte = pointer.pointee
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            if byte != expected { return false }
            pointer = pointer.advanced(by: 1)
        }
        return pointer.pointee == 0
    }

    private enum Key { case id, `class`, href, title, hidden, style, other }

    /// Attribute names compared as bytes, case-insensitively, without making Strings.
    private static func key(_ name: UnsafePointer<UInt8>) -> Key {
        func equals(_ wanted: StaticString) -> Bool {
            var pointer = name
            var matched = true
            wanted.withUTF8Buffer { expected in
                for byte in expected {
                    var actual = pointer.pointee
                    if actual >= 0x41 && actual <= 0x5A { actual += 0x20 }
                    if actual != byte { matched = false; return }
                    pointer += 1
                }
            }
            return matched && pointer.pointee == 0
        }
        switch name.pointee | 0x20 {
        case UInt8(ascii: "i"): return equals("id") ? .id : .other
        case UInt8(ascii: "c"): return equals("class") ? .class : .other
        case UInt8(ascii: "h"): return equals("href") ? .href : (equals("hidden") ? .hidden : .other)
        case UInt8(ascii: "t"): return equals("title") ? .title : .other
        case UInt8(ascii: "s"): return equals("style") ? .style : .other
        default: return .other
        }
    }

    /// `display: none` or `visibility:hidden`, spaces and case ignored.
    private static func styleHides(_ style: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most styles say neither word: look for "none" / "hidden" before normalising anything.
        guard contains(style, "none") || contains(style, "hidden") || contains(style, "NONE") || contains(style, "HIDDEN") else {
            return false
        }
        var compact = [UInt8]()
        compact.reserveCapacity(style.count)
        for byte in style where byte != 0x20 && byte != 0x09 {
            compact.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return compact.withUnsafeBufferPointer { buffer in
            contains(buffer, "display:none") || contains(buffer, "visibility:hidden")
        }
    }

    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        TextSearch.find(UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount), in: haystack)
    }
}
