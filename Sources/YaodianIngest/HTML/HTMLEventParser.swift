internal import CLibXML2

/// Runs libxml2's HTML parser over a page and hands its events to a `PageBuilder`, without
/// building libxml2's tree: the parser does all of HTML's repairs (implied and auto-closed
/// elements, entities) and reports them as events, and the builder keeps only what it needs.
/// A parse stays on the thread that started it; separate pages parse in parallel.
enum HTMLEventParser {
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    private static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                                       | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_HUGE.rawValue)

    /// Parses UTF-8 bytes (already transcoded by `PageDecoder`) with an explicit "UTF-8" so that
    /// libxml2 never guesses the encoding from a `<meta>` that may lie.
    static func page(utf8 bytes: [UInt8], input: String) throws(IngestError) -> Page {
        let rawText = RawTextElements(page: bytes)
        let page = try parse(rawText.parsedBytes, replaced: rawText.replaced, page: bytes, input: input)
        // libxml2 did not start a script or style where the scan took its content out: the scan
        // misread the page, so it is parsed again whole (never seen on real pages; a safety net).
        guard page.rawTextMismatch else { return page }
        return try parse(bytes, replaced: [], page: bytes, input: input)
    }

    /// One libxml2 parse of `bytes`; `replaced` says which contents of `page` they stand in for
    /// (none: the page parsed with its script and style contents in place).
    static func parse(_ bytes: [UInt8], replaced: [RawTextElements.Replaced], page: [UInt8],
                      input: String) throws(IngestError) -> Page {
        _ = initialised
        yaodian_silence_errors()
        guard let context = htmlNewParserCtxt() else { throw .parserFailed(input: input) }
        defer { htmlFreeParserCtxt(context) }
        guard let handler = context.pointee.sax else { throw .parserFailed(input: input) }
        // Only the events the builder reads; with no startDocument libxml2 makes no tree at all.
        handler.pointee.startDocument = nil
        handler.pointee.endDocument = nil
        handler.pointee.internalSubset = nil
        handler.pointee.externalSubset = nil
        handler.pointee.reference = nil
        handler.pointee.ignorableWhitespace = nil
        handler.pointee.startElementNs = nil
        handler.pointee.endElementNs = nil
        handler.pointee.startElement = onStartElement
        handler.pointee.endElement = onEndElement
        handler.pointee.characters = onCharacters
        handler.pointee.cdataBlock = onCDATA
        handler.pointee.comment = onComment
        handler.pointee.processingInstruction = onProcessingInstruction

        var builder = PageBuilder(page: page, replaced: replaced)
        withUnsafeMutablePointer(to: &builder) { pointer in
            context.pointee._private = UnsafeMutableRawPointer(pointer)
            defer { context.pointee._private = nil }
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    // Returns the tree, which is nil here: there is none.
                    _ = htmlCtxtReadMemory(context, chars, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        // XML_ERR_INTERNAL_ERROR with "Excessive depth" is how libxml2 reports its nesting limit.
        let lastError = context.pointee.lastError
        let hitDepthLimit = lastError.code == Int32(XML_ERR_INTERNAL_ERROR.rawValue)
            && lastError.message.map { String(cString: $0).contains("depth") } == true
        builder.finish(hitDepthLimit: hitDepthLimit)
        return builder.page
    }

    // MARK: callbacks (C function pointers: no captures, the builder travels in the context)

    /// The builder and the parser's current line, from the callback's context (the parser context).
    private static func builder(_ context: UnsafeMutableRawPointer?) -> (UnsafeMutablePointer<PageBuilder>, Int)? {
        guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self),
              let builder = parser.pointee._private?.assumingMemoryBound(to: PageBuilder.self) else { return nil }
        return (builder, Int(parser.pointee.input?.pointee.line ?? 0))
    }

    /// Where the parser stands in the bytes it was given (the input is UTF-8 read as UTF-8, so
    /// libxml2's buffer offsets are those of the bytes).
    private static func offset(_ context: UnsafeMutableRawPointer?) -> Int {
        guard let input = context?.assumingMemoryBound(to: xmlParserCtxt.self).pointee.input,
              let cur = input.pointee.cur, let base = input.pointee.base else { return -1 }
        return Int(input.pointee.consumed) + (cur - base)
    }

    private static let onStartElement: startElementSAXFunc = { context, name, attributes in
        guard let (builder, _) = builder(context), let name else { return }
        builder.pointee.startElement(name, attributes: attributes, offset: offset(context))
    }

    private static let onEndElement: endElementSAXFunc = { context, _ in
        builder(context)?.0.pointee.endElement()
    }

    private static let onCharacters: charactersSAXFunc = { context, text, length in
        guard let (builder, line) = builder(context), let text, length > 0 else { return }
        builder.pointee.characters(text, length: Int(length), line: line)
    }

    private static let onCDATA: cdataBlockSAXFunc = { context, text, length in
        guard let (builder, _) = builder(context), let text, length > 0 else { return }
        builder.pointee.cdata(text, length: Int(length))
    }

    private static let onComment: commentSAXFunc = { context, text in
        guard let (builder, _) = builder(context), let text else { return }
        builder.pointee.comment(text)
    }

    private static let onProcessingInstruction: processingInstructionSAXFunc = { context, _, _ in
        builder(context)?.0.pointee.otherNode()
    }
}
