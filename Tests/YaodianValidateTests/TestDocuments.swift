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

    /// A fixture of this test target (Fixtures/…).
    static func fixture(_ relative: String) throws -> URL {
        guard let root = Bundle.module.resourceURL?.appendingPathComponent("Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return root.appendingPathComponent(relative)
    }

    /// The seed plans and the pages they were published in are the parse and ingest tests'
    /// fixtures (copied there from ../shared); the validator's tests read the same files.
    static func seed(_ name: String) -> URL {
        testsFolder.appendingPathComponent("YaodianParseTests/Fixtures").appendingPathComponent(name)
    }

    static func page(_ name: String) -> URL {
        testsFolder.appendingPathComponent("YaodianIngestTests/Fixtures/html").appendingPathComponent(name)
    }

    static func wordDraft(_ name: String) -> URL {
        testsFolder.appendingPathComponent("YaodianIngestTests/Fixtures/docx").appendingPathComponent(name)
    }

    static var testsFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    }

}
