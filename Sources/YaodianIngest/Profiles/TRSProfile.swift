/// TRS WCM: Word-pasted content inside `div.TRS_Editor`.
struct TRSProfile: SiteProfile {
    let id = "trs"

    func matches(_ page: Page) -> Bool {
        page.elements.contains { $0.hasClass("trs_editor") }
    }

    func bodyContainer(in page: Page, locator: BodyLocator) -> Int? {
        guard let editor = element(in: page, classes: ["trs_editor"]) else { return nil }
        // Some templates put a lead line (date, speaker) beside the editor div in the same article box.
        let parent = page.elements[editor].parent
        if parent >= 0, let better = locator.locate(within: parent), better != editor, page.isInside(editor, better),
           page.elements[better].lineEnd - page.elements[better].lineStart <= page.elements[editor].lineEnd - page.elements[editor].lineStart + 3 {
            return better
        }
        return editor
    }
}
