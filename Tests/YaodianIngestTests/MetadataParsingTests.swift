import Foundation
import XCTest
@testable import YaodianIngest
import YaodianModel

/// The metadata recognisers one line at a time: DateScanner, DocNumberMatcher, FieldScanner,
/// AttachmentFinder and SignatureFinder. One row per case; every message names its row.
final class MetadataParsingTests: XCTestCase {
    // MARK: DateScanner

    struct DateRow: Sendable {
        var name: String
        var text: String
        /// `YYYY-MM-DD`, or nil when the text holds no date.
        var expected: String?
    }

    static let dateRows: [DateRow] = [
        DateRow(name: "iso", text: "2018-04-16", expected: "2018-04-16"),
        DateRow(name: "iso-unpadded", text: "2023-3-1", expected: "2023-03-01"),
        DateRow(name: "slashes", text: "2018/04/16", expected: "2018-04-16"),
        DateRow(name: "dots", text: "2018.04.16", expected: "2018-04-16"),
        DateRow(name: "chinese-arabic", text: "2018年3月15日", expected: "2018-03-15"),
        DateRow(name: "chinese-arabic-spaced", text: "2018 年 3 月 15 日", expected: "2018-03-15"),
        DateRow(name: "chinese-arabic-hao", text: "2021年4月16号", expected: "2021-04-16"),
        DateRow(name: "chinese-numerals", text: "二〇一八年三月十五日", expected: "2018-03-15"),
        DateRow(name: "chinese-numerals-ling-circle", text: "二○二一年十二月三十一日", expected: "2021-12-31"),
        DateRow(name: "chinese-numerals-ten", text: "二〇二〇年十月十日", expected: "2020-10-10"),
        DateRow(name: "chinese-numerals-twenty", text: "二〇一九年一月二十日", expected: "2019-01-20"),
        DateRow(name: "full-width-chinese", text: "２０１８年３月１５日", expected: "2018-03-15"),
        DateRow(name: "full-width-iso", text: "２０１８－０４－１６", expected: "2018-04-16"),
        DateRow(name: "in-metadata-line", text: "发布日期:2018-04-16 访问次数:", expected: "2018-04-16"),
        DateRow(name: "leap-day", text: "2020-02-29", expected: "2020-02-29"),
        DateRow(name: "month-13-rejected", text: "2020年13月1日", expected: nil),
        DateRow(name: "feb-30-rejected", text: "二〇二〇年二月三十日", expected: nil),
        DateRow(name: "not-leap-year", text: "2019-02-29", expected: nil),
        DateRow(name: "eight-digits-not-a-date", text: "20200424", expected: nil),
        DateRow(name: "five-digit-year", text: "12018-04-16", expected: nil),
        DateRow(name: "day-runs-on", text: "2018-04-161", expected: nil),
        DateRow(name: "mixed-separators", text: "2018-04/16", expected: nil),
        DateRow(name: "no-day", text: "2018年3月", expected: nil),
        DateRow(name: "doc-number-year", text: "绍市科〔2018〕19号", expected: nil),
        DateRow(name: "year-only-range", text: "2018-2020年", expected: nil),
        DateRow(name: "no-digits", text: "关于印发工作要点的通知", expected: nil),
    ]

    func testDateScannerRows() {
        for row in Self.dateRows {
            XCTAssertEqual(DateScanner.firstDate(in: row.text)?.description, row.expected, "\(row.name): «\(row.text)»")
        }
    }

    func testDateScannerFindsDatesInOrder() {
        let text = "成文日期：2018年3月15日　发布日期：2018-04-16"
        let found = DateScanner.dates(in: text).map(\.date.description)
        XCTAssertEqual(found, ["2018-03-15", "2018-04-16"])
    }

    struct DateOnlyRow: Sendable {
        var text: String
        var expected: Bool
    }

    static let dateOnlyRows: [DateOnlyRow] = [
        DateOnlyRow(text: "2018年3月15日", expected: true),
        DateOnlyRow(text: "  2018年3月15日 ", expected: true),
        DateOnlyRow(text: "二〇一八年三月十五日", expected: true),
        DateOnlyRow(text: "2018年3月15日印发", expected: false),
        DateOnlyRow(text: "发布日期：2018-04-16", expected: false),
    ]

