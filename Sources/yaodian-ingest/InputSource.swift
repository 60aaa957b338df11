import Foundation

/// One thing to ingest: a file on disk or a URL to fetch.
enum InputSource: Sendable {
    case file(String)
    case url(URL)

    var name: String {
        switch self {
        case let .file(path): return path
        case let .url(url): return url.absoluteString
        }
    }

    /// Files a directory walk picks up; saved headers, gold files and outputs are not documents.
    static let documentExtensions: Set<String> = ["html", "htm", "shtml", "xhtml", "txt", "md", "markdown", "docx"]

    /// Expands the command's arguments: URLs as they are, directories walked recursively in name
    /// order, files as given (whatever their extension: the user named them).
    static func expand(_ arguments: [String]) throws(InputError) -> [InputSource] {
        var sources: [InputSource] = []
        for argument in arguments {
            if let url = URL(string: argument), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" {
                sources.append(.url(url))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw .missing(argument)
            }
            if isDirectory.boolValue {
                sources += walk(argument).map(InputSource.file)
            } else {
                sources.append(.file(argument))
            }
        }
        return sources
    }

    private static func walk(_ directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        for case let relative as String in enumerator {
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix("."), !name.hasSuffix(".gold.json"),
                  documentExtensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            let path = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}

enum InputError: Error, CustomStringConvertible {
    case missing(String)

    var description: String {
        switch self {
        case let .missing(path): return "\(path): no such file, directory or http(s) URL"
        }
    }
}
