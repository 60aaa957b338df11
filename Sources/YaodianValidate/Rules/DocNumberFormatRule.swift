import YaodianModel
import YaodianText

/// The 发文字号 in GB/T 9704-2012 form (7.2.4): 机关代字 + year in 六角括号 〔〕 + serial + 号, the
/// year in full, the serial without padding zeros or 第: `绍市科〔2018〕19号`.
struct DocNumberFormatRule: Rule {
    static let description = RuleDescription(
        id: "doc_number_format",
        name: LocalizedText(zh: "发文字号格式", en: "Document number form"),
        rationale: LocalizedText(
            zh: "GB/T 9704-2012 规定发文字号由发文机关代字、年份、发文顺序号组成,年份、发文顺序号用阿拉伯数字标注;年份应标全称,用六角括号“〔〕”括入;发文顺序号不加“第”字,不编虚位(即1不编为01),在阿拉伯数字后加“号”字。",
            en: "GB/T 9704-2012: agency code, the full year in 〔〕, the serial number without 第 or leading zeros, then 号."),
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample("""
            关于印发《2024年科技工作要点》的通知
            甬科[2024]015号
            各区县(市)科技局:
            现将《2024年科技工作要点》印发给你们,请认真贯彻落实。
            2024年科技工作要点
            一、重点任务
            1. 培育创新主体。新增高新技术企业100家。
            """, line: 2),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            关于印发《2024年科技工作要点》的通知
            甬科〔2024〕15号
            各区县(市)科技局:
            现将《2024年科技工作要点》印发给你们,请认真贯彻落实。
            2024年科技工作要点
            一、重点任务
            1. 培育创新主体。新增高新技术企业100家。
            """),
        ])

    init(options: RuleOptions) {}

    private static let openers: Set<Unicode.Scalar> = ["〔", "[", "(", "（", "【", "［", "﹝", "〖", "{"]
    private static let closers: Set<Unicode.Scalar> = ["〕", "]", ")", "）", "】", "］", "﹞", "〗", "}"]

    func validate(_ context: ValidationContext) -> [Violation] {
        let notice = context.document.notice
        // The number the page gives, else a number-like line at the head of the document (a
        // malformed one — no 号 — is not recognised as a 发文字号 by ingest, which is the point).
        var found: (text: String, anchor: Anchor)?
        if let number = notice.docNumber {
            found = (number, .docNumber)
        } else {
            for (index, paragraph) in notice.body.prefix(8).enumerated() {
                let line = TextNormalizer.compact(paragraph)
                if let candidate = Self.candidate(in: line), candidate.unicodeScalars.count * 2 >= line.unicodeScalars.count {
                    found = (candidate, .paragraph(index: index, text: candidate))
                    break
                }
            }
        }
        guard let (number, anchor) = found, !number.includes("令") else { return [] }
        let problems = Self.problems(in: number)
        guard !problems.isEmpty else { return [] }
        return [Violation(
            at: anchor,
            message: LocalizedText(zh: "发文字号“\(number)”格式不规范:" + problems.map(\.zh).joined(separator: ";"),
                                   en: "the document number \(number) is not in standard form: " + problems.map(\.en).joined(separator: "; ")),
            key: "docNumber")]
    }

    /// 代字 + bracket + digits + bracket + optional 第 + digits + optional 号.
    static func candidate(in line: String) -> String? {
        let s = Array(line.unicodeScalars)
        for (index, scalar) in s.enumerated() where openers.contains(scalar) && index > 0 && TextNormalizer.isHan(s[index - 1]) {
            var start = index
            while start > 0, TextNormalizer.isHan(s[start - 1]) { start -= 1 }
            var cursor = index + 1
            let yearStart = cursor
            while cursor < s.count, isDigit(s[cursor]) { cursor += 1 }
            guard cursor - yearStart >= 2, cursor < s.count, closers.contains(s[cursor]) else { continue }
            cursor += 1
            if cursor < s.count, s[cursor] == "第" { cursor += 1 }
            let serialStart = cursor
            while cursor < s.count, isDigit(s[cursor]) { cursor += 1 }
            guard cursor > serialStart else { continue }
            if cursor < s.count, s[cursor] == "号" { cursor += 1 }
            return String(String.UnicodeScalarView(s[start..<cursor]))
        }
        return nil
    }

    static func problems(in number: String) -> [LocalizedText] {
        let s = Array(number.unicodeScalars)
        var problems: [LocalizedText] = []
        guard let open = s.firstIndex(where: { openers.contains($0) }),
              let close = s.firstIndex(where: { closers.contains($0) }), close > open else {
            return [LocalizedText(zh: "年份应用六角括号“〔〕”括入", en: "the year must be in 〔〕")]
        }
        if s[open] != "〔" || s[close] != "〕" {
            problems.append(LocalizedText(zh: "年份应用六角括号“〔〕”括入,不用“\(s[open])\(s[close])”",
                                          en: "the year must be in 〔〕, not \(s[open])\(s[close])"))
        }
        if close - open - 1 != 4 {
            problems.append(LocalizedText(zh: "年份应标全称(四位数字)", en: "the year must be written in full (four digits)"))
        }
        var serial = close + 1
        if serial < s.count, s[serial] == "第" {
            problems.append(LocalizedText(zh: "发文顺序号不加“第”字", en: "no 第 before the serial number"))
            serial += 1
        }
        if serial < s.count, s[serial] == "0" || s[serial] == "０" {
            problems.append(LocalizedText(zh: "发文顺序号不编虚位(1不编为01)", en: "no leading zeros in the serial number (1, not 01)"))
        }
        if s.last != "号" {
            problems.append(LocalizedText(zh: "发文顺序号后应加“号”字", en: "号 must follow the serial number"))
        }
        return problems
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }
}
