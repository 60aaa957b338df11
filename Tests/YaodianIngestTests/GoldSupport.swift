import Crypto
import Foundation
import XCTest
import YaodianIngest
import YaodianModel

// Helpers shared by the gold-file tests: loading `*.gold.json`, the text normalisations the gold
// READMEs prescribe (../shared/fixtures/README.md, ../shared/corpus/real/README.md) and the
// boundary / bigram scores of ../shared/tools/extract_bench.py, re-implemented in Swift.

// MARK: - JSON

/// Any JSON value; the gold files mix shapes (`encoding` is a string in fixtures, an object in real pages).
enum JSONValue: Decodable, Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    var string: String? {
        if case let .string(value) = self { return value }
        return nil
    }

    var int: Int? {
        if case let .number(value) = self { return Int(exactly: value) }
        return nil
    }

    var isNull: Bool { self == .null }

    subscript(key: String) -> JSONValue? {
        if case let .object(members) = self { return members[key] }
        return nil
    }

    /// The non-null strings of an array value.
    var strings: [String] {
        if case let .array(items) = self { return items.compactMap(\.string) }
        return []
    }
}

/// One `NAME.gold.json`.
struct Gold: Sendable {
    let name: String
    let json: JSONValue

    /// Whether the key is present at all (a present `null` is a claim: "there is none").
    func has(_ key: String) -> Bool { json[key] != nil }

    /// The string value of a key, nil when absent or null.
    func string(_ key: String) -> String? { json[key]?.string }

    subscript(key: String) -> JSONValue? { json[key] }
}

// MARK: - Fixture files

enum FixtureFiles {
    /// The copied test data (`Tests/YaodianIngestTests/Fixtures`) inside the test bundle.
    static func root() throws -> URL {
        try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil),
                      "Fixtures folder missing from the test bundle")
    }

    static func url(_ folder: String, _ file: String) throws -> URL {
        try root().appendingPathComponent(folder).appendingPathComponent(file)
    }

    static func gold(_ folder: String, _ name: String) throws -> Gold {
        let data = try Data(contentsOf: url(folder, name + ".gold.json"))
        return Gold(name: name, json: try JSONDecoder().decode(JSONValue.self, from: data))
    }

    /// Page names (file name without `.gold.json`) that have a gold file in the folder.
    static func goldNames(in folder: String) throws -> [String] {
        let files = try FileManager.default.contentsOfDirectory(atPath: root().appendingPathComponent(folder).path)
        return files.filter { $0.hasSuffix(".gold.json") }.map { String($0.dropLast(".gold.json".count)) }.sorted()
    }

    /// The package root (the folder with Package.swift), found from this file's path.
    static func packageRoot(filePath: StaticString = #filePath) -> URL {
        URL(fileURLWithPath: "\(filePath)")
            .deletingLastPathComponent() // YaodianIngestTests
            .deletingLastPathComponent() // Tests
            .deletingLastPathComponent() // package root
    }
}

// MARK: - Text normalisation

enum GoldText {
    /// Python's `str.isspace()` set (what `\s` matches in extract_bench.py): Unicode White_Space
    /// plus the four ASCII separators U+001C...U+001F. Includes U+3000 and U+00A0.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }

    /// All whitespace removed (titles, doc numbers, issuers).
    static func removingWhitespace(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isWhitespace($0) })
        return String(scalars)
    }

    /// One paragraph as the fixtures README compares it: trimmed, whitespace runs collapsed to one space.
    static func collapsed(_ paragraph: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in paragraph.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !scalars.isEmpty
            } else {
                if pendingSpace { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    static func nfkc(_ text: String) -> String { text.precomposedStringWithCompatibilityMapping }

    /// extract_bench.py `norm_alnum`: NFKC, then only letters and digits (Unicode L* and N*).
    static func alnum(_ text: String) -> [Unicode.Scalar] {
        nfkc(text).unicodeScalars.filter { scalar in
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                return true
            default:
                return false
            }
        }
    }

    /// extract_bench.py `norm_text`: NFKC, then all whitespace removed (the bigram unit string).
    static func noWhitespace(_ text: String) -> [Unicode.Scalar] {
        nfkc(text).unicodeScalars.filter { !isWhitespace($0) }
    }

    /// Short, single-line rendering of a value for assertion messages.
    static func show(_ value: String?, limit: Int = 120) -> String {
        guard let value else { return "nil" }
        let flat = value.replacingOccurrences(of: "\n", with: "⏎")
        return flat.count > limit ? "«\(flat.prefix(limit))…» (\(flat.count) chars)" : "«\(flat)»"
    }

    static func show(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return "«\(String(view))»"
    }
}

