/// A column page (通知公告 list): its notice entries in page order and the next page.
public struct ListingPage: Hashable, Sendable, Codable {
    public var source: SourceInfo
    public var entries: [ListingEntry]
    /// Absolute URL of 下一页, or nil on the last page.
    public var nextPage: String?

    public init(source: SourceInfo, entries: [ListingEntry], nextPage: String?) {
        self.source = source
        self.entries = entries
        self.nextPage = nextPage
    }
}

/// One notice in a column page.
public struct ListingEntry: Hashable, Sendable, Codable {
    /// The full title (from the `title` attribute when the anchor text is cut short).
    public var title: String
    /// Absolute URL of the notice.
    public var url: String
    public var date: CalendarDate?

    public init(title: String, url: String, date: CalendarDate?) {
        self.title = title
        self.url = url
        self.date = date
    }
}
