import CoachKit

/// `mlsd completions bash|zsh|fish` prints a completion script; the hidden `mlsd __complete words …`
/// answers the scripts at completion time.
enum CompletionsCommand {
    static var spec: CommandSpec {
        CommandSpec(
            name: "completions", abstract: "Print a shell completion script for bash, zsh or fish.",
            discussion: """
                bash: mlsd completions bash > /etc/bash_completion.d/mlsd (or source <(mlsd completions bash) in ~/.bashrc)
                zsh:  mlsd completions zsh > "${fpath[1]}/_mlsd"
                fish: mlsd completions fish > ~/.config/fish/completions/mlsd.fish
                """,
            arguments: [ArgumentSpec(name: "shell", help: "bash, zsh or fish.", completion: .choices(["bash", "zsh", "fish"]))],
            run: { parsed, context in
                let script = CompletionScript(root: MLSD.spec)
                switch parsed.arguments[0] {
                case "bash": context.console.write(script.bash())
                case "zsh": context.console.write(script.zsh())
                case "fish": context.console.write(script.fish())
                case let other:
                    let hint = Suggestion.hint(for: other, in: ["bash", "zsh", "fish"])
                    throw UsageError("Unsupported shell '\(other)': expected bash, zsh or fish.\(hint)", command: parsed.spec, path: parsed.path)
                }
                return .success
            })
    }

    /// Hidden: `mlsd __complete words WORD…` prints one candidate per line.
    static var hidden: CommandSpec {
        CommandSpec(
            name: "__complete", abstract: "Completion candidates for the shell scripts (internal).",
            arguments: [
                ArgumentSpec(name: "kind", help: "words"),
                ArgumentSpec(name: "word", help: "The words typed so far.", isOptional: true, isRepeating: true),
            ],
            run: { parsed, context in
                let library = PromptLibrary(folders: [context.dataHome.prompts] + context.extraPromptFolders)
                let sessions = SessionCatalog(dataHome: context.dataHome).sessionIDs()
                let words = CompletionScript(root: MLSD.spec).words(
                    after: Array(parsed.arguments.dropFirst()), prompts: library.prompts.map(\.outline.id), sessions: sessions)
                context.console.write(words.map { $0 + "\n" }.joined())
                return .success
            })
    }
}
