import CoachKit
import Foundation

/// `mlsd prompts schema`: the JSON Schema of the case-study format.
struct PromptsSchemaCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "schema", abstract: "Print the JSON Schema of the case-study format (draft 2020-12).",
            command: PromptsSchemaCommand.self)
    }

    init(_ parsed: ParsedCommand) throws {}

    func run(_ context: CommandContext) throws -> ExitCode {
        context.console.write(PromptTemplate.schema)
        return .success
    }
}
