import YaodianText

/// Cuts a block of plan text into sentences (at `。` `！` `？`, and `;` `；` when a new qualifier
/// follows) and each sentence into clauses (at `,` `，` `;` `；` `:` `：`), keeping scalar offsets
/// into the block so targets can point back at their text.
struct ClauseSplitter {
    struct Clause {
        /// Offsets of the clause in the block's scalars.
        var range: Range<Int>
    }

    struct Sentence {
        var range: Range<Int>
        var clauses: [Clause]
    }

    @inline(__always)
    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?": return true
        default: return false
        }
    }

    @inline(__always)
    static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", "，", ";", "；", ":", "：", "\n": return true
        default: return false
        }
    }

    static func split(_ scalars: [Unicode.Scalar]) -> [Sentence] {
        var sentences: [Sentence] = []
        var clauses: [Clause] = []
        var clauseStart = 0
        var sentenceStart = 0
        var depth = 0   // inside （）, (), 《》, “” a comma does not end a clause
        func closeClause(at end: Int) {
            let trimmed = trim(scalars, clauseStart..<end)
            if !trimmed.isEmpty {
                clauses.append(Clause(range: trimmed))
            }
        }
        for (index, scalar) in scalars.enumerated() {
            // CJK ideographs, most of the text, are none of the marks below.
            if scalar.value >= 0x4E00 && scalar.value <= 0x9FFF { continue }
            switch scalar {
            case "(", "（", "《", "“", "「": depth += 1
            case ")", "）", "》", "”", "」": depth = max(0, depth - 1)
            default: break
            }
            if endsSentence(scalar) {
                closeClause(at: index)
                if !clauses.isEmpty { sentences.append(Sentence(range: sentenceStart..<index, clauses: clauses)) }
                clauses = []
                clauseStart = index + 1
                sentenceStart = index + 1
                depth = 0
            } else if depth == 0, endsClause(scalar) {
                closeClause(at: index)
                clauseStart = index + 1
            }
        }
        closeClause(at: scalars.count)
        if !clauses.isEmpty { sentences.append(Sentence(range: sentenceStart..<scalars.count, clauses: clauses)) }
        return sentences
    }

    private static func trim(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(scalars[lower]) { lower += 1 }
        while upper > lower, isSpace(scalars[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{3000}" || scalar == "\t" || scalar == "\u{A0}"
    }
}