// MARK: - Scores (extract_bench.py)

enum GoldScore {
    /// The letters-and-digits length of the boundary strings when the gold has only body_text.
    static let boundaryLength = 30

    struct Boundaries {
        var goldFirst: [Unicode.Scalar]
        var goldLast: [Unicode.Scalar]
        var output: [Unicode.Scalar]
        /// Letters/digits before the first occurrence of body_first, nil when not found.
        var pre: Int?
        /// Letters/digits after the last occurrence of body_last, nil when not found.
        var post: Int?
    }

    /// extract_bench.py `score`: gold body_first / body_last (or the first / last 30 letters and digits of
    /// body_text) found in the output, and the letters/digits outside them.
    static func boundaries(body: String, goldFirst: String?, goldLast: String?, goldBody: String?) -> Boundaries {
        let bodyAlnum = goldBody.map(GoldText.alnum) ?? []
        let first = goldFirst.flatMap { $0.isEmpty ? nil : GoldText.alnum($0) } ?? Array(bodyAlnum.prefix(boundaryLength))
        let last = goldLast.flatMap { $0.isEmpty ? nil : GoldText.alnum($0) } ?? Array(bodyAlnum.suffix(boundaryLength))
        let output = GoldText.alnum(body)
        let pf = firstIndex(of: first, in: output)
        let pl = lastIndex(of: last, in: output)
        return Boundaries(goldFirst: first, goldLast: last, output: output, pre: pf,
                          post: pl.map { output.count - ($0 + last.count) })
    }

    static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var start = 0
        while start <= haystack.count - needle.count {
            if matches(needle, haystack, at: start) { return start }
            start += 1
        }
        return nil
    }

    static func lastIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var start = haystack.count - needle.count
        while start >= 0 {
            if matches(needle, haystack, at: start) { return start }
            start -= 1
        }
        return nil
    }

    private static func matches(_ needle: [Unicode.Scalar], _ haystack: [Unicode.Scalar], at start: Int) -> Bool {
        for offset in 0..<needle.count where haystack[start + offset] != needle[offset] { return false }
        return true
    }

    /// Multiset of character bigrams (a one-character string is one unigram), as extract_bench.py `bigrams`.
    static func bigrams(_ scalars: [Unicode.Scalar]) -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        if scalars.count < 2 {
            if let only = scalars.first { counts[UInt64(only.value), default: 0] += 1 }
            return counts
        }
        counts.reserveCapacity(scalars.count)
        for index in 0..<(scalars.count - 1) {
            let key = (UInt64(scalars[index].value) << 32) | UInt64(scalars[index + 1].value)
            counts[key, default: 0] += 1
        }
        return counts
    }

    /// Body precision / recall / F1 over NFKC, whitespace-free character bigrams (extract_bench.py `prf`).
    static func bigramPRF(output: String, gold: String) -> (precision: Double, recall: Double, f1: Double) {
        let out = bigrams(GoldText.noWhitespace(output))
        let ref = bigrams(GoldText.noWhitespace(gold))
        let nOut = out.values.reduce(0, +)
        let nRef = ref.values.reduce(0, +)
        guard nOut > 0, nRef > 0 else { return (0, 0, 0) }
        var overlap = 0
        for (key, count) in out { overlap += min(count, ref[key] ?? 0) }
        let p = Double(overlap) / Double(nOut)
        let r = Double(overlap) / Double(nRef)
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
    }
}

// MARK: - Encoding names

enum EncodingNames {
    /// The gold / Python codec names that mean the same decoder as ours.
    static func family(_ ours: String) -> Set<String> {
        switch ours.lowercased() {
        case "utf-8": return ["utf-8", "utf8"]
        case "gb18030": return ["gb18030", "gbk", "gb2312", "cp936"]
        case "big5-hkscs": return ["big5-hkscs", "big5hkscs", "big5", "cp950"]
        default: return [ours.lowercased()]
        }
    }

    static func accepted(_ ours: String, by accept: [String]) -> Bool {
        !family(ours).isDisjoint(with: accept.map { $0.lowercased() })
    }
}

// MARK: - SHA-256 (to check the gold hashes of the fixtures we copied)

enum SHA256Digest {
    static func hex(_ text: String) -> String { hex(Array(text.utf8)) }

    static func hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}

// MARK: - Checks against one gold file

/// Which gold conventions apply: the fixtures README or the real-corpus README.
enum GoldFlavor {
    case fixture, bad, real
}

enum GoldCheck {
    /// Most letters/digits of boilerplate allowed before body_first and after body_last.
    static let maxBoilerplate = 10
    /// Smallest acceptable character-bigram F1 against a full gold body_text.
    static let minBigramF1 = 0.99

