/// Renders the command tree as a roff man page (section 1). Shares `CommandSpec` with `--help`, so the
/// two cannot drift apart.
struct ManPage {
    let root: CommandSpec
    let version: String

    func render() -> String {
        var lines = [
            ".TH MLSD 1 \"\" \"mlsd \(version)\" \"User Commands\"",
            ".SH NAME",
            "\(root.name) \\- \(escape(root.abstract))",
            ".SH SYNOPSIS",
            ".B \(root.name)",
            ".I command",
            ".RI [ options ]",
            ".SH DESCRIPTION",
            escape(root.discussion.replacingOccurrences(of: "\n", with: " ")),
            ".SH COMMANDS",
        ]
        for command in root.visibleSubcommands { lines += section(command, path: [root.name]) }
        lines += [
            ".SH GLOBAL OPTIONS",
            ".TP", "\\fB\\-\\-prompts\\fR \\fIdir\\fR", escape(OptionSpec.prompts.help),
            ".TP", "\\fB\\-h\\fR, \\fB\\-\\-help\\fR", escape(OptionSpec.help.help),
            ".TP", "\\fB\\-\\-version\\fR", "Show the version.",
            ".SH ENVIRONMENT",
            ".TP", ".B MLSD_HOME", "The data home. Default: \\fI$XDG_DATA_HOME/mlsd\\fR, else \\fI~/.local/share/mlsd\\fR.",
            ".TP", ".B NO_COLOR", "When set to a non-empty value, output is never coloured.",
            ".TP", ".B EDITOR", "The editor opened by \\fB/edit\\fR during an interview.",
            ".SH FILES",
            ".TP", ".I $MLSD_HOME/prompts/", "Your own case studies, one JSON file each.",
            ".TP", ".I $MLSD_HOME/sessions/", "One JSON file per interview session.",
            ".SH EXIT STATUS",
            "0 success, 1 failure, 64 usage error, 65 invalid data, 70 internal error.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private func section(_ command: CommandSpec, path: [String]) -> [String] {
        let full = path + [command.name]
        let usage = HelpFormatter(path: full, spec: command).usage
        var lines = [".SS \(escape(full.dropFirst().joined(separator: " ")))", ".B \(escape(usage))", ".br", escape(command.abstract)]
        if !command.discussion.isEmpty { lines += [".PP", escape(command.discussion.replacingOccurrences(of: "\n", with: " "))] }
        for argument in command.arguments { lines += [".TP", "\\fI\(escape(argument.name))\\fR", escape(argument.help)] }
        for option in command.options {
            let value = option.value.map { " \\fI\(escape($0))\\fR" } ?? ""
            let short = option.short.map { "\\fB\\-\($0)\\fR, " } ?? ""
            lines += [".TP", "\(short)\\fB\\-\\-\(escape(option.name))\\fR\(value)", escape(option.help)]
        }
        for sub in command.visibleSubcommands { lines += section(sub, path: full) }
        return lines
    }

    /// Escapes backslashes, leading dots/quotes and hyphens for roff.
    private func escape(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        if result.hasPrefix(".") || result.hasPrefix("'") { result = "\\&" + result }
        return result
    }
}
