import Foundation
import YaodianParse

/// Writes a number the way a document writes its markers at that level: `三、`, `(四)`, `5.`, `⑥`.
enum NumberingStyle {
    static func marker(_ value: Int, like mark: NumberingMark) -> String {
        let numeral: String
        if mark.marker.unicodeScalars.contains(where: { (0x2460...0x2473).contains($0.value) }) {
            numeral = (1...20).contains(value) ? String(Character(Unicode.Scalar(0x2460 + UInt32(value - 1)) ?? "?")) : String(value)
        } else if mark.marker.unicodeScalars.contains(where: { "〇零一二两三四五六七八九十百".unicodeScalars.contains($0) }) {
            numeral = chinese(value)
        } else {
            numeral = String(value)
        }
        return mark.style.replacingOccurrences(of: "N", with: numeral)
    }

    /// 1…99 in Chinese numerals as headings write them: 一, 十, 十一, 二十, 二十一.
    static func chinese(_ value: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard value > 0, value < 100 else { return String(value) }
        if value < 10 { return digits[value] }
        let tens = value / 10, ones = value % 10
        return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
    }
}
