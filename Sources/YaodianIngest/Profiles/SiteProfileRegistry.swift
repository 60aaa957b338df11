/// Every site profile, tried in order; the first that matches a page is used.
enum SiteProfileRegistry {
    static let all: [any SiteProfile] = [
        HanwebProfile(),
        TRSProfile(),
        NFCMSProfile(),
        PortalMetadataTableProfile(),
    ]

    static func profile(for page: Page) -> (any SiteProfile)? {
        all.first { $0.matches(page) }
    }
}