    func testIsDateOnly() {
        for row in Self.dateOnlyRows {
            XCTAssertEqual(DateScanner.isDateOnly(row.text), row.expected, "isDateOnly «\(row.text)»")
        }
    }

    // MARK: DocNumberMatcher

    struct DocNumberRow: Sendable {
        var name: String
        var text: String
        /// wholeMatch result.
        var whole: String?
        /// firstMatch value.
        var first: String?
    }

    static let docNumberRows: [DocNumberRow] = [
        DocNumberRow(name: "hexagonal-brackets", text: "绍市科〔2018〕19号", whole: "绍市科〔2018〕19号", first: "绍市科〔2018〕19号"),
        DocNumberRow(name: "square-brackets", text: "穗府办规[2021]7号", whole: "穗府办规[2021]7号", first: "穗府办规[2021]7号"),
        DocNumberRow(name: "full-width-parens", text: "金罚决字（2024）36号", whole: "金罚决字（2024）36号", first: "金罚决字（2024）36号"),
        DocNumberRow(name: "lenticular", text: "浙科发【2019】12号", whole: "浙科发【2019】12号", first: "浙科发【2019】12号"),
        DocNumberRow(name: "decree", text: "广州市人民政府令第179号", whole: "广州市人民政府令第179号", first: "广州市人民政府令第179号"),
        DocNumberRow(name: "spaces-compacted", text: " 穗府办规 〔2021〕 7号 ", whole: "穗府办规〔2021〕7号", first: nil),
        DocNumberRow(name: "full-width-digits", text: "绍市科〔２０１８〕１９号", whole: "绍市科〔２０１８〕１９号", first: "绍市科〔２０１８〕１９号"),
        DocNumberRow(name: "bracket-year-alone", text: "〔2018〕", whole: nil, first: nil),
        DocNumberRow(name: "no-agency", text: "〔2018〕19号", whole: nil, first: nil),
        DocNumberRow(name: "two-digit-year", text: "绍市科〔18〕19号", whole: nil, first: nil),
        DocNumberRow(name: "no-serial", text: "绍市科〔2018〕号", whole: nil, first: nil),
        DocNumberRow(name: "no-hao", text: "绍市科〔2018〕19", whole: nil, first: nil),
        DocNumberRow(name: "decree-without-di", text: "广州市人民政府令179号", whole: nil, first: nil),
        DocNumberRow(name: "decree-without-issuer", text: "令第179号", whole: nil, first: nil),
        DocNumberRow(name: "cited-in-sentence",
                     text: "根据《中共宁波市委办公厅关于印发实施意见的通知》（甬党办〔2020〕4号）精神，制定本要点。",
                     whole: nil, first: "甬党办〔2020〕4号"),
        DocNumberRow(name: "number-then-text", text: "绍市科〔2018〕19号 各区、县(市)科技局:", whole: nil, first: "绍市科〔2018〕19号"),
    ]

    func testDocNumberRows() {
        for row in Self.docNumberRows {
            XCTAssertEqual(DocNumberMatcher.wholeMatch(row.text), row.whole, "\(row.name): wholeMatch «\(row.text)»")
            // firstMatch runs on the text as given (the spaced row is only checked through wholeMatch).
            if row.name != "spaces-compacted" {
                XCTAssertEqual(DocNumberMatcher.firstMatch(in: row.text)?.value, row.first, "\(row.name): firstMatch «\(row.text)»")
            }
        }
    }

