import Foundation

/// Reads input files with a size check before loading them.
public enum InputReader {
    public static func readFile(atPath path: String, maxBytes: Int) throws(IngestError) -> [UInt8] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(input: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(input: path, reason: "is a directory") }
        let size = (try? manager.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maxBytes else { throw .tooLarge(input: path, bytes: size, limit: maxBytes) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(input: path, reason: "permission denied") }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            guard !data.isEmpty else { throw IngestError.empty(input: path) }
            return [UInt8](data)
        } catch let error as IngestError {
            throw error
        } catch {
            throw .unreadable(input: path, reason: error.localizedDescription)
        }
    }

    /// The saved HTTP response headers of `page.html`, kept as `page.headers`.
    public static func siblingHeaders(forPath path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        let headersURL = url.deletingPathExtension().appendingPathExtension("headers")
        guard headersURL.path != url.path, let data = FileManager.default.contents(atPath: headersURL.path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
