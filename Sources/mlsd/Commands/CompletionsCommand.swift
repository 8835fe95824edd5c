import CoachKit

/// `mlsd completions bash|zsh|fish` prints a completion script; the hidden `mlsd __complete words …`
/// (``CompleteCommand``) answers the scripts at completion time.
struct CompletionsCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "completions", abstract: "Print a shell completion script for bash, zsh or fish.",
            discussion: """
                bash: mlsd completions bash > /etc/bash_completion.d/mlsd (or source <(mlsd completions bash) in ~/.bashrc)
                zsh:  mlsd completions zsh > "${fpath[1]}/_mlsd"
                fish: mlsd completions fish > ~/.config/fish/completions/mlsd.fish
                """,
            arguments: [ArgumentSpec(name: "shell", help: "bash, zsh or fish.", completion: .choices(Shell.allCases.map(\.rawValue)))],
            command: CompletionsCommand.self)
    }

    enum Shell: String, CaseIterable, Sendable {
        case bash, zsh, fish
    }

    var shell: Shell

    init(_ parsed: ParsedCommand) throws {
        let name = parsed.arguments[0]
        guard let shell = Shell(rawValue: name) else {
            let hint = Suggestion.hint(for: name, in: Shell.allCases.map(\.rawValue))
            throw parsed.usageError("Unsupported shell '\(name)': expected bash, zsh or fish.\(hint)")
        }
        self.shell = shell
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let script = CompletionScript(root: context.root)
        switch shell {
        case .bash: context.console.write(script.bash())
        case .zsh: context.console.write(script.zsh())
        case .fish: context.console.write(script.fish())
        }
        return .success
    }
}
