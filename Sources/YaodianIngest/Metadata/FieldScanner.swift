import Foundation
import YaodianText

/// Reads `label: value` pairs from metadata lines and tables:
/// `发布日期:2018-04-16 访问次数:`, `索引号:\t002703451/2018-00137\t主题分类:\t…`, `来源:办公室来源:宁波市科学技术局`.
enum FieldScanner {
    /// Labels in the order they are tried at a position (longest first), and the field each fills.
    static let labels: [(text: String, field: Field)] = [
        ("发布日期", .publishDate), ("发布时间", .publishDate), ("发稿时间", .publishDate), ("公开日期", .publishDate),
        ("成文日期", .signedDate), ("印发日期", .signedDate), ("生成日期", .signedDate),
        ("发文字号", .docNumber), ("文号", .docNumber),
        ("索引号", .indexNumber),
        ("发布机构", .issuer), ("发文机关", .issuer), ("发布机关", .issuer), ("发布单位", .issuer), ("信息来源", .issuer), ("文章来源", .issuer),
        ("来源单位", .issuer), ("来源", .issuer),
        ("时间", .date), ("日期", .date),
        ("访问次数", .other), ("浏览次数", .other), ("访问量", .other), ("点击数", .other), ("阅读", .other), ("字号", .other),
        ("作者", .other), ("主题分类", .other), ("名称", .other), ("标题", .other), ("栏目", .column), ("分类", .other),
        ("浏览字号", .other), ("浏览量", .other), ("浏览", .other), ("字体大小", .other), ("字体", .other), ("文章类型", .other), ("统一编号", .other),
        ("实施日期", .other), ("失效日期", .other), ("文件状态", .other), ("人气", .other), ("人氣", .other), ("编辑", .other), ("有效性", .other), ("体裁分类", .other), ("主题词", .other),
    ]

    enum Field: Hashable, Sendable {
        case publishDate, signedDate, docNumber, indexNumber, issuer, date, column, other
    }

    struct Value {
        var field: Field
        var label: String
        var value: String
        var line: Int
    }

    /// All labelled values in a line. A label needs a colon or a tab after it, so prose that merely
    /// mentions 来源 or 时间 is not read as metadata.
    /// Last characters of office names (办公室, 科技局, 综合处 …).
    private static let officeEndings: Set<Unicode.Scalar> = ["室", "局", "处", "办", "委", "厅", "心", "所", "院", "部", "科"]

    /// First scalars of all labels: positions starting with anything else are skipped at once.
    private static let labelStarts: Set<Unicode.Scalar> = Set(labels.compactMap { $0.text.unicodeScalars.first })
    /// The same for the Basic Multilingual Plane as one bit per scalar: no hashing per position.
    private static let labelStartBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for start in labelStarts where start.value < 0x10000 { bits[Int(start.value >> 6)] |= 1 << UInt64(start.value & 63) }
        return bits
    }()

    private static func isLabelStart(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value < 0x10000 else { return labelStarts.contains(scalar) }
        return labelStartBits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }

    static func scan(_ text: String, line: Int) -> [Value] {
        // Every label needs a colon or a tab after it.
        guard text.includes(":") || text.includes("：") || text.includes("\t") else { return [] }
        let scalars = Array(text.unicodeScalars)
        var hits: [(field: Field, label: String, labelStart: Int, valueStart: Int)] = []
        var index = 0
        while index < scalars.count {
            guard isLabelStart(scalars[index]), let (label, field, valueStart) = label(in: scalars, at: index) else {
                index += 1
                continue
            }
            hits.append((field, label, index, valueStart))
            index = valueStart
        }
        var values: [Value] = []
        for (position, hit) in hits.enumerated() {
            let end = position + 1 < hits.count ? hits[position + 1].labelStart : scalars.count
            guard hit.valueStart <= end else { continue }
            var raw = TextNormalizer.trimmed(String(String.UnicodeScalarView(scalars[hit.valueStart..<end])))
            while raw.hasPrefix("\t") { raw = TextNormalizer.trimmed(String(raw.dropFirst())) }
            if let tab = raw.firstIndex(of: "\t") { raw = String(raw[..<tab]) }
            let value = cleanValue(raw)
            if !value.isEmpty { values.append(Value(field: hit.field, label: hit.label, value: value, line: line)) }
        }
        return values
    }

    private static func label(in scalars: [Unicode.Scalar], at index: Int) -> (String, Field, Int)? {
        for (text, field) in labels {
            // Table labels are often spread with ideographic spaces (`文　　号`): spaces inside a label are skipped.
            var cursor = index
            var matches = true
            for (offset, expected) in text.unicodeScalars.enumerated() {
                if offset > 0 { while cursor < scalars.count, TextNormalizer.isSpace(scalars[cursor]) { cursor += 1 } }
                guard cursor < scalars.count, scalars[cursor] == expected else { matches = false; break }
                cursor += 1
            }
            guard matches else { continue }
            // A short label inside a word is not one (资金来源：, 发生时间：) — except 来源 right after an
            // office name, as in `来源:办公室来源:宁波市科学技术局`.
            if index > 0, TextNormalizer.isHan(scalars[index - 1]), text.unicodeScalars.count <= 2,
               !(text == "来源" && Self.officeEndings.contains(scalars[index - 1])) {
                continue
            }
            while cursor < scalars.count, scalars[cursor] == " " || scalars[cursor] == "\u{3000}" { cursor += 1 }
            guard cursor < scalars.count else { return (text, field, cursor) }
            let next = scalars[cursor]
            if next == ":" || next == "：" {
                return (text, field, cursor + 1)
            }
            if next == "\t" { return (text, field, cursor + 1) }
        }
        return nil
    }

    private static func cleanValue(_ raw: String) -> String {
        var value = TextNormalizer.trimmed(raw)
        while let last = value.unicodeScalars.last, "|｜[]【】".unicodeScalars.contains(last) || TextNormalizer.isSpace(last) {
            value = String(value.unicodeScalars.dropLast())
        }
        // Several spaces separate the next unlabelled field (`发布日期:2018-04-16   访问次数:…`).
        // (Two space bytes must be there for Foundation's search to find two spaces.)
        if value.includes("  "), let gap = value.range(of: "  ") { value = String(value[..<gap.lowerBound]) }
        return TextNormalizer.trimmed(value)
    }
}
