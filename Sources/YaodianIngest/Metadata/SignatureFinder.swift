import YaodianModel
import YaodianText

/// Finds a 落款: an issuer line followed by a date line (`绍兴市科学技术局` / `2018年3月15日`),
/// the signature a 通知 ends with before any attached plan.
enum SignatureFinder {
    struct Signature {
        var issuer: String
        var date: CalendarDate
        var line: Int
    }

    static let organisationSuffixes: [String] = [
        "局", "委", "委员会", "办公室", "政府", "厅", "中心", "院", "会", "部", "处", "所", "办", "站", "公司", "科", "室", "队", "馆", "街道办事处",
    ]

    static func first(in page: Page, lines: [Int]) -> Signature? {
        for (position, index) in lines.enumerated() where position + 1 < lines.count {
            let dateLine = page.lines[lines[position + 1]]
            guard let date = signatureDate(dateLine.text) else { continue }
            let candidate = TextNormalizer.collapsed(page.lines[index].text)
            if isOrganisation(candidate) { return Signature(issuer: candidate, date: date, line: index) }
        }
        return nil
    }

    /// A date alone on its line, possibly followed by 印发 (`2021年4月16日印发`).
    static func signatureDate(_ text: String) -> CalendarDate? {
        var compact = TextNormalizer.compact(text)
        if compact.hasSuffix("印发") { compact = String(compact.dropLast(2)) }
        guard compact.unicodeScalars.count <= 14, DateScanner.isDateOnly(compact) else { return nil }
        return DateScanner.firstDate(in: compact)
    }

    static func isOrganisation(_ text: String) -> Bool {
        let compact = TextNormalizer.compact(text)
        let count = compact.unicodeScalars.count
        guard count >= 3, count <= 60, !compact.includes("，"), !compact.includes("。"), !compact.includes(",") else { return false }
        return compact.unicodeScalars.allSatisfy { TextNormalizer.isHan($0) || "()（）".unicodeScalars.contains($0) }
            && organisationSuffixes.contains { compact.hasSuffix($0) }
    }
}
