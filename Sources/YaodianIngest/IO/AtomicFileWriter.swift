import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file through a temporary sibling and a rename, so a failure never leaves a partial file
/// and a reader never sees half a document. Plain POSIX calls: a batch writes thousands of files.
public enum AtomicFileWriter {
    public enum WriteError: Error, CustomStringConvertible {
        case failed(path: String, reason: String)

        public var description: String {
            switch self {
            case let .failed(path, reason): return "\(path): cannot write: \(reason)"
            }
        }
    }

    public static func write(_ text: String, toPath path: String) throws(WriteError) {
        var text = text
        var failure: WriteError?
        text.withUTF8 { bytes in
            do throws(WriteError) { try write(bytes, toPath: path) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    public static func write(_ bytes: [UInt8], toPath path: String) throws(WriteError) {
        var failure: WriteError?
        bytes.withUnsafeBufferPointer { buffer in
            do throws(WriteError) { try write(buffer, toPath: path) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, toPath path: String) throws(WriteError) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw .failed(path: path, reason: String(cString: strerror(errno))) }
        var written = true
        var offset = 0
        while offset < bytes.count {
            let count = systemWrite(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                written = false
                break
            }
            offset += count
        }
        let writeError = errno
        guard close(descriptor) == 0, written else {
            let reason = String(cString: strerror(written ? errno : writeError))
            unlink(temporary)
            throw .failed(path: path, reason: reason)
        }
        // rename(2) replaces an existing file atomically within one directory.
        let replaced = ReplacedFileReleaser.hold(path)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            if let replaced { close(replaced) }
            unlink(temporary)
            throw .failed(path: path, reason: reason)
        }
        if let replaced { ReplacedFileReleaser.release(replaced) }
    }

    /// Waits until the files replaced by earlier writes have been let go (see `ReplacedFileReleaser`).
    public static func finishReplacing() {
        ReplacedFileReleaser.drain()
    }
}

/// write(2), outside the enum whose own `write` would shadow it.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
