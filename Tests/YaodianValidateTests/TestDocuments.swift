import Foundation
import YaodianModel
import YaodianParse
import YaodianValidate

/// Builds validation documents from text the way yaodian-validate does for a Markdown or .txt file
/// (paragraphs are the non-empty lines; Markdown heading marks dropped), without ingest, so the
/// validator's tests stand on the model and parser alone.
enum TestDocuments {
    static func markdown(_ text: String, path: String = "plan.md") -> ValidationDocument {
        var paragraphs: [String] = []
        var title: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var content = line.trimmingCharacters(in: .whitespaces)
            guard !content.isEmpty, !content.hasPrefix("<!--") else { continue }
            if content.hasPrefix("#") {
                content = String(content.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                if title == nil { title = content }
            }
            paragraphs.append(content)
        }
        if title == nil { title = paragraphs.first }
        let notice = Notice(title: title, docNumber: paragraphs.prefix(6).compactMap(Self.docNumber(in:)).first, body: paragraphs)
        let plan = PlanParser.parse(paragraphs: paragraphs, title: title)
        return ValidationDocument(path: path, format: .markdown, notice: notice, plan: plan, source: SourceText(text))
    }

    /// A line that is only a 发文字号-like token (the form rule checks what ingest would find).
    private static func docNumber(in line: String) -> String? {
        let pattern = #"^[\p{Han}]{1,12}[〔\[(（【][0-9]{4}[〕\])）】][0-9]+号$"#
        return line.range(of: pattern, options: .regularExpression) != nil ? line : nil
    }

    /// A fixture file of this test target.
    static func fixture(_ relative: String) throws -> URL {
        guard let root = Bundle.module.resourceURL?.appendingPathComponent("Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return root.appendingPathComponent(relative)
    }

    /// The shared folder beside the repository (`../shared`), or nil when it is not there.
    static var shared: URL? {
        let here = URL(fileURLWithPath: #filePath)
        let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
    }
}
