#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed word list as UTF-8 bytes in one buffer, for byte tests run on every line of every page:
/// iterating an array of Strings or byte arrays retains and releases each element, which cost
/// more than the comparisons. Matches are byte matches, as `String.includes` and `hasBytePrefix`.
struct PackedWords: Sendable {
    private let storage: [UInt8]
    /// Each word's start and length in `storage`, in list order.
    private let spans: [Span]
    /// Indices into `spans` grouped by first byte: the group of byte b is `byFirst[starts[b]..<starts[b + 1]]`.
    private let byFirst: [Int]
    private let starts: [Int]

    private struct Span: Sendable {
        var start: Int
        var count: Int
    }

    init(_ words: [String]) {
        var storage: [UInt8] = []
        var spans: [Span] = []
        for word in words {
            spans.append(Span(start: storage.count, count: word.utf8.count))
            storage.append(contentsOf: word.utf8)
        }
        var groups = [[Int]](repeating: [], count: 256)
        for (index, span) in spans.enumerated() where span.count > 0 { groups[Int(storage[span.start])].append(index) }
        var byFirst: [Int] = []
        var starts: [Int] = []
        for group in groups {
            starts.append(byFirst.count)
            byFirst.append(contentsOf: group)
        }
        starts.append(byFirst.count)
        self.storage = storage
        self.spans = spans
        self.byFirst = byFirst
        self.starts = starts
    }

    /// Whether `line` starts with one of the (non-empty) words.
    func anyIsPrefix(of line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lineBase = line.baseAddress, let first = line.first else { return false }
        return withBuffers(false) { storage, spans in
            for position in starts[Int(first)]..<starts[Int(first) + 1] {
                let span = spans[byFirst[position]]
                guard span.count <= line.count else { continue }
                // The first byte matches by construction; most candidates differ at the second
                // (the words of a CJK lexicon share a handful of lead bytes).
                if span.count >= 2 && storage[span.start + 1] != lineBase[1] { continue }
                if memcmp(storage + span.start, lineBase, span.count) == 0 { return true }
            }
            return false
        }
    }

    /// Whether `line` is, byte for byte, one of the words.
    func anyEquals(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lineBase = line.baseAddress, let first = line.first else { return false }
        return withBuffers(false) { storage, spans in
            for position in starts[Int(first)]..<starts[Int(first) + 1] {
                let span = spans[byFirst[position]]
                if span.count == line.count, memcmp(storage + span.start, lineBase, span.count) == 0 { return true }
            }
            return false
        }
    }

    /// Whether `line` ends with one of the words.
    func anyIsSuffix(of line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lineBase = line.baseAddress else { return false }
        return withBuffers(false) { storage, spans in
            for span in spans where span.count <= line.count {
                if memcmp(storage + span.start, lineBase + (line.count - span.count), span.count) == 0 { return true }
            }
            return false
        }
    }

    /// How many of the words occur in `line`, counting up to `limit` (then it stops looking).
    func occurringCount(in line: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        withBuffers(0) { storage, spans in
            var found = 0
            for span in spans where Self.contains(storage + span.start, count: span.count, in: line) {
                found += 1
                if found >= limit { break }
            }
            return found
        }
    }

    /// Substring test on bytes, keyed on the needle's last byte: in Chinese text the lead byte of a
    /// character matches every few bytes, a continuation byte far less often.
    static func contains(_ needle: UnsafePointer<UInt8>, count: Int, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count > 0 else { return true }
        guard let base = line.baseAddress, line.count >= count else { return false }
        let last = Int32(needle[count - 1])
        var cursor = base + (count - 1)
        let end = base + line.count
        while cursor < end {
            guard let hit = memchr(cursor, last, end - cursor) else { return false }
            let position = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(position - (count - 1), needle, count) == 0 { return true }
            cursor = position + 1
        }
        return false
    }

    /// The buffers, or `empty` when the list holds no bytes at all.
    private func withBuffers<R>(_ empty: R, _ body: (UnsafePointer<UInt8>, UnsafeBufferPointer<Span>) -> R) -> R {
        storage.withUnsafeBufferPointer { storage in
            guard let base = storage.baseAddress else { return empty }
            return spans.withUnsafeBufferPointer { body(base, $0) }
        }
    }
}
