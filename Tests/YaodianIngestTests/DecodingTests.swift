import Foundation
import XCTest
@testable import YaodianIngest

/// PageDecoder, CharsetSniffer and TextEncodingName on bytes built by hand. Every multi-byte code below
/// was checked with glibc `iconv` (the converter the library itself uses):
///   GBK      中文 D6D0 CEC4 · 通知公告 CDA8 D6AA B9AB B8E6 · 朱镕基 D6EC E946 BBF9 (镕 is GBK, not GB2312)
///            关于印发工作要点的通知 B9D8 D3DA D3A1 B7A2 B9A4 D7F7 D2AA B5E3 B5C4 CDA8 D6AA
///   GB18030  • (U+2022) 81 36 A6 31 · 𠀀 (U+20000) 95 32 82 36 · € A2 E3
///   Big5     中文 A4A4 A4E5 · 通知公告 B371 AABE A4BD A769 · 科學技術局 ACEC BEC7 A7DE B34E A7BD
final class DecodingTests: XCTestCase {
    // MARK: byte material

    enum Bytes {
        static let gbkZhongwen: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4]
        static let gbkTongzhiGonggao: [UInt8] = [0xCD, 0xA8, 0xD6, 0xAA, 0xB9, 0xAB, 0xB8, 0xE6]
        static let gbkZhuRongji: [UInt8] = [0xD6, 0xEC, 0xE9, 0x46, 0xBB, 0xF9]
        static let gbkNoticeTitle: [UInt8] = [
            0xB9, 0xD8, 0xD3, 0xDA, 0xD3, 0xA1, 0xB7, 0xA2, 0xB9, 0xA4, 0xD7, 0xF7,
            0xD2, 0xAA, 0xB5, 0xE3, 0xB5, 0xC4, 0xCD, 0xA8, 0xD6, 0xAA,
        ]
        static let gb18030Bullet: [UInt8] = [0x81, 0x36, 0xA6, 0x31]
        static let gb18030Plane2: [UInt8] = [0x95, 0x32, 0x82, 0x36]
        static let gbEuro: [UInt8] = [0xA2, 0xE3]
        static let big5Zhongwen: [UInt8] = [0xA4, 0xA4, 0xA4, 0xE5]
        static let big5TongzhiGonggao: [UInt8] = [0xB3, 0x71, 0xAA, 0xBE, 0xA4, 0xBD, 0xA7, 0x69]
        static let big5Bureau: [UInt8] = [0xAC, 0xEC, 0xBE, 0xC7, 0xA7, 0xDE, 0xB3, 0x4E, 0xA7, 0xBD]

