import Foundation
import YaodianModel
import YaodianText

/// Finds the targets of one block of plan text (a preamble paragraph, an item, a point) and
/// describes each: its text and clause, metric, kind, comparator, value and unit, qualifier (with
/// the sentence-level inheritance of 力争), scope, and the whole a 其中 part belongs to.
struct TargetExtractor {
    let lexicon: MetricLexicon

    /// A block's targets, numbered from `firstNumber` under `ownerId` (`S3.I16` → `S3.I16.T1`).
    /// - Parameter simplifiedText: the block already in simplified script (a traditional document is
    ///   converted once, paragraph by paragraph, by `PlanParser`); nil to convert here if needed.
    ///   `firstNumber` continues the numbering when an owner has several blocks (an item's paragraphs).
    ///   `decoded`: the block's scalars when the caller holds them (cut from its paragraph's).
    func targets(in text: String, simplified simplifiedText: String? = nil, ownerId: String, firstNumber: Int = 1,
                 scalars decoded: ArraySlice<Unicode.Scalar>? = nil) -> [Target] {
        let script = ScriptedScalars(text, simplified: simplifiedText, decoded: decoded)
        let original = script.original
        let scalars = script.simplified
        var targets: [Target] = []
        // Folded once for the block; each clause is scanned as a window of it.
        let folded = QuantityScalars.folded(scalars)

        for sentence in ClauseSplitter.split(scalars) {
            var sentenceQualifier: String?
            var carriedVerb: String?
            var previousInSentence: Int?
            var previousNoun: String?
            for clause in sentence.clauses {
                let qualifierHere = QualifierWords.first(in: scalars, range: clause.range)
                // Scanned in place (no string per clause); offsets made relative to the clause.
                let quantities = QuantityScanner.scan(folded: folded, in: clause.range).map { match in
                    var local = match
                    let shift = clause.range.lowerBound
                    local.scalarRange = (match.scalarRange.lowerBound - shift)..<(match.scalarRange.upperBound - shift)
                    local.numberRange = (match.numberRange.lowerBound - shift)..<(match.numberRange.upperBound - shift)
                    return local
                }
                // Most clauses hold no number: their scalars are only copied out when one does.
                let clauseScalars = quantities.isEmpty ? [] : Array(scalars[clause.range])
                var segmentStart = 0
                for (position, quantity) in quantities.enumerated() {
                    let numberStart = quantity.scalarRange.lowerBound
                    let before = Self.segment(clauseScalars, segmentStart..<numberStart)
                    let nounBefore = Self.strippedOfFunctionWords(before)
                    // Verbs and ordinals (开展第一批…) are not the metric's noun.
                    let hasNounBefore = Self.withoutVerbsAndOrdinals(nounBefore).unicodeScalars.contains(where: TextNormalizer.isHan)
                    let nextStart = position + 1 < quantities.count ? quantities[position + 1].scalarRange.lowerBound : clauseScalars.count
                    let after = Self.segment(clauseScalars, quantity.scalarRange.upperBound..<nextStart)
                    let nounAfter = Self.leadingNoun(after)
                    // The number closes the text when the metric stands before it (高新技术企业突破3000家);
                    // otherwise the metric follows (200家以上科创平台) and the text runs on to it.
                    let textEnd = hasNounBefore || nounAfter.isEmpty
                        ? quantity.scalarRange.upperBound : min(nextStart, quantity.scalarRange.upperBound + nounAfter.unicodeScalars.count)
                    let textRange = Self.trimmedLead(clauseScalars, segmentStart..<textEnd)
                    let targetText = ScalarText.string(original[(clause.range.lowerBound + textRange.lowerBound)..<(clause.range.lowerBound + textRange.upperBound)])

                    // The verb before the number (新增…), else one carried over a 、 list, else the one
                    // after it (力争2-3家进入…).
                    let ownVerb = Self.governingVerb(in: before)
                    let verb = ownVerb ?? carriedVerb ?? (hasNounBefore ? nil : Self.governingVerb(in: nounAfter))
                    if let ownVerb { carriedVerb = ownVerb }
                    let isMoney = quantity.normalizedUnit == "元"
                    let context = ScalarText.string(clauseScalars[0..<min(clauseScalars.count, textEnd)])
                    let kind = TargetKindClassifier.kind(unit: quantity.unit, context: context, verbContext: (verb ?? "") + before + (hasNounBefore ? "" : nounAfter),
                                                         isMoney: isMoney)
                    let (comparator, approx) = Self.planComparator(quantity, clause: clauseScalars, kind: kind)

                    var qualifier: String?
                    var inherited = false
                    if let here = qualifierHere, here.offset < numberStart {
                        qualifier = here.word
                        inherited = !textRange.contains(here.offset)
                    } else if let sentenceQualifier {
                        qualifier = sentenceQualifier
                        inherited = true
                    }

                    var parentId: String?
                    if before.hasBytePrefix("其中") || nounBefore.isEmpty && before.hasBytePrefix("其中") {
                        parentId = previousInSentence.map { targets[$0].id } ?? targets.last?.id
                    } else if !hasNounBefore, qualifier != nil, let previous = previousInSentence,
                              targets[previous].unit == quantity.unit, nounAfter.unicodeScalars.count >= 2,
                              (quantity.valueMax ?? quantity.value) <= (targets[previous].valueMax ?? targets[previous].value) {
                        // `…10家综合体建设,力争2-3家进入省创建对象`: a number with no subject of its own
                        // counts part of the previous target — when it is no larger (`200家以上科创平台
                        // 服务10000家以上企业` counts something else).
                        parentId = targets[previous].id
                    }

                    var nounPhrase = hasNounBefore ? nounBefore : nounAfter
                    // `新认定高新技术企业580家以上,总数达到1700`: a bare 总数 counts the previous noun.
                    if let previousNoun,
                       !Self.withoutVerbsAndOrdinals(MetricNamer.core(nounPhrase)).unicodeScalars.contains(where: TextNormalizer.isHan) {
                        nounPhrase = Self.withoutVerbsAndOrdinals(previousNoun)
                    }
                    let metric = MetricNamer.name(nounPhrase: nounPhrase, verb: kind == .total ? nil : verb, kind: kind,
                                                  isMoney: isMoney, lexicon: lexicon)
                    previousNoun = nounPhrase
                    let id = "\(ownerId).T\(firstNumber + targets.count)"
                    targets.append(Target(
                        id: id, itemId: ownerId, text: targetText, clause: ScalarText.string(original[clause.range]),
                        metric: metric, kind: kind, comparator: comparator, value: quantity.value, valueMax: quantity.valueMax,
                        unit: quantity.unit, unitImplied: quantity.unit == nil
                            ? (quantity.impliedUnit ?? previousInSentence.flatMap { targets[$0].unit } ?? lexicon.impliedUnit(for: metric)) : nil,
                        normalizedValue: quantity.normalizedValue, normalizedUnit: quantity.normalizedUnit,
                        qualifier: qualifier, qualifierInherited: qualifier != nil && inherited, approx: approx || quantity.approx,
                        scope: Self.scope(in: context), parentId: parentId))
                    previousInSentence = targets.count - 1
                    segmentStart = textEnd
                }
                if let here = qualifierHere { sentenceQualifier = here.word }
            }
        }
        return targets
    }

