/// A site profile recognises pages of one CMS family and says where their document is.
/// Profiles only sharpen: the generic locator carries every page no profile claims, and takes over
/// when a profile's container turns out empty.
///
/// Adding one is one file here plus one line in `SiteProfileRegistry.all`.
protocol SiteProfile: Sendable {
    /// Stable id, reported in `--explain` output.
    var id: String { get }
    func matches(_ page: Page) -> Bool
    /// The element holding the document, or nil to leave the page to the generic locator.
    func bodyContainer(in page: Page, locator: BodyLocator) -> Int?
}

extension SiteProfile {
    /// The first element whose id is one of `ids`.
    func element(in page: Page, ids: Set<String>) -> Int? {
        page.elements.firstIndex { ids.contains($0.id.lowercased()) && $0.lineEnd > $0.lineStart }
    }

    /// The first element carrying one of the classes.
    func element(in page: Page, classes: [String]) -> Int? {
        page.elements.firstIndex { element in
            element.lineEnd > element.lineStart && classes.contains { element.hasClass($0) }
        }
    }
}
