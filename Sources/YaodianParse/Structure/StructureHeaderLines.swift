import YaodianText
/// Recognisers for the short lines around a plan: the 通知 title, 发文字号, salutation, issuer,
/// and the plan's own title. Keywords are matched on the simplified text (these lines are short,
/// so the OpenCC call is cheap).
enum StructureHeaderLines {
    /// `关于印发《2018年全市科技创新工作要点》的通知`.
    static func isNoticeTitle(_ text: String) -> Bool {
        let t = ChineseScript.shared.simplified(StructureText.squeezed(text))
        guard t.unicodeScalars.count <= 120, t.hasSuffix("通知") || t.hasSuffix("通知》") else { return false }
        return t.hasBytePrefix("关于") || t.includes("印发") || t.includes("转发")
    }

    static func isNoticeTitle(_ line: StructureLine) -> Bool {
        line.length <= 120 && !line.contains("。") && isNoticeTitle(line.text)
    }

    /// `绍市科〔2018〕19号`: a short line ending in 号 with a bracketed year.
    static func isDocNumber(_ line: StructureLine) -> Bool {
        guard line.length <= 40, line.scalars[line.end - 1] == "号" else { return false }
        let s = line.scalars
        var i = line.start
        while i < line.end {
            switch s[i] {
            case "〔", "[", "［", "【", "(", "（":
                if let (_, length) = StructureNumerals.decimal(s, at: i + 1, limit: line.end, maxDigits: 4), length == 4 {
                    return true
                }
            default:
                break
            }
            i += 1
        }
        return false
    }

    /// The addressees of a 通知: `各区、县(市)、市直开发区科技部门,各处(室)、局属事业单位:`, also without
    /// the colon when it starts with 各 (`各县(区)、开发区(新区)科技管理部门,局属各单位,局机关各处室`).
    /// A lead-in such as `2023年工作总体要求是:` on its own line is not one: a salutation names
    /// addressees (各…, …单位, …部门, 有关…).
    static func isSalutation(_ line: StructureLine) -> Bool {
        guard line.length <= 200, !line.contains("。") else { return false }
        if line.scalars[line.start] == "各" {
            return line.length <= 120 && (line.lastFolded == ":" || line.contains("、") || line.contains(",") || line.contains(","))
        }
        guard line.lastFolded == ":" else { return false }
        let t = line.simplified
        return addresseeWords.contains { t.includes($0) }
    }

    private static let addresseeWords = ["各", "单位", "部门", "处室", "机关", "有关", "委", "局", "政府", "公司", "学校", "同志"]

    private static let issuerEndings = ["局", "委", "委员会", "厅", "办", "办公室", "院", "会", "府", "部", "中心", "室", "处", "所",
                                        "组", "协", "社", "集团"]

    /// `绍兴市科学技术局`: short, no punctuation, ends like an organ's name.
    static func isIssuer(_ line: StructureLine) -> Bool {
        guard line.length >= 2, line.length <= 40 else { return false }
        var i = line.start
        while i < line.end {
            switch StructureText.fold(line.scalars[i]) {
            case "。", ",", ";", ":", "!", "?", "、", "《": return false
            default: i += 1
            }
        }
        let t = line.simplified
        return issuerEndings.contains { t.hasSuffix($0) }
    }

    private static let titleWords = ["要点", "计划", "总结", "方案", "安排", "思路", "规划", "意见", "报告", "重点", "任务"]

    /// The plan's own title line: short, no sentence punctuation (not even `,`), names a kind of document
    /// (`2018年全市科技创新工作要点`, `科技局2020年半年度工作總結及下半年工作計劃`), or equals `given`.
    static func isPlanTitle(_ line: StructureLine, given: String?) -> Bool {
        if let given, !given.isEmpty, StructureText.squeezed(line.text) == StructureText.squeezed(given) { return true }
        guard line.length <= 60, StructureMarker.detect(in: line) == nil else { return false }
        var i = line.start
        while i < line.end {
            switch StructureText.fold(line.scalars[i]) {
            case "。", ",", ";", ":", "!", "?": return false
            default: i += 1
            }
        }
        let t = line.simplified
        guard !t.hasSuffix("通知") else { return false }
        return titleWords.contains { t.includes($0) }
    }
}