    // MARK: pieces

    private static func segment(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        guard range.lowerBound < range.upperBound else { return "" }
        return ScalarText.string(scalars[range])
    }

    /// The range without leading list marks and spaces (`、高新技术企业300家以上`).
    private static func trimmedLead(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        while lower < range.upperBound, ["、", ",", "，", " ", "\u{3000}", "和", "及"].contains(scalars[lower]) { lower += 1 }
        return lower..<max(lower, range.upperBound)
    }

    /// The noun right after the number: up to the next list mark or a verb-like break.
    private static func leadingNoun(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        for prefix in ["以上", "左右", "以内"] where String(scalars).hasBytePrefix(prefix) {
            scalars = scalars.dropFirst(prefix.unicodeScalars.count)
        }
        var result = String.UnicodeScalarView()
        for scalar in scalars {
            if scalar == "、" || scalar == "," || scalar == "，" { break }
            result.append(scalar)
        }
        return String(result)
    }

    private static let functionWords = WordList([
        "力争", "争取", "确保", "努力", "其中", "全年", "今年", "年内", "达到", "突破", "超过", "不低于", "不少于", "达", "超",
        "约", "近", "同比", "实现", "完成", "、", "，", ",",
    ])
    private static let verbs = WordList(TargetKindClassifier.incrementVerbs + TargetKindClassifier.countVerbs + TargetKindClassifier.amountVerbs)

    /// The words before a number without qualifiers, comparators and time words.
    private static func strippedOfFunctionWords(_ text: String) -> String {
        TextNormalizer.trimmed(functionWords.removing(from: text))
    }

    /// The words without the verbs of the kind lexicon and without ordinals (第一批, 第二届).
    private static func withoutVerbsAndOrdinals(_ text: String) -> String {
        var scalars = ScalarText.scalars(of: verbs.removing(from: text))
        if let start = scalars.firstIndex(of: "第"), let end = scalars[start...].firstIndex(where: { ["批", "届", "期", "轮", "次"].contains($0) }),
           end - start <= 4 {
            scalars.removeSubrange(start...end)
        }
        return ScalarText.string(scalars)
    }

    /// The increment or activity verb that governs the number, if the words before it hold one.
    private static let incrementVerbs = WordList(TargetKindClassifier.incrementVerbs)
    private static let countVerbs = WordList(TargetKindClassifier.countVerbs)
    private static let amountVerbs = WordList(TargetKindClassifier.amountVerbs)

    /// Increment verbs win over activity verbs, which win over verbs of money.
    private static func governingVerb(in text: String) -> String? {
        incrementVerbs.firstMatch(in: text) ?? countVerbs.firstMatch(in: text) ?? amountVerbs.firstMatch(in: text)
    }

    /// The plan's comparator (gold README's keyword table): 超过 is a floor (>=), 超 alone is `>`,
    /// 高于 … N个百分点 is a floor on the gap, 左右 is `=` marked approximate.
    private static func planComparator(_ quantity: QuantityMatch, clause: [Unicode.Scalar], kind: TargetKind) -> (YaodianModel.Comparator, Bool) {
        switch quantity.comparator {
        case .approximately:
            return (.equal, true)
        case .above:
            let lead = ScalarText.string(clause[max(0, quantity.scalarRange.lowerBound - 4)..<quantity.numberRange.lowerBound])
            if lead.includes("超过") { return (.atLeast, false) }
            if kind == .relative { return (.atLeast, false) }
            return (.above, false)
        case .equal where kind == .relative:
            return (.atLeast, false)
        default:
            return (quantity.comparator, quantity.approx)
        }
    }

    private static let scopes = ["全社会", "全市", "全区", "全县", "全省", "规上", "规模以上", "区本级", "市本级", "县本级"]

    private static func scope(in text: String) -> String? {
        scopes.first { text.includes($0) }
    }
}
