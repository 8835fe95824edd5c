import CoachKit
import Foundation

/// `mlsd prompts show ID [--full]`: a case study's statement and phases.
struct PromptsShowCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "show", abstract: "Show a case study's statement and phases.",
            arguments: [ArgumentSpec(name: "id", help: "The case study's id (see 'mlsd prompts list').", completion: .promptID)],
            options: [OptionSpec(name: "full", help: "Also show rubrics, red flags, follow-ups, facts and reference notes.")],
            command: PromptsShowCommand.self)
    }

    /// The case study's id.
    var id: String
    /// Also rubrics, red flags, follow-ups, facts and reference notes.
    var full: Bool

    init(_ parsed: ParsedCommand) throws {
        id = parsed.arguments[0]
        full = parsed.flag("full")
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let library = context.loadLibrary(onlyNeeding: id)
        let loaded = try PromptsCommand.lookUp(id, in: library)
        context.console.write(PromptRenderer(console: context.console).render(loaded, full: full))
        return .success
    }
}
