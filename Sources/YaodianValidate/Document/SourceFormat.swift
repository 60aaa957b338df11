/// What kind of file a validated document came from; it decides how places are located in it.
public enum SourceFormat: String, Hashable, Sendable {
    case html, text, markdown, json, docx
}
