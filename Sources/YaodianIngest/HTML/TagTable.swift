/// What the page builder needs to know about an element name.
struct TagInfo: Sendable {
    var name: String
    var role: TagRole
    var kind: TagKind
}

/// The element names the page builder treats specially, so it compares an enum rather than Strings.
enum TagKind: UInt8, Sendable {
    case head, title, meta, base, script, style, body, html, br, tr, td, th, a, other

    init(_ name: String) {
        switch name {
        case "head": self = .head
        case "title": self = .title
        case "meta": self = .meta
        case "base": self = .base
        case "script": self = .script
        case "style": self = .style
        case "body": self = .body
        case "html": self = .html
        case "br": self = .br
        case "tr": self = .tr
        case "td": self = .td
        case "th": self = .th
        case "a": self = .a
        default: self = .other
        }
    }
}

/// Element names by their bytes: an open-addressing table keyed by the name's first 16 bytes. A
/// Swift Dictionary would hash each lookup with SipHash, while the page builder asks for every
/// element of every page. The table starts out holding the names the builder knows; a page's other
/// names are added as met.
struct TagTable: Sendable {
    private static let capacity = 256
    /// A name's bytes, zero-padded; (0, 0) marks an empty slot (names hold no NUL).
    private var keys: [(UInt64, UInt64)]
    private var infos: [TagInfo]
    private var count = 0

    /// The page builder's own names: skipped, block and heading tags, those it treats specially, and the
    /// common inline ones.
    static let seeded: TagTable = {
        var table = TagTable()
        let inline = ["span", "a", "font", "strong", "b", "i", "em", "u", "img", "td", "th", "small", "big", "sup", "sub",
                      "label", "br", "tr", "head", "title", "meta", "base", "body", "html", "s", "strike", "ins", "del",
                      "abbr", "code", "tt", "nobr", "wbr"]
        let names = PageBuilder.skippedTags.union(PageBuilder.blockTags).union(PageBuilder.headingTags).union(inline)
        for name in names.sorted() {
            var bytes = Array(name.utf8) + [0]
            bytes.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress.map { base in _ = table.info(for: UnsafePointer(base)) }
            }
        }
        return table
    }()

    private init() {
        keys = Array(repeating: (0, 0), count: Self.capacity)
        infos = Array(repeating: TagInfo(name: "", role: .inline, kind: .other), count: Self.capacity)
    }

    /// What the page builder needs to know about the element name at `name` (NUL-terminated),
    /// read by its local part (`o:p` is a `p`).
    mutating func info(for qualifiedName: UnsafePointer<UInt8>) -> TagInfo {
        let name = Self.localName(qualifiedName)
        guard let key = Self.key(name) else { return Self.make(name) }
        let mask = Self.capacity - 1
        var slot = Int(truncatingIfNeeded: ((key.0 ^ (key.1 &* 0x2545_F491_4F6C_DD1D)) &* 0x9E37_79B9_7F4A_7C15) &>> 56) & mask
        while keys[slot] != (0, 0) {
            if keys[slot] == key { return infos[slot] }
            slot = (slot + 1) & mask
        }
        let info = Self.make(name)
        if count < Self.capacity * 3 / 4 {
            keys[slot] = key
            infos[slot] = info
            count += 1
        }
        return info
    }

    /// The name after a namespace prefix (`o:p` is a `p`, `st1:chsdate` a `chsdate`), as libxml2's
    /// tree names the elements Word pastes: the part after the first colon, unless that colon
    /// begins or ends the name.
    static func localName(_ name: UnsafePointer<UInt8>) -> UnsafePointer<UInt8> {
        guard name.pointee != 0, name.pointee != UInt8(ascii: ":") else { return name }
        var pointer = name + 1
        while pointer.pointee != 0 {
            if pointer.pointee == UInt8(ascii: ":") { return pointer[1] == 0 ? name : pointer + 1 }
            pointer += 1
        }
        return name
    }

    /// The first 16 bytes of the name, or nil when it is empty or longer.
    private static func key(_ name: UnsafePointer<UInt8>) -> (UInt64, UInt64)? {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var index = 0
        while index < 16 {
            let byte = name[index]
            if byte == 0 { break }
            if index < 8 {
                low |= UInt64(byte) << (8 * UInt64(index))
            } else {
                high |= UInt64(byte) << (8 * UInt64(index - 8))
            }
            index += 1
        }
        guard index > 0, index < 16 || name[16] == 0 else { return nil }
        return (low, high)
    }

    private static func make(_ pointer: UnsafePointer<UInt8>) -> TagInfo {
        let name = String(cString: pointer).lowercased()
        let role: TagRole = PageBuilder.skippedTags.contains(name) ? .skipped
            : PageBuilder.headingTags.contains(name) ? .heading : PageBuilder.blockTags.contains(name) ? .block : .inline
        return TagInfo(name: name, role: role, kind: TagKind(name))
    }
}
