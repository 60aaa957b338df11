import YaodianModel

/// Which statements of one thing disagree with the rest. When most statements agree, the others
/// are the odd ones; when no value has a majority (a preamble and one item), every statement is,
/// since the document does not say which is meant — each is reported with a statement of the
/// other value as its witness, so a fix can start from either place.
enum OddStatements {
    /// `(odd, witness)` pairs for targets in document order; `agree` says two statements match.
    /// Statements in one clause are one statement (`分别突破2000亿元、1600亿元` names two things).
    static func find(_ targets: [Target], agree: (Target, Target) -> Bool) -> [(odd: Target, witness: Target)] {
        var statements: [Target] = []
        for target in targets where !statements.contains(where: { $0.clause == target.clause && $0.itemId == target.itemId }) {
            statements.append(target)
        }
        var classes: [[Target]] = []
        for statement in statements {
            if let position = classes.firstIndex(where: { agree($0[0], statement) }) {
                classes[position].append(statement)
            } else {
                classes.append([statement])
            }
        }
        guard classes.count > 1 else { return [] }
        let largest = classes.map(\.count).max() ?? 0
        let majorities = classes.filter { $0.count == largest }
        var pairs: [(odd: Target, witness: Target)] = []
        if majorities.count == 1, let majority = majorities.first {
            for group in classes where group[0].id != majority[0].id {
                pairs += group.map { ($0, majority[0]) }
            }
        } else {
            for (position, group) in classes.enumerated() {
                let other = classes[position == 0 ? 1 : 0][0]
                pairs += group.map { ($0, other) }
            }
        }
        return pairs.sorted { (statements.firstIndex(of: $0.odd) ?? 0) < (statements.firstIndex(of: $1.odd) ?? 0) }
    }
}
