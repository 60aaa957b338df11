/// NFCMS (广东 government-site cluster, www.gz.gov.cn and its districts): the document is in
/// `#zoomcon` (`wzades="正文"`).
struct NFCMSProfile: SiteProfile {
    let id = "nfcms"

    func matches(_ page: Page) -> Bool {
        element(in: page, ids: ["zoomcon"]) != nil
    }

    func bodyContainer(in page: Page, locator: BodyLocator) -> Int? {
        element(in: page, ids: ["zoomcon"])
    }
}
