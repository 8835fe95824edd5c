/// Renders `--help` text in swift-argument-parser's layout: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS.
struct HelpFormatter {
    let path: [String]
    let spec: CommandSpec

    static let columnWidth = 26

    var usage: String {
        var parts = [path.joined(separator: " ")]
        if !spec.subcommands.isEmpty && spec.isGroup {
            parts.append("<subcommand>")
        } else {
            if !spec.subcommands.isEmpty { parts.append("[<subcommand>]") }
            for option in spec.options {
                let body = option.isFlag ? option.longName : "\(option.longName) <\(option.value!)>"
                parts.append("[\(body)\(option.repeatable ? " ..." : "")]")
            }
            parts += spec.arguments.map(\.usage)
        }
        return parts.joined(separator: " ")
    }

    func render(includeVersion: Bool = false) -> String {
        var lines = ["OVERVIEW: \(spec.abstract)"]
        if !spec.discussion.isEmpty { lines += ["", spec.discussion] }
        lines += ["", "USAGE: \(usage)"]
        if !spec.arguments.isEmpty {
            lines += ["", "ARGUMENTS:"]
            lines += spec.arguments.map { row("<\($0.name)>", $0.help) }
        }
        lines += ["", "OPTIONS:"]
        for option in spec.options + [OptionSpec.prompts] {
            let names = (option.short.map { "-\($0), " } ?? "") + option.longName
            let label = option.isFlag ? names : "\(names) <\(option.value!)>"
            lines.append(row(label, option.help))
        }
        if includeVersion { lines.append(row("--version", "Show the version.")) }
        lines.append(row("-h, --help", OptionSpec.help.help))
        if !spec.subcommands.isEmpty {
            lines += ["", "SUBCOMMANDS:"]
            lines += spec.visibleSubcommands.map { row($0.name, $0.abstract) }
            lines += ["", "  See '\(path.first ?? "mlsd") help \(path.dropFirst().map { $0 + " " }.joined())<subcommand>' for detailed help."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ label: String, _ help: String) -> String {
        let padded = "  " + label
        if padded.count + 2 <= Self.columnWidth {
            return padded + String(repeating: " ", count: Self.columnWidth - padded.count) + help
        }
        return padded + "\n" + String(repeating: " ", count: Self.columnWidth) + help
    }
}
