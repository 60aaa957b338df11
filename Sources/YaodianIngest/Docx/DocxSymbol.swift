/// `<w:sym w:font="Symbol" w:char="F0B3"/>`: a character picked from a symbol font with Insert ▸ Symbol.
/// Word stores symbol-font characters in the private use area (F000 + the font's byte); the ones a
/// plan uses (≥ ≤ × ± ° and check boxes) are mapped to Unicode, other private-use codes are dropped
/// rather than passed on as characters nothing can display.
enum DocxSymbol {
    static func text(font: String?, char hex: String?) -> String {
        guard let hex, let code = UInt32(hex, radix: 16) else { return "" }
        let isPrivateUse = (0xE000...0xF8FF).contains(code)
        if !isPrivateUse { return Unicode.Scalar(code).map { String(Character($0)) } ?? "" }
        let byte = code & 0xFF
        let table: [UInt32: String]
        switch font?.lowercased() {
        case "symbol": table = symbol
        case let name? where name.hasPrefix("wingdings"): table = wingdings
        default: table = [:]
        }
        if let mapped = table[byte] { return mapped }
        // Symbol's digits and most ASCII punctuation are themselves.
        if font?.lowercased() == "symbol", let scalar = Unicode.Scalar(byte), "0123456789!#%&()+,-./:;<=>?[]_{|} ".unicodeScalars.contains(scalar) {
            return String(Character(scalar))
        }
        return ""
    }

    static let symbol: [UInt32: String] = [
        0xA3: "≤", 0xB3: "≥", 0xB4: "×", 0xB8: "÷", 0xB1: "±", 0xB0: "°", 0xB7: "•", 0xB9: "≠", 0xBB: "≈",
        0xAE: "→", 0xAC: "←", 0xAD: "↑", 0xAF: "↓", 0xA5: "∞", 0xD6: "√",
        0x61: "α", 0x62: "β", 0x63: "χ", 0x64: "δ", 0x65: "ε", 0x66: "φ", 0x67: "γ", 0x68: "η", 0x69: "ι",
        0x6B: "κ", 0x6C: "λ", 0x6D: "μ", 0x6E: "ν", 0x6F: "ο", 0x70: "π", 0x71: "θ", 0x72: "ρ", 0x73: "σ",
        0x74: "τ", 0x75: "υ", 0x77: "ω", 0x78: "ξ", 0x79: "ψ", 0x7A: "ζ", 0x44: "Δ", 0x57: "Ω", 0x53: "Σ",
    ]

    static let wingdings: [UInt32: String] = [
        0x6C: "●", 0x6E: "■", 0x9F: "•", 0xA8: "□", 0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑", 0xD8: "➢",
    ]
}
