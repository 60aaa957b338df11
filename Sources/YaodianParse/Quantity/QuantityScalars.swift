/// Lookup tables over the Basic Multilingual Plane for the quantity scanner, built once:
/// `fold` maps full-width digits, letters and punctuation and variant marks to ASCII forms, scalar for
/// scalar (traditional text is converted to simplified by OpenCC before it is scanned: `PlanParser`);
/// `classes` gives each folded scalar its character classes (bits of `QuantityScalars.Class`).
enum QuantityScalars {
    struct Class: OptionSet, Sendable {
        let rawValue: UInt8
        /// ASCII 0-9.
        static let digit = Class(rawValue: 1)
        /// 零〇一二两三四五六七八九十百千万亿.
        static let chineseNumeral = Class(rawValue: 2)
        /// Ends a clause: , ， ; : ! ? 。 and line breaks.
        static let clauseBreak = Class(rawValue: 4)
        /// Ends a sentence: ; 。 ! ? and line breaks.
        static let sentenceBreak = Class(rawValue: 8)
        static let space = Class(rawValue: 16)
        /// ASCII letters.
        static let letter = Class(rawValue: 32)
        /// Where a quantity can start: digits, Chinese numerals, 翻 (翻一番).
        static let trigger = Class(rawValue: 64)
        /// Opens a quoted name whose numerals are not quantities: “ ‘ 《 〔 「 『 ".
        static let quoteOpen = Class(rawValue: 128)
    }

    static let fold: [UInt32] = buildFold()
    static let classes: [Class] = buildClasses()

    /// The text's scalars, folded.
    static func folded(_ scalars: some Sequence<Unicode.Scalar>) -> [UInt32] {
        let table = fold
        return scalars.map { scalar in
            let v = scalar.value
            return v < 0x10000 ? table[Int(v)] : v
        }
    }

    @inline(__always)
    static func classOf(_ v: UInt32) -> Class {
        v < 0x10000 ? classes[Int(v)] : []
    }

    /// The scalar value of a one-scalar string literal.
    @inline(__always)
    static func u(_ scalar: Unicode.Scalar) -> UInt32 { scalar.value }

    /// The scalar values of a word.
    static func word(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    /// Variants OpenCC's character table does not cover, and full-width/variant punctuation.
    private static let foldPairs: [(Unicode.Scalar, Unicode.Scalar)] = [
        ("馀", "余"), ("貳", "二"), ("參", "三"),
        ("％", "%"), ("﹪", "%"), ("．", "."), ("－", "-"), ("−", "-"), ("～", "~"), ("：", ":"), ("；", ";"),
        ("！", "!"), ("？", "?"), ("（", "("), ("）", ")"), ("＋", "+"), ("／", "/"), ("＂", "\""),
        ("・", "·"), ("•", "·"), ("　", " "), ("\u{00A0}", " "), ("\t", " "),
    ]

    private static func buildFold() -> [UInt32] {
        var table = (0..<UInt32(0x10000)).map { $0 }
        for (from, to) in foldPairs { table[Int(from.value)] = to.value }
        for v in UInt32(0xFF10)...0xFF19 { table[Int(v)] = v - 0xFF10 + 0x30 }   // ０-９
        for v in UInt32(0xFF21)...0xFF3A { table[Int(v)] = v - 0xFF21 + 0x41 }   // Ａ-Ｚ
        for v in UInt32(0xFF41)...0xFF5A { table[Int(v)] = v - 0xFF41 + 0x61 }   // ａ-ｚ
        return table
    }

    private static func buildClasses() -> [Class] {
        var table = [Class](repeating: [], count: 0x10000)
        func add(_ chars: String, _ cls: Class) {
            for scalar in chars.unicodeScalars where scalar.value < 0x10000 { table[Int(scalar.value)].insert(cls) }
        }
        for v in 0x30...0x39 { table[v].insert([.digit, .trigger]) }
        for v in 0x41...0x5A { table[v].insert(.letter) }
        for v in 0x61...0x7A { table[v].insert(.letter) }
        add("零〇一二两三四五六七八九十百千万亿", [.chineseNumeral, .trigger])
        add("翻", .trigger)
        add(",，;:!?。\n\r", .clauseBreak)
        add(";!?。\n\r", .sentenceBreak)
        add(" ", .space)
        add("“‘《〔「『\"", .quoteOpen)
        return table
    }
}
