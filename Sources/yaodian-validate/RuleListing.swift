import YaodianValidate

/// `--list-rules`: one line a rule — id, default level, opt-in, what it needs, name.
enum RuleListing {
    static func render(language: Language) -> String {
        let width = RuleRegistry.ids.map(\.count).max() ?? 0
        var lines: [String] = []
        for rule in RuleRegistry.all {
            let description = rule.description
            let id = description.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let level = description.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            var notes: [String] = []
            if description.isOptIn { notes.append("opt-in") }
            switch description.requires {
            case .plan: break
            case .previous: notes.append("needs --previous")
            case .progressData: notes.append("needs --data")
            }
            let options = description.options.map { "\($0.name)=\($0.defaultValue)" }
            if !options.isEmpty { notes.append("options: " + options.joined(separator: ", ")) }
            let suffix = notes.isEmpty ? "" : "  (" + notes.joined(separator: "; ") + ")"
            lines.append("\(id)  \(level)  \(description.name.text(in: language))\(suffix)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
