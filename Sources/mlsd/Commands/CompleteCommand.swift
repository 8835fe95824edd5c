import CoachKit

/// Hidden: `mlsd __complete words WORD…` prints one completion candidate per line, for the scripts
/// `mlsd completions` prints.
struct CompleteCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "__complete", abstract: "Completion candidates for the shell scripts (internal).",
            arguments: [
                ArgumentSpec(name: "kind", help: "words"),
                ArgumentSpec(name: "word", help: "The words typed so far.", isOptional: true, isRepeating: true),
            ],
            command: CompleteCommand.self)
    }

    /// The command-line words typed so far (after `mlsd`).
    var typed: [String]

    init(_ parsed: ParsedCommand) throws {
        typed = Array(parsed.arguments.dropFirst())
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let library = PromptLibrary(folders: [context.dataHome.prompts] + context.extraPromptFolders)
        let sessions = SessionCatalog(dataHome: context.dataHome).sessionIDs()
        let words = CompletionScript(root: context.root).words(
            after: typed, prompts: library.prompts.map(\.outline.id), sessions: sessions)
        context.console.write(words.map { $0 + "\n" }.joined())
        return .success
    }
}
