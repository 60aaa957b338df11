import YaodianText
/// Hanweb 大汉 JCMS: the document sits in `div#zoom` between `<!--ZJEG_RSS.content.begin-->` markers.
struct HanwebProfile: SiteProfile {
    let id = "hanweb"

    func matches(_ page: Page) -> Bool {
        page.comments.contains { $0.includes("ZJEG_RSS.content") }
            || page.links.contains { $0.href.includes("hanweb.com") }
    }

    func bodyContainer(in page: Page, locator: BodyLocator) -> Int? {
        element(in: page, ids: ["zoom"])
    }
}
