import CoachKit
import Foundation

/// `mlsd prompts guide`: the guide to writing a case study.
struct PromptsGuideCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "guide", abstract: "Print the guide to writing a case study (the format and the signal syntax).",
            command: PromptsGuideCommand.self)
    }

    init(_ parsed: ParsedCommand) throws {}

    func run(_ context: CommandContext) throws -> ExitCode {
        context.console.print(PromptGuide.text)
        return .success
    }
}
