import YaodianText
/// A parsed page flattened for extraction: every visible element with the range of text lines it
/// holds, the lines themselves in reading order, its links and head metadata. Built as libxml2
/// parses (`HTMLEventParser`, `PageBuilder`), without recursion, so deep nesting cannot overflow
/// the stack.
struct Page: Sendable {
    var title: String?
    /// `<meta name|property|http-equiv=… content=…>`, names lowercased.
    var metas: [(name: String, content: String)] = []
    var baseHref: String?
    var elements: [PageElement] = []
    var lines: [PageLine] = []
    var links: [PageLink] = []
    /// Text of scripts that may carry data (listing pages render entries from inline JSON).
    var scripts: [String] = []
    /// Text of HTML comments in the body (some CMSs keep listings in them).
    var comments: [String] = []
    /// Per element: -1 inside a sidebar, share bar or teaser box (see `BodyLocator.inheritedHints`).
    /// Filled once by `NoticeExtractor`; empty until then, when every element counts as neutral.
    var containerHints: [Double] = []
    /// True when libxml2 stopped early because the nesting went past its depth limit.
    var hitDepthLimit = false
    /// True when libxml2 did not start a script or style where `RawTextElements` took a content
    /// out: the page is then parsed again with its contents in place.
    var rawTextMismatch = false

    /// The container hint of an element's line: negative inside sidebars and teaser boxes.
    func containerHint(of element: Int) -> Double {
        element >= 0 && element < containerHints.count ? containerHints[element] : 0
    }

    func meta(_ name: String) -> String? {
        metas.first { $0.name == name && !$0.content.isEmpty }?.content
    }

    /// Lines inside an element, in order.
    func lines(in element: Int) -> ArraySlice<PageLine> {
        let el = elements[element]
        return lines[el.lineStart..<el.lineEnd]
    }

    /// True when `element` is `ancestor` or lies inside it.
    func isInside(_ element: Int, _ ancestor: Int) -> Bool {
        var current = element
        while current >= 0 {
            if current == ancestor { return true }
            if current < ancestor { return false }
            current = elements[current].parent
        }
        return false
    }
}

/// How an element shapes the text flow.
enum TagRole: Sendable {
    /// Never holds document text (script, style, iframe, form controls).
    case skipped
    /// Ends the line before and after it (p, div, li, tr …).
    case block
    /// A block that is a heading (h1–h6).
    case heading
    /// Text flows through it (span, a, font, td …).
    case inline
}

struct PageElement: Sendable {
    var tag: String
    var role: TagRole
    var id: String
    /// The class attribute, lowercased.
    var classes: String
    var parent: Int
    var depth: Int
    var lineStart: Int
    var lineEnd: Int

    /// Whether the class list holds `name` as a whole word (compared as bytes, no allocation).
    func hasClass(_ name: String) -> Bool {
        guard !classes.isEmpty, classes.includes(name) else { return false }
        return classes.split(separator: " ").contains { $0 == name }
    }
}

/// One line of visible text: a paragraph, a heading, a table row (cells joined by a tab),
/// or a `<br>`-separated line.
struct PageLine: Sendable {
    var text: String
    /// The text without any spaces: the form every lexicon rule matches against.
    var compact: String
    /// What the line is to a reader, decided once when the line is made.
    var kind: LineKind
    /// The innermost element open where the line starts.
    var element: Int
    /// Non-space characters, and how many of them sit inside links.
    var chars: Int
    var linkChars: Int
    /// Chinese sentence punctuation (，。；：、！？) — the mark of prose.
    var punctuation: Int
    var isHeading: Bool
    /// Source line of the text in the HTML file.
    var sourceLine: Int

    var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
}

enum LineKind: Sendable {
    /// Prose, headings, table rows: candidate document text.
    case text
    /// Page furniture (breadcrumbs, 分享到, 打印本页, copyright lines, QR-code notes).
    case chrome
    /// Metadata lines and table rows (发布日期, 来源, 访问量, 索引号 …).
    case metadata

    init(compact: String) {
        self = ChromeLexicon.kind(ofCompact: compact)
    }
}

extension PageLine {
    /// Makes a line from trimmed text, counting what the scorers need.
    init(text: String, element: Int, linkChars: Int = 0, isHeading: Bool, sourceLine: Int) {
        var compact = TextNormalizer.compact(text)
        let (chars, punctuation) = compact.withUTF8(Self.count)
        self.init(text: text, compact: compact, kind: LineKind(compact: compact), element: element, chars: chars,
                  linkChars: min(linkChars, chars), punctuation: punctuation, isHeading: isHeading, sourceLine: sourceLine)
    }
}

extension PageLine {
    /// Scalars, and the sentence punctuation among them (`TextNormalizer.isSentencePunctuation`),
    /// counted on UTF-8 bytes: a scalar is a byte that does not continue one.
    static func count(_ utf8: UnsafeBufferPointer<UInt8>) -> (chars: Int, punctuation: Int) {
        var chars = 0
        var punctuation = 0
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            if byte & 0xC0 != 0x80 { chars += 1 }
            switch byte {
            case 0x2C, 0x3B:  // , ;
                punctuation += 1
            case 0xEF where index + 2 < count && utf8[index + 1] == 0xBC:
                // ！ U+FF01, ， U+FF0C, ： U+FF1A, ； U+FF1B, ？ U+FF1F
                switch utf8[index + 2] {
                case 0x81, 0x8C, 0x9A, 0x9B, 0x9F: punctuation += 1
                default: break
                }
            case 0xE3 where index + 2 < count && utf8[index + 1] == 0x80:
                // 、 U+3001, 。 U+3002
                if utf8[index + 2] == 0x81 || utf8[index + 2] == 0x82 { punctuation += 1 }
            default:
                break
            }
            index += 1
        }
        return (chars, punctuation)
    }
}

struct PageLink: Sendable {
    var href: String
    var text: String
    var title: String?
    var line: Int
    var element: Int
}