    func testDocNumberFirstMatchOffsets() throws {
        let text = "根据（甬党办〔2020〕4号）精神"
        let match = try XCTUnwrap(DocNumberMatcher.firstMatch(in: text))
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(match.start, 3, "start offset")
        XCTAssertEqual(match.end, 3 + "甬党办〔2020〕4号".unicodeScalars.count, "end offset")
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[match.start..<match.end])), "甬党办〔2020〕4号")
    }

    // MARK: FieldScanner

    struct FieldRow: Sendable {
        var name: String
        var line: String
        var expected: [Expected]

        struct Expected: Sendable, Equatable, CustomStringConvertible {
            var field: FieldScanner.Field
            var label: String
            var value: String
            var description: String { "\(field) \(label)=«\(value)»" }
        }
    }

    static func field(_ field: FieldScanner.Field, _ label: String, _ value: String) -> FieldRow.Expected {
        FieldRow.Expected(field: field, label: label, value: value)
    }

    static let fieldRows: [FieldRow] = [
        FieldRow(name: "hanweb-info-line", line: "发布日期:2018-04-16 访问次数: 字号:[ ]",
                 expected: [field(.publishDate, "发布日期", "2018-04-16")]),
        FieldRow(name: "info-line-trailing-empty-label", line: "发布日期:2018-04-16 访问次数:",
                 expected: [field(.publishDate, "发布日期", "2018-04-16")]),
        FieldRow(name: "index-number-tabs", line: "索引号：\t 11440100MB2C90856P/2023-00331\t 分类：",
                 expected: [field(.indexNumber, "索引号", "11440100MB2C90856P/2023-00331")]),
        FieldRow(name: "spread-label", line: "文　　号： 穗府办规〔2021〕7号",
                 expected: [field(.docNumber, "文号", "穗府办规〔2021〕7号")]),
        FieldRow(name: "doc-number-label", line: "发文字号：绍市科〔2018〕19号",
                 expected: [field(.docNumber, "发文字号", "绍市科〔2018〕19号")]),
        FieldRow(name: "source-twice", line: "来源:办公室来源:宁波市科学技术局",
                 expected: [field(.issuer, "来源", "办公室"), field(.issuer, "来源", "宁波市科学技术局")]),
        FieldRow(name: "info-source", line: "信息来源:市科技局",
                 expected: [field(.issuer, "信息来源", "市科技局")]),
        FieldRow(name: "signed-date", line: "成文日期：2021-04-16",
                 expected: [field(.signedDate, "成文日期", "2021-04-16")]),
        FieldRow(name: "issuer-label", line: "发布机构：广州市人民政府办公厅",
                 expected: [field(.issuer, "发布机构", "广州市人民政府办公厅")]),
        FieldRow(name: "table-row-tabs", line: "索引号\t002703451/2018-00137\t主题分类\t科技",
                 expected: [field(.indexNumber, "索引号", "002703451/2018-00137"), field(.other, "主题分类", "科技")]),
        FieldRow(name: "two-fields-wide-gap", line: "发布时间：2018-04-16  来源：市科技局",
                 expected: [field(.publishDate, "发布时间", "2018-04-16"), field(.issuer, "来源", "市科技局")]),
        FieldRow(name: "prose-without-colon", line: "本通知的来源是市政府文件，时间为三月。", expected: []),
        FieldRow(name: "prose-with-colon-elsewhere", line: "来源于群众的意见：要加快推进科技创新。", expected: []),
        FieldRow(name: "no-label", line: "各区、县(市)科技局:", expected: []),
    ]

    func testFieldScannerRows() {
        for row in Self.fieldRows {
            let values = FieldScanner.scan(row.line, line: 7)
            let actual = values.map { FieldRow.Expected(field: $0.field, label: $0.label, value: $0.value) }
            XCTAssertEqual(actual, row.expected, "\(row.name): «\(row.line)»")
            XCTAssertTrue(values.allSatisfy { $0.line == 7 }, "\(row.name): line number not carried")
        }
    }

    // MARK: AttachmentFinder

    struct AttachmentRow: Sendable {
        var name: String
        var href: String
        var text: String?
        var expected: Bool
    }

    static let attachmentRows: [AttachmentRow] = [
        AttachmentRow(name: "docx-path", href: "/files/2018/plan.docx", expected: true),
        AttachmentRow(name: "upper-case-pdf", href: "http://kjj.sx.gov.cn/attach/附件1.PDF", expected: true),
        AttachmentRow(name: "xls-with-version-query", href: "/upload/2023/list.xls?v=3", expected: true),
        AttachmentRow(name: "pdf-with-fragment", href: "/upload/plan.pdf#page=2", expected: true),
        AttachmentRow(name: "wps", href: "../att/申报指南.wps", expected: true),
        AttachmentRow(name: "query-filename", href: "downfile.jsp?filename=2673847.docx", expected: true),
        AttachmentRow(name: "query-second-param", href: "/download.do?id=12&name=report.xlsx&type=1", expected: true),
        AttachmentRow(name: "link-text-filename", href: "/attach/download?id=123", text: "2018年工作要点.doc", expected: true),
        AttachmentRow(name: "link-text-padded", href: "/attach/download?id=123", text: "  申报表.xlsx\u{3000}", expected: true),
        AttachmentRow(name: "link-text-plain", href: "/attach/download?id=123", text: "下载", expected: false),
        AttachmentRow(name: "html-page", href: "/news/2018/0416/article.html", expected: false),
        AttachmentRow(name: "shtml-with-query", href: "/content/post_123.shtml?from=list", expected: false),
        AttachmentRow(name: "dot-in-directory", href: "/files.pdf/index.html", expected: false),
        AttachmentRow(name: "javascript", href: "javascript:void(0)", expected: false),
        AttachmentRow(name: "javascript-with-text", href: "javascript:;", text: "打印本页", expected: false),
        AttachmentRow(name: "fragment-only", href: "#top", expected: false),
        AttachmentRow(name: "mailto", href: "mailto:kjj@sx.gov.cn", expected: false),
        AttachmentRow(name: "html-link-text", href: "/x/index.html", text: "附件.html", expected: false),
        AttachmentRow(name: "no-extension", href: "/attach/12345", expected: false),
    ]

    func testAttachmentRows() {
        for row in Self.attachmentRows {
            XCTAssertEqual(AttachmentFinder.isAttachment(row.href, text: row.text), row.expected,
                           "\(row.name): href «\(row.href)» text \(row.text.map { "«\($0)»" } ?? "nil")")
        }
    }

    // MARK: SignatureFinder

    struct OrganisationRow: Sendable {
        var text: String
        var expected: Bool
    }

    static let organisationRows: [OrganisationRow] = [
        OrganisationRow(text: "绍兴市科学技术局", expected: true),
        OrganisationRow(text: "广州市人民政府办公厅", expected: true),
        OrganisationRow(text: "中共宁波市委办公厅", expected: true),
        OrganisationRow(text: "宁波市人民政府", expected: true),
        OrganisationRow(text: "国务院", expected: true),
        OrganisationRow(text: "市科技局", expected: true),
        OrganisationRow(text: "绍兴市 科学技术局", expected: true),
        OrganisationRow(text: "中共广州市委组织部", expected: true),
        OrganisationRow(text: "局", expected: false),
        OrganisationRow(text: "2018年3月15日", expected: false),
        OrganisationRow(text: "关于印发工作要点的通知", expected: false),
        OrganisationRow(text: "特此通知。", expected: false),
        OrganisationRow(text: "绍兴市科学技术局，", expected: false),
        OrganisationRow(text: "各区、县(市)科技局", expected: false),
        OrganisationRow(text: "Shaoxing Science and Technology Bureau", expected: false),
    ]

    func testIsOrganisation() {
        for row in Self.organisationRows {
            XCTAssertEqual(SignatureFinder.isOrganisation(row.text), row.expected, "isOrganisation «\(row.text)»")
        }
    }

    struct SignatureDateRow: Sendable {
        var text: String
        var expected: String?
    }

    static let signatureDateRows: [SignatureDateRow] = [
        SignatureDateRow(text: "2018年3月15日", expected: "2018-03-15"),
        SignatureDateRow(text: "  2018年3月15日  ", expected: "2018-03-15"),
        SignatureDateRow(text: "2021年4月16日印发", expected: "2021-04-16"),
        SignatureDateRow(text: "二〇一八年三月十五日", expected: "2018-03-15"),
        SignatureDateRow(text: "发布日期：2018年3月15日", expected: nil),
        SignatureDateRow(text: "2018年3月15日前报送市科技局", expected: nil),
    ]

    func testSignatureDate() {
        for row in Self.signatureDateRows {
            XCTAssertEqual(SignatureFinder.signatureDate(row.text)?.description, row.expected, "signatureDate «\(row.text)»")
        }
    }
}
