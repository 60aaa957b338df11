import YaodianText

/// One non-empty input paragraph: its scalars and the trimmed range the parser reads.
/// Leading list bullets (`•`, left by some page-to-text conversions) are trimmed like spaces.
struct StructureLine {
    /// Index in the caller's `paragraphs`.
    let index: Int
    let scalars: [Unicode.Scalar]
    /// The paragraph as given; output strings are cut from it (a copy of UTF-8 bytes, no re-encoding).
    let original: String
    /// Trimmed start and end.
    let start: Int
    let end: Int

    /// UTF-8 offset in `original` of each scalar, and of the end (`scalars.count + 1` entries):
    /// `slice` cuts many pieces from long paragraphs and should not count widths from the start each time.
    private let utf8Offsets: [Int]

    init?(index: Int, text: String) {
        let scalars = ScalarText.scalars(of: text)
        var (a, b) = StructureText.trimmed(scalars, 0, scalars.count)
        while a < b, scalars[a] == "\u{2022}" {
            a += 1
            while a < b, StructureText.isSpace(scalars[a]) { a += 1 }
        }
        guard a < b else { return nil }
        self.index = index
        self.scalars = scalars
        self.original = text
        self.start = a
        self.end = b
        // Reserved and appended (`[Int](repeating:count:)` allocates through the slow generic path).
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        utf8Offsets = offsets
    }

    var length: Int { end - start }

    /// The trimmed paragraph.
    var text: String { slice(start, end) }

    /// `scalars[lower..<upper]` as a string, cut from `original` at the matching UTF-8 offsets.
    func slice(_ lower: Int, _ upper: Int) -> String {
        guard lower < upper else { return "" }
        let utf8 = original.utf8
        let a = utf8.index(utf8.startIndex, offsetBy: utf8Offsets[lower])
        let b = utf8.index(a, offsetBy: utf8Offsets[upper] - utf8Offsets[lower])
        return String(original[a..<b])
    }

    /// The scalars of the piece that starts at scalar `offset` and is `utf8Count` bytes long (a
    /// block cut by `slice`), so extractors need not decode its text again; nil if no scalar ends there.
    func scalars(from offset: Int, utf8Count: Int) -> ArraySlice<Unicode.Scalar>? {
        guard offset >= 0, offset < utf8Offsets.count else { return nil }
        let target = utf8Offsets[offset] + utf8Count
        var low = offset
        var high = utf8Offsets.count - 1
        while low < high {
            let middle = (low + high) / 2
            if utf8Offsets[middle] < target { low = middle + 1 } else { high = middle }
        }
        guard utf8Offsets[low] == target else { return nil }
        return scalars[offset..<low]
    }

    /// The trimmed paragraph in simplified characters (OpenCC is slow, 5 MB/s: only for short lines).
    var simplified: String { ChineseScript.shared.simplified(text) }

    /// True when the trimmed paragraph holds `s` anywhere.
    func contains(_ s: Unicode.Scalar) -> Bool {
        StructureText.firstIndex(of: s, in: scalars, start, end) != nil
    }

    /// The last scalar of the trimmed paragraph, full-width forms folded.
    var lastFolded: Unicode.Scalar { StructureText.fold(scalars[end - 1]) }
}
