/// A numbering marker as printed at the start of a paragraph, for checks of the numbering itself
/// (gaps, duplicates, mixed styles) — the plan tree keeps the numbers but not how they were typed.
public struct NumberingMark: Hashable, Sendable {
    /// Index in the paragraphs given to `NumberingMarks.scan`.
    public var paragraphIndex: Int
    /// GB/T 9704 level: 1 `一、`, 2 `(一)`, 3 `1.`, 4 `(1)` / `①`.
    public var level: Int
    /// The numeral's value (`十一` → 11).
    public var value: Int
    /// The marker as typed (`（一）`, `1．`, `3、`), spaces removed.
    public var marker: String
    /// The marker with its numeral replaced by `N`: `（N）`, `N．`, `N、` — two marks of one level
    /// with different styles are typed differently.
    public var style: String
    /// An unnumbered part heading of a 政府工作报告 (`2024年工作安排`): numbering below it starts again.
    public var isPartHeading: Bool

    public init(paragraphIndex: Int, level: Int, value: Int, marker: String, style: String, isPartHeading: Bool) {
        self.paragraphIndex = paragraphIndex
        self.level = level
        self.value = value
        self.marker = marker
        self.style = style
        self.isPartHeading = isPartHeading
    }
}

public enum NumberingMarks {
    /// The numbering marker of every paragraph that starts with one, in order, and the unnumbered
    /// part headings (`2023年工作回顾`, marker "") that numbering restarts under.
    public static func scan(paragraphs: [String]) -> [NumberingMark] {
        var marks: [NumberingMark] = []
        for (index, text) in paragraphs.enumerated() {
            guard let line = StructureLine(index: index, text: text),
                  let marker = StructureMarker.detect(in: line) else { continue }
            if marker.number.isEmpty {
                marks.append(NumberingMark(paragraphIndex: index, level: 0, value: 0, marker: "", style: "",
                                           isPartHeading: true))
                continue
            }
            var typed = String.UnicodeScalarView()
            var style = String.UnicodeScalarView()
            var inNumeral = false
            for position in line.start..<marker.contentStart {
                let scalar = line.scalars[position]
                if StructureText.isSpace(scalar) { continue }
                typed.append(scalar)
                if isNumeral(scalar) {
                    if !inNumeral { style.append("N") }
                    inNumeral = true
                } else {
                    style.append(scalar)
                    inNumeral = false
                }
            }
            marks.append(NumberingMark(paragraphIndex: index, level: marker.level, value: marker.value,
                                       marker: String(typed), style: String(style),
                                       isPartHeading: false))
        }
        return marks
    }

    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        if StructureText.digit(scalar) != nil { return true }
        if (0x2460...0x2473).contains(scalar.value) { return true }  // ① … ⑳
        return "〇零一二两三四五六七八九十百".unicodeScalars.contains(scalar)
    }
}
