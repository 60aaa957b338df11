/// Checks that every offset ZIPFoundation will seek to while reading an archive lies inside the bytes.
///
/// Why: ZIPFoundation 0.9.20 reads an in-memory archive through a cookie `FILE *` that accepts a seek
/// past the end of its data and then traps on the next read (`Range requires lowerBound <= upperBound`).
/// A damaged download or a hostile file can ask for such a seek through any offset of the central
/// directory. So the layout is walked here first, with the same rules ZIPFoundation follows (the
/// end record nearest the end, ZIP64 records and extra fields, data descriptors), and an archive
/// with an offset outside the file is refused as damaged before ZIPFoundation sees it.
struct ZipLayoutCheck {
    let bytes: [UInt8]

    /// nil when the layout is sound, else why it is not.
    func problem() -> String? {
        let size = UInt64(bytes.count)
        guard let end = endRecord() else { return "no zip end-of-directory record" }
        guard var directory = u32(end + 16).map(UInt64.init), var count = u16(end + 10).map(UInt64.init) else {
            return "truncated end-of-directory record"
        }
        // A ZIP64 end record (locator 20 bytes before the end record, record 56 bytes before that) wins.
        if end > 76, u32(end - 20) == 0x0706_4B50, u32(end - 76) == 0x0606_4B50 {
            guard let offset = u64(end - 76 + 48), let entries = u64(end - 76 + 32) else { return "truncated ZIP64 record" }
            directory = offset
            count = entries
        }
        guard count <= size / 46 else { return "more directory entries than the file can hold" }
        var position = directory
        for _ in 0..<count {
            guard position <= size, let at = Int(exactly: position) else { return "directory entry outside the file" }
            guard let entry = directoryEntry(at: at) else { return "damaged directory entry" }
            if let problem = check(entry, size: size) { return problem }
            position = UInt64(at) + entry.length
        }
        return nil
    }

    private struct DirectoryEntry {
        var usesDataDescriptor: Bool
        var isCompressed: Bool
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        var localHeader: UInt64
        var length: UInt64
    }

    private func check(_ entry: DirectoryEntry, size: UInt64) -> String? {
        let header = entry.localHeader
        guard header <= size, size - header >= 30, let at = Int(exactly: header), u32(at) == 0x0403_4B50,
              let nameLength = u16(at + 26), let extraLength = u16(at + 28) else { return "local header outside the file" }
        let data = header + 30 + UInt64(nameLength) + UInt64(extraLength)
        guard data <= size else { return "entry data outside the file" }
        if entry.usesDataDescriptor {
            let (descriptor, overflow) = data.addingReportingOverflow(entry.isCompressed ? entry.compressedSize : entry.uncompressedSize)
            guard !overflow, descriptor <= size else { return "data descriptor outside the file" }
        }
        return nil
    }

    /// A central directory entry, its ZIP64 extra field applied the way ZIPFoundation applies it:
    /// the field holds 8-byte values for the 32-bit fields set to 0xFFFFFFFF (4 bytes for the disk
    /// number at 0xFFFF), in order, and is used only when its length is exactly that.
    private func directoryEntry(at start: Int) -> DirectoryEntry? {
        let at = start
        guard u32(at) == 0x0201_4B50, let flags = u16(at + 8), let method = u16(at + 10),
              let compressed = u32(at + 20), let uncompressed = u32(at + 24), let nameLength = u16(at + 28),
              let extraLength = u16(at + 30), let commentLength = u16(at + 32), let disk = u16(at + 34),
              let local = u32(at + 42) else { return nil }
        let extraStart = at + 46 + Int(nameLength)
        guard extraStart + Int(extraLength) + Int(commentLength) <= bytes.count else { return nil }
        var entry = DirectoryEntry(usesDataDescriptor: flags & 0x8 != 0, isCompressed: method != 0,
                                   compressedSize: UInt64(compressed), uncompressedSize: UInt64(uncompressed),
                                   localHeader: UInt64(local),
                                   length: 46 + UInt64(nameLength) + UInt64(extraLength) + UInt64(commentLength))
        var sizes: [Int] = []
        if uncompressed == .max { sizes.append(8) }
        if compressed == .max { sizes.append(8) }
        if local == .max { sizes.append(8) }
        if disk == .max { sizes.append(4) }
        guard let field = zip64Field(from: extraStart, length: Int(extraLength)), field.count == sizes.reduce(0, +) else {
            return entry
        }
        // ZIPFoundation uses a value of the field only when it is not zero.
        var cursor = field.lowerBound
        func next(_ present: Bool) -> UInt64? {
            guard present, let value = u64(cursor) else { return nil }
            cursor += 8
            return value
        }
        if let value = next(uncompressed == .max), value > 0 { entry.uncompressedSize = value }
        if let value = next(compressed == .max), value > 0 { entry.compressedSize = value }
        if let value = next(local == .max), value > 0 { entry.localHeader = value }
        return entry
    }

    /// The data range of the ZIP64 extra field (id 0x0001) in an extra-field block.
    private func zip64Field(from start: Int, length: Int) -> Range<Int>? {
        var offset = 0
        while offset < length - 4 {
            guard let id = u16(start + offset), let dataSize = u16(start + offset + 2) else { return nil }
            let next = offset + 4 + Int(dataSize)
            guard next <= length else { return nil }
            if id == 0x0001 { return (start + offset + 4)..<(start + next) }
            offset = next
        }
        return nil
    }

    /// The end-of-central-directory record nearest the end, searched in the last 64 KiB + 22 bytes
    /// (its comment can be at most 65 535 bytes long).
    private func endRecord() -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 65_535)
        var at = bytes.count - 22
        while at >= lowest {
            if u32(at) == 0x0605_4B50 { return at }
            at -= 1
        }
        return nil
    }

    private func u16(_ at: Int) -> UInt16? {
        guard at >= 0, at + 2 <= bytes.count else { return nil }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private func u32(_ at: Int) -> UInt32? {
        guard at >= 0, at + 4 <= bytes.count else { return nil }
        return (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[at + $1]) << (8 * UInt32($1)) }
    }

    private func u64(_ at: Int) -> UInt64? {
        guard at >= 0, at + 8 <= bytes.count else { return nil }
        return (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) }
    }
}
