internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import YaodianText

/// The attributes the walker needs, read in one pass over an element's property list.
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

    init(_ node: xmlNodePtr) {
        var property = node.pointee.properties
        while let attr = property {
            property = attr.pointee.next
            guard let name = attr.pointee.name else { continue }
            switch Self.key(name) {
            case .id: id = Self.value(attr) ?? ""
            case .class:
                let raw = Self.value(attr) ?? ""
                // Most class names are lowercase already; lowercasing allocates.
                classes = raw.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? raw.lowercased() : raw
                // Every hiding class holds "hid", "none" or "sr-only": most class lists need no split.
                if classes.includes("hid") || classes.includes("none") || classes.includes("sr-only"),
                   classes.split(separator: " ").contains(where: { Self.hiddenClasses.contains($0) }) { isHidden = true }
            case .href: href = Self.value(attr)
            case .title: title = Self.value(attr)
            case .hidden: isHidden = true
            case .style:
                if Self.styleHides(attr) { isHidden = true }
            case .other: break
            }
        }
    }

    private enum Key { case id, `class`, href, title, hidden, style, other }

    /// Attribute names compared as bytes, case-insensitively, without making Strings.
    private static func key(_ name: UnsafePointer<xmlChar>) -> Key {
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

    private static func value(_ attr: xmlAttrPtr) -> String? {
        guard let child = attr.pointee.children else { return "" }
        if child.pointee.next == nil, let content = child.pointee.content { return String(cString: content) }
        var text = ""
        var node: xmlNodePtr? = child
        while let current = node {
            if let content = current.pointee.content { text += String(cString: content) }
            node = current.pointee.next
        }
        return text
    }

    /// A style attribute read in place when it is one text node (no String made).
    private static func styleHides(_ attr: xmlAttrPtr) -> Bool {
        if let child = attr.pointee.children, child.pointee.next == nil, let content = child.pointee.content {
            return styleHides(UnsafeBufferPointer(start: content, count: strlen(content)))
        }
        guard var style = value(attr) else { return false }
        return style.withUTF8 { styleHides($0) }
    }

    /// `display: none` or `visibility:hidden`, spaces and case ignored.
    static func styleHides(_ style: String) -> Bool {
        var style = style
        return style.withUTF8 { styleHides($0) }
    }

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
