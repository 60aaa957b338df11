import Foundation
import ZIPFoundation

/// The parts of a .docx that Yaodian reads, taken from the zip in memory.
struct DocxArchive {
    var document: [UInt8]
    var numbering: [UInt8]?
    var styles: [UInt8]?
    var coreProperties: [UInt8]?

    /// No part may unpack to more than this, whatever its header claims (zip bombs).
    static let partLimit = 256 * 1024 * 1024

    /// Opens the zip and reads its parts; a file that is not a zip, or a zip without
    /// `word/document.xml`, is `.notDocx`.
    static func open(_ bytes: [UInt8], input: String) throws(IngestError) -> DocxArchive {
        // Every zip starts with a local file header, "PK\u{3}\u{4}"; anything else is not a zip at all.
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            // Word 97-2003 .doc files (OLE2 compound files) are often renamed .docx by hand.
            if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
                throw .notDocx(input: input, reason: "an old binary Word .doc, not a zip archive (save it as .docx)")
            }
            throw .notDocx(input: input, reason: "not a zip archive")
        }
        if let problem = ZipLayoutCheck(bytes: bytes).problem() {
            throw .notDocx(input: input, reason: "damaged zip archive (\(problem))")
        }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .notDocx(input: input, reason: "damaged zip archive")
        }
        guard let document = try part("word/document.xml", in: archive, input: input) else {
            throw .notDocx(input: input, reason: "the zip has no word/document.xml")
        }
        return DocxArchive(document: document,
                           numbering: try part("word/numbering.xml", in: archive, input: input),
                           styles: try part("word/styles.xml", in: archive, input: input),
                           coreProperties: try part("docProps/core.xml", in: archive, input: input))
    }

    /// The bytes of one entry, nil when the archive has none by that name.
    private static func part(_ path: String, in archive: Archive, input: String) throws(IngestError) -> [UInt8]? {
        // Zips written on Windows sometimes spell entry names with backslashes.
        guard let entry = archive[path] ?? archive[path.replacingOccurrences(of: "/", with: "\\")] else { return nil }
        guard entry.uncompressedSize <= UInt64(partLimit) else {
            throw .notDocx(input: input, reason: "\(path) unpacks to more than \(partLimit) bytes")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(Int(entry.uncompressedSize), 16 * 1024 * 1024))
        do {
            _ = try archive.extract(entry) { chunk in
                // The header's size can lie; stop at the limit however much the stream yields.
                guard bytes.count + chunk.count <= partLimit else { throw Archive.ArchiveError.invalidEntrySize }
                bytes.append(contentsOf: chunk)
            }
        } catch {
            throw .notDocx(input: input, reason: "\(path) cannot be unpacked (\(error))")
        }
        return bytes
    }
}
