import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads input files with a size check before loading them (plain POSIX calls: a batch reads
/// thousands of files and FileManager's attribute dictionaries cost more than the read).
public enum InputReader {
    public static func readFile(atPath path: String, maxBytes: Int) throws(IngestError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(input: path, reason: describe(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(input: path, reason: describe(errno)) }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw .unreadable(input: path, reason: "is a directory") }
        let size = Int(info.st_size)
        guard size <= maxBytes else { throw .tooLarge(input: path, bytes: size, limit: maxBytes) }
        guard size > 0 else { throw .empty(input: path) }

        // Read straight into the array's storage: no zero-filling of a buffer about to be overwritten.
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var filled = 0
            while filled < size {
                let count = read(descriptor, buffer.baseAddress.map { $0 + filled }, size - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if count == 0 { break }
                filled += count
            }
            initialized = filled
        }
        guard failure == 0 else { throw .unreadable(input: path, reason: describe(failure)) }
        guard !bytes.isEmpty else { throw .empty(input: path) }
        return bytes
    }

    /// The saved HTTP response headers of `page.html`, kept as `page.headers`.
    public static func siblingHeaders(forPath path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        let headersURL = url.deletingPathExtension().appendingPathExtension("headers")
        guard headersURL.path != url.path, access(headersURL.path, R_OK) == 0,
              let data = FileManager.default.contents(atPath: headersURL.path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    private static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "permission denied"
        case EISDIR: return "is a directory"
        default: return String(cString: strerror(code))
        }
    }
}
