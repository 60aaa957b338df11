/// The document a notice page carries, freed of the page around it.
public struct Notice: Hashable, Sendable, Codable {
    /// The document's own title: not `<title>` with its site suffix, not the breadcrumb.
    public var title: String?
    /// 发布日期: when the site published the page.
    public var publishDate: CalendarDate?
    /// 成文日期: the date the issuer signed the document (under the signature of a 通知).
    public var signedDate: CalendarDate?
    /// 来源 / 发布机构 / 信息来源, or the signature when the page names none.
    public var issuer: String?
    /// This document's 发文字号 (`绍市科〔2018〕19号`); never a number the text merely cites.
    public var docNumber: String?
    /// 索引号 of 政府信息公开 pages.
    public var indexNumber: String?
    /// Linked files (附件): .doc/.docx/.pdf/.xls/.xlsx/.wps/.zip/.rar, with absolute URLs.
    public var attachments: [Attachment]
    /// Paragraphs in reading order; table rows keep their cells joined by a tab.
    public var body: [String]

    public init(title: String? = nil, publishDate: CalendarDate? = nil, signedDate: CalendarDate? = nil,
                issuer: String? = nil, docNumber: String? = nil, indexNumber: String? = nil,
                attachments: [Attachment] = [], body: [String] = []) {
        self.title = title
        self.publishDate = publishDate
        self.signedDate = signedDate
        self.issuer = issuer
        self.docNumber = docNumber
        self.indexNumber = indexNumber
        self.attachments = attachments
        self.body = body
    }
}

/// A file linked from a notice (附件).
public struct Attachment: Hashable, Sendable, Codable {
    public var title: String
    public var url: String

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}
