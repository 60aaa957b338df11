/// Page bytes read as UTF-8, with the record of how.
public struct DecodedPage: Sendable {
    /// The text as UTF-8 bytes, NUL-free, ready for libxml2 with an explicit "UTF-8".
    public var utf8: [UInt8]
    public var encoding: TextEncodingName
    public var declaredCharset: String?
    /// `bom`, `http-header`, `meta`, or `detected` (nothing declared, or the declaration was wrong).
    public var encodingSource: String
    public var replacedBytes: Int
    public var warnings: [String]
}

/// Decides a page's charset itself (BOM, HTTP header, `<meta>`, then checks the bytes) and transcodes
/// to UTF-8. libxml2 is never asked to guess: a GBK page labelled gb2312 or UTF-8 labelled gb2312
/// loses text silently when it does.
public enum PageDecoder {
    /// Above this share of undecodable bytes the input is not text in any encoding we read.
    static let garbageRatio = 0.02

    public static func decode(_ raw: [UInt8], httpCharset: String? = nil, input: String) throws(IngestError) -> DecodedPage {
        var warnings: [String] = []
        if let bom = bomEncoding(raw) {
            let body = Array(raw.dropFirst(bom == .utf8 ? 3 : 2))
            guard let text = Transcoder.toUTF8(body, from: bom) else {
                throw .unsupportedEncoding(input: input, label: bom.rawValue)
            }
            return try finish(text, encoding: bom, declared: nil, source: "bom", warnings: warnings, input: input)
        }

        var bytes = raw
        if ByteScan.containsNUL(bytes) {
            bytes.removeAll { $0 == 0 }
            warnings.append("removed NUL bytes from the input")
        }
        guard !bytes.isEmpty, bytes.contains(where: { !isASCIISpace($0) }) else { throw .empty(input: input) }

        let headerLabel = httpCharset
        let metaLabel = headerLabel == nil ? CharsetSniffer.metaCharset(in: bytes) : nil
        let declaredLabel = headerLabel ?? metaLabel
        let declaredSource = headerLabel != nil ? "http-header" : "meta"
        let declared = declaredLabel.flatMap(TextEncodingName.init(label:))
        if let declaredLabel, declared == nil {
            warnings.append("unknown charset label \"\(declaredLabel)\"; detected the encoding from the bytes")
        }

        let utf8Invalid = UTF8Validation.countInvalidBytes(bytes)
        // Valid UTF-8 with multi-byte sequences is UTF-8 whatever the label says: GBK or Big5 text
        // practically never forms valid UTF-8 by accident.
        if utf8Invalid == 0 && (declared == nil || declared == .utf8 || UTF8Validation.multibyteSequenceCount(bytes, limit: 4) >= 4) {
            let source = declared == .utf8 ? declaredSource : "detected"
            if let declared, declared != .utf8, let declaredLabel {
                warnings.append("declared charset \"\(declaredLabel)\" does not match the bytes, which are UTF-8")
            }
            return try finish(TranscodedText(utf8: bytes, replacedBytes: 0), encoding: .utf8,
                              declared: declaredLabel, source: source, warnings: warnings, input: input)
        }

        if let declared, declared != .utf8, let text = Transcoder.toUTF8(bytes, from: declared, stopAfterErrors: 0),
           text.replacedBytes == 0 {
            return try finish(text, encoding: declared, declared: declaredLabel, source: declaredSource,
                              warnings: warnings, input: input)
        }

        // The label is missing or wrong: take the candidate that decodes with the fewest bad bytes.
        var best: (TextEncodingName, TranscodedText)?
        for candidate in [TextEncodingName.gb18030, .big5HKSCS, .utf8] {
            let limit = best.map { $0.1.replacedBytes } ?? .max
            guard let text = Transcoder.toUTF8(bytes, from: candidate, stopAfterErrors: limit) else { continue }
            if text.replacedBytes < (best?.1.replacedBytes ?? .max) { best = (candidate, text) }
            if text.replacedBytes == 0 { break }
        }
        guard let (encoding, text) = best else { throw .unsupportedEncoding(input: input, label: declaredLabel ?? "unknown") }
        if let declaredLabel, declared != encoding {
            warnings.append("declared charset \"\(declaredLabel)\" does not decode these bytes; read them as \(encoding.rawValue)")
        }
        return try finish(text, encoding: encoding, declared: declaredLabel,
                          source: declared == encoding ? declaredSource : "detected", warnings: warnings, input: input)
    }

    private static func finish(_ text: TranscodedText, encoding: TextEncodingName, declared: String?, source: String,
                               warnings: [String], input: String) throws(IngestError) -> DecodedPage {
        var warnings = warnings
        let total = max(text.utf8.count, 1)
        if Double(text.replacedBytes) / Double(total) > garbageRatio {
            throw .notText(input: input, reason: "\(text.replacedBytes) bytes are invalid in UTF-8, GB18030 and Big5 alike (binary data?)")
        }
        // Binary data shows itself early: judge control characters on the first 64 KiB.
        let sample = min(text.utf8.count, 64 * 1024)
        let controls = text.utf8.withUnsafeBufferPointer { ByteScan.controlCount(UnsafeBufferPointer(rebasing: $0.prefix(sample))) }
        if Double(controls) / Double(max(sample, 1)) > 0.01 {
            throw .notText(input: input, reason: "\(controls) control characters (binary data?)")
        }
        if text.replacedBytes > 0 {
            warnings.append("\(text.replacedBytes) undecodable bytes replaced by U+FFFD")
        }
        var utf8 = text.utf8
        if controls > 0 || sample < text.utf8.count && ByteScan.containsByte(below: 0x09, in: text.utf8) {
            utf8.removeAll { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        }
        return DecodedPage(utf8: utf8, encoding: encoding, declaredCharset: declared, encodingSource: source,
                           replacedBytes: text.replacedBytes, warnings: warnings)
    }

    private static func bomEncoding(_ bytes: [UInt8]) -> TextEncodingName? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8 }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return .utf16LE }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return .utf16BE }
        return nil
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