    /// Ingests the page, failing (with the error's description) if it throws.
    static func ingest(_ path: String, page: String, file: StaticString = #filePath, line: UInt = #line) -> IngestedDocument? {
        do {
            return try Ingester().ingestFile(atPath: path)
        } catch {
            XCTFail("[\(page)] ingest: threw \(error) — gold expects a document", file: file, line: line)
            return nil
        }
    }

    /// Every field the gold file states, one assertion per field, each naming the page and the field.
    static func article(_ doc: IngestedDocument, gold: Gold, flavor: GoldFlavor, page: String,
                        file: StaticString = #filePath, line: UInt = #line) {
        let notice = doc.notice

        // title: exact after removing all whitespace
        if let title = gold.string("title") {
            let actual = notice.title.map(GoldText.removingWhitespace)
            XCTAssertEqual(actual, GoldText.removingWhitespace(title),
                           "[\(page)] title: actual=\(GoldText.show(notice.title)) gold=\(GoldText.show(title))",
                           file: file, line: line)
        }

        // publish_date (null means none)
        if gold.has("publish_date") {
            let expected = gold.string("publish_date")
            XCTAssertEqual(notice.publishDate?.description, expected,
                           "[\(page)] publish_date: actual=\(GoldText.show(notice.publishDate?.description)) gold=\(GoldText.show(expected))",
                           file: file, line: line)
        }

        // written_date → signedDate (fixtures, only where the gold has one)
        if flavor == .fixture, let written = gold.string("written_date") {
            XCTAssertEqual(notice.signedDate?.description, written,
                           "[\(page)] written_date→signedDate: actual=\(GoldText.show(notice.signedDate?.description)) gold=\(GoldText.show(written))",
                           file: file, line: line)
        }

        // doc_number (null means nil); the real-page README compares with whitespace removed
        if gold.has("doc_number") {
            let expected = gold.string("doc_number")
            let message = "[\(page)] doc_number: actual=\(GoldText.show(notice.docNumber)) gold=\(GoldText.show(expected))"
            if flavor == .real {
                XCTAssertEqual(notice.docNumber.map(GoldText.removingWhitespace), expected.map(GoldText.removingWhitespace),
                               message, file: file, line: line)
            } else {
                XCTAssertEqual(notice.docNumber, expected, message, file: file, line: line)
            }
        }

        // issuer: any of source_org_accept, or source_org; not asserted when the gold names none
        if let sourceOrg = gold.string("source_org") {
            let accept = [sourceOrg] + (gold["source_org_accept"]?.strings ?? [])
            let normalisedAccept = Set(accept.map(GoldText.removingWhitespace))
            let actual = notice.issuer.map(GoldText.removingWhitespace)
            XCTAssertTrue(actual.map(normalisedAccept.contains) ?? false,
                          "[\(page)] issuer: actual=\(GoldText.show(notice.issuer)) gold accepts \(accept.map { GoldText.show($0) }.joined(separator: " | "))",
                          file: file, line: line)
        }

        // encoding
        let accept: [String]
        switch flavor {
        case .fixture: accept = gold["encoding_accept"]?.strings ?? []
        case .bad: accept = gold.string("encoding").map { [$0] } ?? []
        case .real: accept = gold["encoding"]?["actual"]?.string.map { [$0] } ?? []
        }
        if !accept.isEmpty {
            XCTAssertTrue(EncodingNames.accepted(doc.source.encoding, by: accept),
                          "[\(page)] encoding: actual=\(GoldText.show(doc.source.encoding)) (source \(doc.source.encodingSource), declared \(GoldText.show(doc.source.declaredCharset))) gold accepts \(accept)",
                          file: file, line: line)
            // The accepted codecs decode the page strictly, so a right decoder replaces nothing.
            XCTAssertEqual(doc.source.replacedBytes, 0,
                           "[\(page)] replaced_bytes: actual=\(doc.source.replacedBytes) with encoding \(doc.source.encoding); gold encodings decode the page strictly",
                           file: file, line: line)
        }

        body(doc, gold: gold, page: page, file: file, line: line)
    }

    /// Body boundaries (always) and, when the gold has a full body_text, paragraphs and bigram F1.
    static func body(_ doc: IngestedDocument, gold: Gold, page: String, expectedBodyText: String? = nil,
                     file: StaticString = #filePath, line: UInt = #line) {
        let paragraphs = doc.notice.body
        let joined = paragraphs.joined(separator: "\n")
        let goldBody = expectedBodyText ?? gold.string("body_text")
        boundaries(joined, paragraphs: paragraphs, first: gold.string("body_first"), last: gold.string("body_last"),
                   goldBody: goldBody, page: page, file: file, line: line)
        if let goldBody {
            self.paragraphs(paragraphs, goldBody: goldBody, page: page, file: file, line: line)
            let (p, r, f1) = GoldScore.bigramPRF(output: joined, gold: goldBody)
            XCTAssertGreaterThanOrEqual(f1, minBigramF1,
                                        "[\(page)] body bigram F1: actual=\(fmt(f1)) (P=\(fmt(p)) R=\(fmt(r))) need ≥ \(minBigramF1)",
                                        file: file, line: line)
        }
    }

