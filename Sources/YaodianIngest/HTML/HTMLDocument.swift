internal import CLibXML2

/// A libxml2 HTML document that owns its `htmlDocPtr` and frees it when released.
/// A document stays on the thread that uses it; separate documents parse in parallel.
final class HTMLDocument {
    let pointer: htmlDocPtr
    /// True when libxml2 stopped early because the nesting went past its depth limit.
    let hitDepthLimit: Bool

    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses UTF-8 bytes (already transcoded by `PageDecoder`) with an explicit "UTF-8" so that
    /// libxml2 never guesses the encoding from a `<meta>` that may lie.
    init(utf8 bytes: [UInt8], input: String) throws(IngestError) {
        _ = HTMLDocument.initialised
        yaodian_silence_errors()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        guard let context = htmlNewParserCtxt() else { throw .parserFailed(input: input) }
        defer { htmlFreeParserCtxt(context) }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    htmlCtxtReadMemory(context, chars, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let document else { throw .parserFailed(input: input) }
        pointer = document
        // XML_ERR_INTERNAL_ERROR with "Excessive depth" is how libxml2 reports its nesting limit.
        let lastError = context.pointee.lastError
        hitDepthLimit = lastError.code == Int32(XML_ERR_INTERNAL_ERROR.rawValue)
            && lastError.message.map { String(cString: $0).contains("depth") } == true
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }
}
