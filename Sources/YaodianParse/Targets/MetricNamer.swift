import Foundation
import YaodianModel
import YaodianText

/// Names what a target measures: the noun phrase around its number, stripped of qualifiers,
/// comparators and verbs, folded through the metric lexicon, with a suffix that says how it is
/// counted (`高新技术企业净增数`, `技术交易额`, `高新技术产业投资增长率`).
enum MetricNamer {
    /// Words that are not part of a metric's name.
    static let noiseWords: [String] = [
        "力争", "争取", "确保", "努力", "争创", "全年", "今年", "年内", "其中", "累计", "实现", "完成", "达到", "突破", "超过", "不低于",
        "不少于", "总数", "总量", "达", "超", "约", "近", "同比", "分别", "全市", "全社会", "全区", "全县",
    ]

    /// The phrase without qualifiers, comparators, time and scope words: what is left names the metric.
    private static let noise = WordList(noiseWords)

    static func core(_ nounPhrase: String) -> String {
        noise.removing(from: nounPhrase)
    }

    static func name(nounPhrase: String, verb: String?, kind: TargetKind, isMoney: Bool, lexicon: MetricLexicon) -> String {
        var phrase = core(nounPhrase)
        if let verb { phrase = phrase.removingAll(verb) }
        for quote in ["“", "”", "\"", "‘", "’"] { phrase = phrase.removingAll(quote) }
        phrase = lexicon.normalise(trimPunctuation(phrase))
        guard !phrase.isEmpty else { return verb.map { $0 + "数" } ?? kind.rawValue }
        switch kind {
        case .growthRate:
            let base = phrase.replacingSuffix(["增长率", "增长", "增速"])
            return base + "增长率"
        case .share, .relative:
            return phrase
        case .increment, .count:
            if let verb { return phrase + verb + "数" }
            return phrase.hasByteSuffix("数") ? phrase : phrase + "数"
        case .amount:
            if let verb { return phrase + verb + "额" }
            return phrase
        case .total:
            if isMoney || ["额", "费", "量", "数", "比重", "率", "值", "经费"].contains(where: { phrase.hasByteSuffix($0) }) { return phrase }
            return phrase + "数量"
        }
    }

    private static func trimPunctuation(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, isTrimmed(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, isTrimmed(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }

    /// Marks and joining words trimmed from a name's ends (a switch: no set is built per call).
    private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "、", ",", "，", ":", "：", "“", "”", " ", "的", "和", "及", "与", "等": return true
        default: return false
        }
    }
}

extension String {
    /// The string without the first of `suffixes` it ends with.
    func replacingSuffix(_ suffixes: [String]) -> String {
        for suffix in suffixes where hasByteSuffix(suffix) { return String(dropLast(suffix.count)) }
        return self
    }
}
