import YaodianParse

/// Walks the numbering markers of a document level by level, as a reader checks them: each
/// level counts 1, 2, 3 … under its parent; a deeper level starts again under a new parent, or
/// goes on from where it stopped (宁波 and 绍兴 number items 1..N across sections).
struct NumberingSequence {
    enum Event: Sendable {
        /// `expected` was due, `mark` came: numbers in between are missing.
        case gap(mark: NumberingMark, expected: Int)
        /// `mark` repeats or goes back to a number already used under this parent.
        case duplicate(mark: NumberingMark, previous: NumberingMark)
    }

    /// - Parameter restartsAfterProse: a list may start again at 1 after a paragraph of prose, as
    ///   政府工作报告 do under each theme; in a 工作要点 that is a duplicate.
    static func check(_ marks: [NumberingMark], restartsAfterProse: Bool = false) -> [Event] {
        var events: [Event] = []
        // The last mark at each level under the current parent, and anywhere (for continuations).
        var underParent: [Int: NumberingMark] = [:]
        var anywhere: [Int: NumberingMark] = [:]
        var lastParagraph = -1
        for (position, mark) in marks.enumerated() {
            defer { lastParagraph = mark.paragraphIndex }
            if mark.isPartHeading {
                // A new part of the report: every level may start again.
                underParent = [:]
                anywhere = [:]
                continue
            }
            underParent = underParent.filter { $0.key <= mark.level }
            // Under the same parent the next number is due; first under a new parent, 1 (numbering
            // restarts) or the next one (it runs on, as in 宁波 and 绍兴).
            let previous = underParent[mark.level] ?? anywhere[mark.level]
            let restartAllowed = underParent[mark.level] == nil
                || (restartsAfterProse && mark.level >= 2 && mark.paragraphIndex > lastParagraph + 1)
            var expected: Int?
            if let previous {
                if mark.value == previous.value + 1 || (mark.value == 1 && restartAllowed) {
                    // in order
                } else {
                    // `(一)…(四)`, then a paragraph of prose introducing a new theme, then `(一)…` is a
                    // new list in a 政府工作报告 (restartsAfterProse); otherwise a number at or below the
                    // last is a duplicate, above the next one a gap.
                    events.append(mark.value <= previous.value ? .duplicate(mark: mark, previous: previous)
                                                               : .gap(mark: mark, expected: previous.value + 1))
                    expected = previous.value + 1
                }
            } else if mark.value != 1 {
                events.append(.gap(mark: mark, expected: 1))
                expected = 1
            }
            // One mistyped number (4. 4. 6.): when the next number at this level is the one after
            // the expected, count this mark as the expected one, so the error is reported once.
            var counted = mark
            if let expected, nextValue(after: position, in: marks) == expected + 1 { counted.value = expected }
            underParent[mark.level] = counted
            anywhere[mark.level] = counted
        }
        return events
    }

    /// The value of the next mark at the same level (under this parent or, where numbering runs
    /// on across sections, the next one), before a part heading; nil if there is none.
    private static func nextValue(after position: Int, in marks: [NumberingMark]) -> Int? {
        let level = marks[position].level
        for mark in marks[(position + 1)...] {
            if mark.isPartHeading { return nil }
            if mark.level == level { return mark.value }
        }
        return nil
    }
}
