internal import CLibOpenCC
import Foundation
import YaodianText

/// Traditional → simplified Chinese through OpenCC (`t2s`), so 繁體 documents (reposts of 北仑's
/// summary) parse with the same lexicon as simplified ones. Offsets are kept: OpenCC's `t2s`
/// maps characters and phrases to the same number of characters in these documents, and
/// `simplified(_:)` checks that and falls back to the input otherwise.
public final class ChineseScript: @unchecked Sendable {
    /// One converter for the process: loading OpenCC's dictionaries takes milliseconds.
    /// `@unchecked Sendable`: the OpenCC handle is only used under `lock`.
    public static let shared = ChineseScript()

    private let handle: opencc_t?
    private let lock = NSLock()
    /// OpenCC's answer for single characters, filled as characters are first met: whether `t2s`
    /// changes the character on its own. Nearly all documents are simplified, and this lets
    /// `isTraditional` settle them without converting their opening (~400K instructions each).
    /// Guarded by `answersLock` (an NSLock, like `lock`: the package still builds for macOS 13,
    /// where Synchronization's Mutex is not available).
    private var changesAlone: [UInt32: Bool] = [:]
    private let answersLock = NSLock()

    private init() {
        let opened = opencc_open("t2s.json")
        // opencc_open returns (opencc_t)-1 when the configuration or its dictionaries are missing.
        handle = (opened == nil || Int(bitPattern: opened) == -1) ? nil : opened
    }

    deinit {
        if let handle { opencc_close(handle) }
    }

    /// Set by `PlanParser` for the duration of one document it found to be in simplified script:
    /// then every `simplified(_:)` call is the identity and costs nothing (OpenCC converts about
    /// 5 MB/s, and most documents need no conversion).
    @TaskLocal public static var documentIsSimplified = false

    /// Whether a document is written in traditional characters, judged by OpenCC on its opening
    /// (its first 64 non-ASCII characters: titles and openings are full of characters that differ
    /// between the scripts).
    public func isTraditional(_ paragraphs: [String]) -> Bool {
        // Counted as they are collected: `UnicodeScalarView.count` walks the whole view each time.
        var opening: [Unicode.Scalar] = []
        opening.reserveCapacity(64)
        for paragraph in paragraphs {
            for scalar in paragraph.unicodeScalars where scalar.value >= 0x80 {
                opening.append(scalar)
                if opening.count >= 64 { break }
            }
            if opening.count >= 64 { break }
        }
        // No character that OpenCC changes on its own: the opening is simplified. Otherwise the
        // whole opening goes through OpenCC as before (its phrases decide the rare mixed cases).
        guard handle != nil, opening.contains(where: changesOnItsOwn) else { return false }
        let sample = ScalarText.string(opening)
        return Self.$documentIsSimplified.withValue(false) { simplified(sample) != sample }
    }

    /// Whether OpenCC's `t2s` converts this one character to something else, memoised per scalar.
    private func changesOnItsOwn(_ scalar: Unicode.Scalar) -> Bool {
        if let known = answersLock.withLock({ changesAlone[scalar.value] }) { return known }
        let alone = String(Character(scalar))
        let changes = Self.$documentIsSimplified.withValue(false) { simplified(alone) != alone }
        answersLock.withLock { changesAlone[scalar.value] = changes }
        return changes
    }

    /// True when OpenCC and its t2s data are installed.
    public var isAvailable: Bool { handle != nil }

    /// Conversions already made for the document being parsed (its paragraphs, converted in one
    /// call by `simplified(_: [String])`), set by `PlanParser` for the duration of that document.
    @TaskLocal public static var documentConversions: [String: String] = [:]

    /// The text in simplified characters, character for character (same length in scalars).
    public func simplified(_ text: String) -> String {
        guard !Self.documentIsSimplified, let handle, Self.mayHoldTraditional(text) else { return text }
        if let known = Self.documentConversions[text] { return known }
        return convert(text, handle: handle)
    }

    /// Several texts in simplified characters, each as `simplified(_:)` gives it, in one OpenCC
    /// call: OpenCC converts one long text about three times as fast as the same text in
    /// paragraphs. Texts are joined by line breaks, which no OpenCC phrase spans.
    public func simplified(_ texts: [String]) -> [String] {
        guard !Self.documentIsSimplified, let handle else { return texts }
        // Only what is not known already and may hold traditional characters goes to OpenCC.
        var result = texts.map { Self.documentConversions[$0] ?? $0 }
        let pending = texts.indices.filter { Self.documentConversions[texts[$0]] == nil && Self.mayHoldTraditional(texts[$0]) }
        guard pending.count > 1 else {
            for index in pending { result[index] = convert(texts[index], handle: handle) }
            return result
        }
        let joined = rawConversion(pending.map { texts[$0] }.joined(separator: "\n"), handle: handle)
        let lines = joined?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
        var next = 0
        for index in pending {
            let text = texts[index]
            let count = text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            guard next + count <= lines.count else { return texts.map(simplified) }
            let converted = lines[next..<(next + count)].joined(separator: "\n")
            next += count
            if converted.unicodeScalars.count == text.unicodeScalars.count { result[index] = converted }
        }
        return next == lines.count ? result : texts.map(simplified)
    }

    private func convert(_ text: String, handle: opencc_t) -> String {
        guard let converted = rawConversion(text, handle: handle),
              converted.unicodeScalars.count == text.unicodeScalars.count else { return text }
        return converted
    }

    /// OpenCC's conversion as it comes, nil when the call fails.
    private func rawConversion(_ text: String, handle: opencc_t) -> String? {
        lock.withLock {
            var input = text
            return input.withUTF8 { bytes -> String? in
                guard let base = bytes.baseAddress else { return nil }
                let raw = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                    opencc_convert_utf8(handle, chars, bytes.count)
                }
                guard let raw else { return nil }
                defer { opencc_convert_utf8_free(raw) }
                return String(cString: raw)
            }
        }
    }

    /// Pure ASCII needs no conversion: skip the library call.
    private static func mayHoldTraditional(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 0x80 }
    }
}
