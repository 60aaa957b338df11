import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file through a temporary sibling and a rename, so a failure never leaves a partial file
/// and a reader never sees half a document.
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
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            // rename(2) replaces an existing file atomically within one directory.
            guard rename(temporary.path, url.path) == 0 else {
                throw WriteError.failed(path: path, reason: String(cString: strerror(errno)))
            }
        } catch let error as WriteError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .failed(path: path, reason: error.localizedDescription)
        }
    }
}
