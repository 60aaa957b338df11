import Foundation
import YaodianValidate

/// What the command's arguments name: files as given, folders walked for plan files, URLs.
enum InputFiles {
    /// Extensions a folder walk picks up. JSON files are taken only when they hold a plan, so a
    /// repository's other JSON (package.json, baselines) is left alone.
    static let documentExtensions: Set<String> = ["md", "markdown", "txt", "html", "htm", "shtml", "json", "docx"]

    static func isURL(_ argument: String) -> Bool {
        guard let url = URL(string: argument), let scheme = url.scheme?.lowercased() else { return false }
        return scheme == "http" || scheme == "https"
    }

    static func expand(_ arguments: [String]) throws(InputError) -> [String] {
        var inputs: [String] = []
        for argument in arguments {
            if isURL(argument) {
                inputs.append(argument)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw .unreadable(input: argument, reason: "no such file or folder")
            }
            inputs += isDirectory.boolValue ? walk(argument) : [argument]
        }
        return inputs
    }

    private static func walk(_ directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        for case let relative as String in enumerator {
            let components = relative.split(separator: "/")
            // Hidden folders (.git, .build) and build output are not plans.
            guard !components.contains(where: { $0.hasPrefix(".") }) else { continue }
            let name = String(components.last ?? "")
            let ext = (name as NSString).pathExtension.lowercased()
            guard documentExtensions.contains(ext), !name.hasSuffix(".gold.json") else { continue }
            let path = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            if ext == "json", !looksLikePlanJSON(path) { continue }
            files.append(path)
        }
        return files.sorted()
    }

    /// A cheap look at the head of a JSON file: yaodian-ingest output or a bare plan.
    private static func looksLikePlanJSON(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
        // yaodian-ingest writes sorted keys: "notice" comes first, "schemaVersion" last.
        return head.contains("\"notice\"") || head.contains("\"schemaVersion\"") || head.contains("\"sections\"")
    }
}