    static func boundaries(_ body: String, paragraphs: [String], first: String?, last: String?, goldBody: String?,
                           page: String, file: StaticString, line: UInt) {
        let result = GoldScore.boundaries(body: body, goldFirst: first, goldLast: last, goldBody: goldBody)
        let outputHead = GoldText.show(result.output.prefix(40))
        let outputTail = GoldText.show(result.output.suffix(40))
        let context = "output has \(paragraphs.count) paragraphs, \(result.output.count) letters/digits; first paragraph \(GoldText.show(paragraphs.first, limit: 80)), last paragraph \(GoldText.show(paragraphs.last, limit: 80))"
        if let pre = result.pre {
            XCTAssertLessThanOrEqual(pre, maxBoilerplate,
                                     "[\(page)] body_first: found after \(pre) letters/digits of leading boilerplate (max \(maxBoilerplate)); output starts \(outputHead), gold body_first \(GoldText.show(result.goldFirst[...]))",
                                     file: file, line: line)
        } else {
            XCTFail("[\(page)] body_first: not found; gold \(GoldText.show(result.goldFirst[...])), output starts \(outputHead); \(context)",
                    file: file, line: line)
        }
        if let post = result.post {
            XCTAssertLessThanOrEqual(post, maxBoilerplate,
                                     "[\(page)] body_last: \(post) letters/digits of trailing boilerplate after it (max \(maxBoilerplate)); output ends \(outputTail), gold body_last \(GoldText.show(result.goldLast[...]))",
                                     file: file, line: line)
        } else {
            XCTFail("[\(page)] body_last: not found; gold \(GoldText.show(result.goldLast[...])), output ends \(outputTail); \(context)",
                    file: file, line: line)
        }
    }

    /// Paragraph-by-paragraph equality after trimming and collapsing whitespace runs (fixtures README).
    static func paragraphs(_ actual: [String], goldBody: String, page: String, file: StaticString, line: UInt) {
        let got = actual.map(GoldText.collapsed)
        let want = goldBody.split(separator: "\n", omittingEmptySubsequences: false).map { GoldText.collapsed(String($0)) }
        guard got != want else { return }
        var details: [String] = ["count actual=\(got.count) gold=\(want.count)"]
        if let index = zip(got, want).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
            ?? (got.count != want.count ? min(got.count, want.count) : nil) {
            let a = index < got.count ? got[index] : nil
            let g = index < want.count ? want[index] : nil
            details.append("first difference at paragraph #\(index + 1): " + divergence(actual: a, gold: g))
        }
        let wantSet = Set(want), gotSet = Set(got)
        let extra = got.filter { !wantSet.contains($0) }
        let missing = want.filter { !gotSet.contains($0) }
        if !extra.isEmpty {
            details.append("\(extra.count) paragraphs not in gold, e.g. " + extra.prefix(3).map { GoldText.show($0, limit: 60) }.joined(separator: ", "))
        }
        if !missing.isEmpty {
            details.append("\(missing.count) gold paragraphs missing, e.g. " + missing.prefix(3).map { GoldText.show($0, limit: 60) }.joined(separator: ", "))
        }
        XCTFail("[\(page)] body paragraphs differ: " + details.joined(separator: "; "), file: file, line: line)
    }

    /// Two paragraphs shown from where they start to differ (long shared prefixes are elided).
    static func divergence(actual: String?, gold: String?) -> String {
        guard let actual, let gold else { return "actual=\(GoldText.show(actual)) gold=\(GoldText.show(gold))" }
        let shared = zip(actual, gold).prefix { $0 == $1 }.count
        guard shared > 20 else { return "actual=\(GoldText.show(actual)) gold=\(GoldText.show(gold))" }
        let from = shared - 10
        return "same first \(shared) characters, then actual=«…\(GoldText.show(String(actual.dropFirst(from)), limit: 80).dropFirst())"
            + " gold=«…\(GoldText.show(String(gold.dropFirst(from)), limit: 80).dropFirst()) (lengths \(actual.count) / \(gold.count))"
    }

    static func fmt(_ value: Double) -> String { String(format: "%.4f", value) }
}
