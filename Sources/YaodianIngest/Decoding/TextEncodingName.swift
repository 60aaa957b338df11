/// The encodings Yaodian decodes, by the names iconv knows them under.
/// GB2312 and GBK pages are read as GB18030 (their superset), Big5 as Big5-HKSCS, as browsers do.
public enum TextEncodingName: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case gb18030 = "gb18030"
    case big5HKSCS = "big5-hkscs"
    case latin1 = "windows-1252"

    var iconvName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        case .gb18030: return "GB18030"
        case .big5HKSCS: return "BIG5-HKSCS"
        case .latin1: return "CP1252"
        }
    }

    /// Maps a declared label (`gb2312`, `GBK`, `x-gbk`, `big5`, `utf8`) to the encoding used to read it.
    /// Returns nil for labels Yaodian does not read.
    public init?(label: String) {
        let key = label.lowercased().trimmingCharacters(in: " \t\"'")
        switch key {
        case "utf-8", "utf8", "unicode-1-1-utf-8": self = .utf8
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "gb_2312-80", "gb_2312", "euc-cn",
             "csgb2312", "chinese", "iso-ir-58", "windows-936": self = .gb18030
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5", "big5hkscs": self = .big5HKSCS
        case "utf-16le", "utf-16": self = .utf16LE
        case "utf-16be": self = .utf16BE
        case "iso-8859-1", "latin1", "windows-1252", "us-ascii", "ascii", "cp1252": self = .latin1
        default: return nil
        }
    }
}

extension String {
    /// Trims any of the given ASCII characters from both ends.
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var scalars = Substring(self)
        while let first = scalars.first, chars.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, chars.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
