#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import YaodianText

/// Script and style contents taken out of a page before libxml2 parses it. libxml2 reads them a
/// character at a time (a third of the bytes of a typical bureau page), and nothing in them is
/// document text; the few scripts the extractor reads (inline JSON listings) are read from the page
/// bytes instead. Each content is replaced by its line breaks, so the parser's line numbers stay those
/// of the page.
///
/// The scan only takes out what libxml2 would certainly read as script or style text: it follows
/// libxml2's tokenizer for what hides a `<script` (comments, other tags' attribute values, PIs,
/// doctypes), and when in doubt it skips more of the page rather than less, leaving contents for
/// libxml2 to read as before. A content starting with `<`, holding a control character or a
/// non-character, or with no `</script` after it stays in place.
struct RawTextElements {
    /// One content taken out.
    struct Replaced: Sendable {
        /// Where its start tag's `>` sits in `parsedBytes`: where libxml2 stands when it reports the element.
        let tagEnd: Int
        /// The content in the page's bytes.
        let content: Range<Int>
    }

    /// The page as libxml2 gets it.
    let parsedBytes: [UInt8]
    /// The contents taken out, in page order.
    let replaced: [Replaced]

    init(page: [UInt8]) {
        var scanner = Scanner()
        page.withUnsafeBufferPointer { scanner.scan($0) }
        guard !scanner.replaced.isEmpty else {
            parsedBytes = page
            replaced = []
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(page.count)
        var copied = 0
        var found: [Replaced] = []
        found.reserveCapacity(scanner.replaced.count)
        for (content, lineFeeds) in scanner.replaced {
            bytes.append(contentsOf: page[copied..<content.lowerBound])
            found.append(Replaced(tagEnd: bytes.count - 1, content: content))
            bytes.append(contentsOf: repeatElement(0x0A, count: lineFeeds))
            copied = content.upperBound
        }
        bytes.append(contentsOf: page[copied...])
        parsedBytes = bytes
        replaced = found
    }

    /// Finds the contents to take out, following libxml2 2.9's HTML tokenizer.
    private struct Scanner {
        /// Each content to take out, with the line feeds that stand in for it.
        var replaced: [(content: Range<Int>, lineFeeds: Int)] = []

        mutating func scan(_ page: UnsafeBufferPointer<UInt8>) {
            guard let base = page.baseAddress else { return }
            let count = page.count
            var index = 0
            while let open = Self.find(0x3C, in: base, from: index, count: count) {  // <
                guard open + 1 < count else { return }
                let next = base[open + 1]
                if next == 0x21 {  // <!
                    if open + 3 < count, base[open + 2] == 0x2D, base[open + 3] == 0x2D {
                        // A comment ends at the first --> after <!--.
                        let commentEnd: StaticString = "-->"
                        guard open + 4 <= count, let end = TextSearch.firstIndex(
                            of: UnsafeBufferPointer(start: commentEnd.utf8Start, count: commentEnd.utf8CodeUnitCount),
                            in: UnsafeBufferPointer(start: base + open + 4, count: count - open - 4))
                        else { return }
                        index = open + 4 + end + 3
                    } else {
                        guard let end = Self.find(0x3E, in: base, from: open + 2, count: count) else { return }
                        index = end + 1
                    }
                } else if next == 0x3F || next == 0x2F {  // <? a processing instruction, </ an end tag: to the next >
                    guard let end = Self.find(0x3E, in: base, from: open + 2, count: count) else { return }
                    index = end + 1
                } else if Self.startsName(next) {
                    guard let resume = startTag(base, at: open, count: count) else { return }
                    index = resume
                } else {
                    index = open + 1  // a < that starts nothing is text
                }
            }
        }

        /// Reads the start tag at `open`; returns where to go on, nil when the page ends inside it.
        private mutating func startTag(_ base: UnsafePointer<UInt8>, at open: Int, count: Int) -> Int? {
            var index = open + 1
            while index < count && Self.isNameByte(base[index]) { index += 1 }
            let name = UnsafeBufferPointer(start: base + open + 1, count: index - open - 1)
            let rawText: StaticString? = Self.equalsIgnoringCase(name, "script") ? "script"
                : Self.equalsIgnoringCase(name, "style") ? "style" : nil
            // Without quotes the tag ends at the first > (unless a / stands before it: `src=a.js/>`
            // is a value and a >, `a />` an empty element); with them, the attributes are read as
            // libxml2's htmlParseStartTag reads them, to the > or /> that ends the tag.
            if let end = Self.find(0x3E, in: base, from: index, count: count), base[end - 1] != 0x2F,
               Self.find(0x22, in: base, from: index, count: end) == nil, Self.find(0x27, in: base, from: index, count: end) == nil {
                index = end
            }
            while true {
                guard index < count else { return nil }
                let byte = base[index]
                if byte == 0x3E { break }
                if byte == 0x2F, index + 1 < count, base[index + 1] == 0x3E {
                    return index + 2  // <script/> has no content
                }
                if Self.isBlank(byte) {
                    index += 1
                    continue
                }
                if Self.startsName(byte) || byte == 0x2E {
                    while index < count && Self.isNameByte(base[index]) { index += 1 }
                    while index < count && Self.isBlank(base[index]) { index += 1 }
                    guard index < count, base[index] == 0x3D else { continue }  // =
                    index += 1
                    while index < count && Self.isBlank(base[index]) { index += 1 }
                    guard index < count else { return nil }
                    let quote = base[index]
                    if quote == 0x22 || quote == 0x27 {
                        guard let close = Self.find(quote, in: base, from: index + 1, count: count) else { return nil }
                        index = close + 1
                    } else {
                        while index < count && !Self.isBlank(base[index]) && base[index] != 0x3E { index += 1 }
                    }
                } else {
                    // A bogus attribute: libxml2 drops it up to the next blank or the end of the tag.
                    while index < count, !Self.isBlank(base[index]), base[index] != 0x3E,
                          !(base[index] == 0x2F && index + 1 < count && base[index + 1] == 0x3E) { index += 1 }
                }
            }
            let tagEnd = index
            guard let rawText else { return tagEnd + 1 }
            let start = tagEnd + 1
            guard let (close, isOneRun) = Self.closingTag(rawText, in: base, from: start, count: count) else { return nil }
            // libxml2 looks for tags first where a content starts with <; otherwise it reads the content
            // as one run of text unless a character it drops or stops at is in it.
            if isOneRun, start < close, base[start] != 0x3C,
               let lineFeeds = ByteScan.lineFeedsInPlainText(UnsafeBufferPointer(start: base + start, count: close - start)) {
                replaced.append((start..<close, lineFeeds))
            }
            return close
        }

        /// Where libxml2 ends a script or style: at the first `</script` / `</style` that is that end
        /// tag (the name ends there). An earlier `</scripts…` stops libxml2's text run too, but as a
        /// stray end tag it is dropped and the content goes on: then the content is not one run.
        private static func closingTag(_ name: StaticString, in base: UnsafePointer<UInt8>, from start: Int,
                                       count: Int) -> (close: Int, isOneRun: Bool)? {
            let length = name.utf8CodeUnitCount
            var isOneRun = true
            var index = start
            while let open = find(0x3C, in: base, from: index, count: count) {
                if open + 2 + length <= count, base[open + 1] == 0x2F,
                   equalsIgnoringCase(UnsafeBufferPointer(start: base + open + 2, count: length), name) {
                    guard open + 2 + length < count else { return nil }
                    if !isNameByte(base[open + 2 + length]) { return (open, isOneRun) }
                    isOneRun = false
                }
                index = open + 1
            }
            return nil
        }

        private static func find(_ byte: UInt8, in base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int? {
            guard start < count, let hit = memchr(base + start, Int32(byte), count - start) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }

        private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
            guard bytes.count == name.utf8CodeUnitCount else { return false }
            for (offset, byte) in bytes.enumerated() where byte | 0x20 != name.utf8Start[offset] { return false }
            return true
        }

        /// What may start a tag name, taken broadly: skipping a tag libxml2 reads as text only
        /// leaves more of the page to libxml2.
        private static func startsName(_ byte: UInt8) -> Bool {
            (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F || byte == 0x3A
        }

        private static func isNameByte(_ byte: UInt8) -> Bool {
            startsName(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
        }

        private static func isBlank(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
    }
}