        static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }
        static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

        static func utf16LE(_ text: String) -> [UInt8] {
            text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        }

        /// Deterministic noise (a 64-bit LCG), so the "binary" row is the same on every run.
        static func noise(count: Int, seed: UInt64) -> [UInt8] {
            var state = seed
            return (0..<count).map { _ in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return UInt8(truncatingIfNeeded: state >> 33)
            }
        }

        static func page(meta: String?, body: [UInt8]) -> [UInt8] {
            var bytes = ascii("<!DOCTYPE html><html><head>")
            if let meta { bytes += ascii(meta) }
            bytes += ascii("<title>t</title></head><body><p>")
            bytes += body
            bytes += ascii("</p></body></html>\n")
            return bytes
        }
    }

    // MARK: decode rows

    struct DecodeRow: Sendable {
        var name: String
        var bytes: [UInt8]
        var http: String? = nil
        var encoding: TextEncodingName
        var source: String
        var declared: String?
        /// Substrings the decoded text must contain.
        var contains: [String]
        var excludes: [String] = []
        var replaced: Int = 0
        /// nil: not checked; []: no warnings at all; else each string must appear in some warning.
        var warnings: [String]? = []
    }

    static let decodeRows: [DecodeRow] = [
        DecodeRow(name: "utf8-bom-overrides-meta",
                  bytes: [0xEF, 0xBB, 0xBF] + Bytes.page(meta: "<meta charset=\"gbk\">", body: Bytes.utf8("中文通知公告")),
                  encoding: .utf8, source: "bom", declared: nil,
                  contains: ["<!DOCTYPE html>", "中文通知公告"], excludes: ["\u{FEFF}"], warnings: nil),
        DecodeRow(name: "utf16le-bom",
                  bytes: [0xFF, 0xFE] + Bytes.utf16LE("<html><body><p>中文通知公告</p></body></html>"),
                  encoding: .utf16LE, source: "bom", declared: nil,
                  contains: ["<p>中文通知公告</p>"], excludes: ["\u{FEFF}"], warnings: nil),
        DecodeRow(name: "gbk-labelled-gb2312-http-equiv",
                  bytes: Bytes.page(meta: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
                                    body: Bytes.gbkZhongwen + Bytes.gbkTongzhiGonggao),
                  encoding: .gb18030, source: "meta", declared: "gb2312", contains: ["中文通知公告"]),
        DecodeRow(name: "gbk-only-char-labelled-gb2312",
                  bytes: Bytes.page(meta: "<meta charset=gb2312>", body: Bytes.gbkZhuRongji + Bytes.gbkNoticeTitle),
                  encoding: .gb18030, source: "meta", declared: "gb2312", contains: ["朱镕基关于印发工作要点的通知"]),
        DecodeRow(name: "gbk-unlabelled-detected",
                  bytes: Bytes.page(meta: nil, body: Bytes.gbkNoticeTitle + Bytes.gbkTongzhiGonggao),
                  encoding: .gb18030, source: "detected", declared: nil, contains: ["关于印发工作要点的通知通知公告"]),
        DecodeRow(name: "gb18030-four-byte-sequences",
                  bytes: Bytes.page(meta: "<meta charset=\"GB2312\">",
                                    body: Bytes.gb18030Bullet + Bytes.gbkZhongwen + Bytes.gb18030Plane2 + Bytes.gbEuro),
                  encoding: .gb18030, source: "meta", declared: "GB2312", contains: ["•中文\u{20000}€"]),
        DecodeRow(name: "utf8-labelled-gb2312",
                  bytes: Bytes.page(meta: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
                                    body: Bytes.utf8("关于印发《2018年全市科技创新工作要点》的通知")),
                  encoding: .utf8, source: "detected", declared: "gb2312",
                  contains: ["关于印发《2018年全市科技创新工作要点》的通知"],
                  warnings: ["declared charset \"gb2312\" does not match the bytes, which are UTF-8"]),
        DecodeRow(name: "utf8-labelled-gbk-eight-chars",
                  bytes: Bytes.page(meta: "<meta charset=\"gbk\">", body: Bytes.utf8("科技创新工作要点")),
                  encoding: .utf8, source: "detected", declared: "gbk", contains: ["科技创新工作要点"],
                  warnings: ["\"gbk\" does not match"]),
        DecodeRow(name: "gbk-labelled-utf8",
                  bytes: Bytes.page(meta: "<meta charset=\"utf-8\">", body: Bytes.gbkNoticeTitle),
                  encoding: .gb18030, source: "detected", declared: "utf-8", contains: ["关于印发工作要点的通知"],
                  warnings: ["declared charset \"utf-8\" does not decode these bytes; read them as gb18030"]),
        DecodeRow(name: "http-header-beats-meta-gbk",
                  bytes: Bytes.page(meta: "<meta charset=\"big5\">", body: Bytes.gbkNoticeTitle),
                  http: "GBK", encoding: .gb18030, source: "http-header", declared: "GBK", contains: ["关于印发工作要点的通知"]),
        DecodeRow(name: "http-header-beats-meta-utf8",
                  bytes: Bytes.page(meta: "<meta charset=\"gb2312\">", body: Bytes.utf8("通知")),
                  http: "utf-8", encoding: .utf8, source: "http-header", declared: "utf-8", contains: ["<p>通知</p>"]),
        DecodeRow(name: "big5-labelled",
                  bytes: Bytes.page(meta: "<meta charset=\"big5\">",
                                    body: Bytes.big5Zhongwen + Bytes.big5TongzhiGonggao + Bytes.big5Bureau),
                  encoding: .big5HKSCS, source: "meta", declared: "big5", contains: ["中文通知公告科學技術局"]),
        DecodeRow(name: "unknown-label-falls-back-to-detection",
                  bytes: Bytes.page(meta: "<meta charset=\"x-klingon\">", body: Bytes.gbkNoticeTitle),
                  encoding: .gb18030, source: "detected", declared: "x-klingon", contains: ["关于印发工作要点的通知"],
                  warnings: ["unknown charset label \"x-klingon\""]),
        DecodeRow(name: "nul-bytes-removed",
                  bytes: Bytes.page(meta: nil, body: Bytes.utf8("中") + [0] + Bytes.utf8("文") + [0, 0] + Bytes.utf8("通知公告")),
                  encoding: .utf8, source: "detected", declared: nil, contains: ["中文通知公告"], excludes: ["\u{0}"],
                  warnings: ["removed NUL bytes"]),
        DecodeRow(name: "one-bad-byte-in-gbk",
                  bytes: Bytes.page(meta: "<meta charset=\"gbk\">",
                                    body: Array([[UInt8]](repeating: Bytes.gbkZhongwen, count: 30).joined()) + [0xFF]
                                        + Array([[UInt8]](repeating: Bytes.gbkTongzhiGonggao, count: 5).joined())),
                  encoding: .gb18030, source: "meta", declared: "gbk",
                  contains: ["中文中文\u{FFFD}通知公告"], replaced: 1, warnings: ["1 undecodable bytes replaced by U+FFFD"]),
        DecodeRow(name: "gbk-truncated-after-lead-byte",
                  bytes: Bytes.ascii("<meta charset=\"gbk\"><p>")
                      + Array([[UInt8]](repeating: Bytes.gbkNoticeTitle, count: 5).joined()) + [0xD6],
                  encoding: .gb18030, source: "meta", declared: "gbk",
                  contains: ["的通知\u{FFFD}"], replaced: 1, warnings: ["1 undecodable bytes replaced"]),
    ]

    func testDecodeRows() throws {
        for row in Self.decodeRows {
            let page: DecodedPage
            do {
                page = try PageDecoder.decode(row.bytes, httpCharset: row.http, input: row.name)
            } catch {
                XCTFail("\(row.name): threw \(error)")
                continue
            }
            let text = String(decoding: page.utf8, as: UTF8.self)
            XCTAssertEqual(page.encoding, row.encoding, "\(row.name): encoding")
            XCTAssertEqual(page.encodingSource, row.source, "\(row.name): encodingSource")
            XCTAssertEqual(page.declaredCharset, row.declared, "\(row.name): declaredCharset")
            XCTAssertEqual(page.replacedBytes, row.replaced, "\(row.name): replacedBytes")
            for needle in row.contains {
                XCTAssertTrue(text.contains(needle), "\(row.name): decoded text lacks «\(needle)»: «\(text)»")
            }
            for needle in row.excludes {
                let scalars = Array(needle.unicodeScalars)
                let found = scalars.count == 1 ? text.unicodeScalars.contains(scalars[0]) : text.contains(needle)
                XCTAssertFalse(found, "\(row.name): decoded text still holds \(needle.debugDescription)")
            }
            XCTAssertEqual(text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count, row.replaced,
                           "\(row.name): U+FFFD count in the text")
            XCTAssertNotNil(String(validatingUTF8Bytes: page.utf8), "\(row.name): output is not valid UTF-8")
            XCTAssertFalse(page.utf8.contains(0), "\(row.name): NUL in output")
            if let expected = row.warnings {
                if expected.isEmpty {
                    XCTAssertEqual(page.warnings, [], "\(row.name): unexpected warnings")
                }
                for needle in expected {
                    XCTAssertTrue(page.warnings.contains { $0.contains(needle) },
                                  "\(row.name): no warning containing «\(needle)» in \(page.warnings)")
                }
            }
        }
    }

    // MARK: rejected inputs

    enum Rejection: Sendable {
        case empty
        case notText
    }

    struct RejectRow: Sendable {
        var name: String
        var bytes: [UInt8]
        var expected: Rejection
    }

    static let rejectRows: [RejectRow] = [
        RejectRow(name: "zero-bytes", bytes: [], expected: .empty),
        RejectRow(name: "whitespace-only", bytes: Bytes.ascii(" \n\t\r\n  "), expected: .empty),
        RejectRow(name: "nul-only", bytes: [0, 0, 0, 0], expected: .empty),
        RejectRow(name: "nul-and-spaces", bytes: [0, 0x20, 0, 0x0A], expected: .empty),
        RejectRow(name: "lcg-noise-4k", bytes: Bytes.noise(count: 4096, seed: 42), expected: .notText),
        RejectRow(name: "lcg-noise-64k", bytes: Bytes.noise(count: 65536, seed: 7), expected: .notText),
        RejectRow(name: "byte-ramp", bytes: Array((0..<16).map { _ in (0...255).map { UInt8($0) } }.joined()), expected: .notText),
        RejectRow(name: "png-like", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Bytes.noise(count: 2000, seed: 99),
                  expected: .notText),
    ]

    func testRejectedInputs() {
        for row in Self.rejectRows {
            do throws(IngestError) {
                let page = try PageDecoder.decode(row.bytes, input: row.name)
                XCTFail("\(row.name): expected \(row.expected), decoded as \(page.encoding) with \(page.replacedBytes) replaced bytes")
            } catch {
                switch (row.expected, error) {
                case (.empty, .empty(let input)):
                    XCTAssertEqual(input, row.name, "\(row.name): error names the input")
                case (.notText, .notText(let input, let reason)):
                    XCTAssertEqual(input, row.name, "\(row.name): error names the input")
                    XCTAssertFalse(reason.isEmpty, "\(row.name): notText without a reason")
                default:
                    XCTFail("\(row.name): expected \(row.expected), got \(error)")
                }
            }
        }
    }

    /// The public entry point refuses empty input the same way.
    func testIngesterRejectsEmptyBytes() {
        XCTAssertThrowsError(try Ingester().ingest(bytes: [], uri: "empty.html")) { error in
            XCTAssertEqual(error as? IngestError, .empty(input: "empty.html"))
        }
    }

    // MARK: charset labels

    struct HeaderRow: Sendable {
        var name: String
        var header: String
        var expected: String?
    }

    static let headerRows: [HeaderRow] = [
        HeaderRow(name: "plain", header: "Content-Type: text/html; charset=GBK", expected: "GBK"),
        HeaderRow(name: "quoted-no-space", header: "content-type: text/html;charset=\"utf-8\"", expected: "utf-8"),
        HeaderRow(name: "single-quoted", header: "Content-Type: text/html; charset='gb2312'", expected: "gb2312"),
        HeaderRow(name: "spaces-around-equals", header: "Content-Type: text/html; charset = big5", expected: "big5"),
        HeaderRow(name: "upper-case", header: "CONTENT-TYPE: TEXT/HTML; CHARSET=UTF-8", expected: "UTF-8"),
        HeaderRow(name: "header-block-crlf",
                  header: "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html; charset=gb2312\r\nContent-Length: 10\r\n\r\n",
                  expected: "gb2312"),
        HeaderRow(name: "content-type-first-crlf",
                  header: "Content-Type: text/html; charset=GBK\r\nServer: nginx\r\n", expected: "GBK"),
        HeaderRow(name: "header-block-lf",
                  header: "HTTP/1.1 200 OK\nServer: nginx\nContent-Type: text/html; charset=gb2312\nContent-Length: 10\n\n",
                  expected: "gb2312"),
        HeaderRow(name: "nosniff-line-first",
                  header: "X-Content-Type-Options: nosniff\nContent-Type: text/html; charset=big5\n", expected: "big5"),
        HeaderRow(name: "no-charset", header: "Content-Type: text/html", expected: nil),
        HeaderRow(name: "charset-in-other-header", header: "Server: charset=utf-8\nContent-Type: text/html", expected: nil),
        HeaderRow(name: "empty", header: "", expected: nil),
    ]

    func testHeaderCharsetParse() {
        for row in Self.headerRows {
            XCTAssertEqual(HeaderCharset.parse(row.header), row.expected, "\(row.name): \(row.header.debugDescription)")
        }
    }

    struct MetaRow: Sendable {
        var name: String
        var html: String
        var expected: String?
    }

    static let metaRows: [MetaRow] = [
        MetaRow(name: "meta-charset", html: "<html><head><meta charset=\"gbk\"></head>", expected: "gbk"),
        MetaRow(name: "meta-charset-unquoted-upper", html: "<HTML><HEAD><META CHARSET=UTF-8>", expected: "UTF-8"),
        MetaRow(name: "http-equiv", html: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />",
                expected: "gb2312"),
        MetaRow(name: "xml-declaration", html: "<?xml version=\"1.0\" encoding=\"GB18030\"?><html>", expected: "GB18030"),
        MetaRow(name: "first-of-two", html: "<meta charset=\"big5\"><meta charset=\"utf-8\">", expected: "big5"),
        MetaRow(name: "none", html: "<html><head><title>charset=gbk</title></head>", expected: nil),
        MetaRow(name: "beyond-prescan",
                html: "<html><!--" + String(repeating: "x", count: 20_000) + "--><meta charset=\"gbk\">", expected: nil),
    ]

    func testMetaCharsetSniffing() {
        for row in Self.metaRows {
            XCTAssertEqual(CharsetSniffer.metaCharset(in: Array(row.html.utf8)), row.expected, "\(row.name)")
        }
    }

    struct LabelRow: Sendable {
        var label: String
        var expected: TextEncodingName?
    }

    static let labelRows: [LabelRow] = [
        LabelRow(label: "gb2312", expected: .gb18030), LabelRow(label: "GBK", expected: .gb18030),
        LabelRow(label: "x-gbk", expected: .gb18030), LabelRow(label: "GB18030", expected: .gb18030),
        LabelRow(label: "\"gb2312\"", expected: .gb18030), LabelRow(label: "big5", expected: .big5HKSCS),
        LabelRow(label: "Big5-HKSCS", expected: .big5HKSCS), LabelRow(label: "utf8", expected: .utf8),
        LabelRow(label: "UTF-8", expected: .utf8), LabelRow(label: "iso-8859-1", expected: .latin1),
        LabelRow(label: "shift_jis", expected: nil), LabelRow(label: "", expected: nil),
    ]

    func testEncodingLabels() {
        for row in Self.labelRows {
            XCTAssertEqual(TextEncodingName(label: row.label), row.expected, "label \(row.label.debugDescription)")
        }
    }
}

private extension String {
    /// Strict UTF-8 check (Foundation-free): nil when the bytes are not valid UTF-8.
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): scalars.append(scalar)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        self = String(scalars)
    }
}
