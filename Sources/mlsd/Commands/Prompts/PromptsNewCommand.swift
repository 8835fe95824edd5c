import CoachKit
import Foundation

/// `mlsd prompts new ID`: an annotated template for a new case study, never over an existing file.
struct PromptsNewCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "new", abstract: "Write an annotated template for a new case study into your prompts folder.",
            discussion: "Never overwrites an existing file.",
            arguments: [ArgumentSpec(name: "id", help: "The new case study's id, lowercase-kebab (e.g. 'music-recommendation').")],
            command: PromptsNewCommand.self)
    }

    /// The new case study's id (checked in `init`).
    var id: String

    init(_ parsed: ParsedCommand) throws {
        id = parsed.arguments[0]
        guard Identifier.isValid(id) else {
            throw parsed.usageError(
                "The id '\(id)' is not valid: use lowercase letters, digits and single hyphens, e.g. 'music-recommendation'.")
        }
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let url = context.dataHome.prompts.appendingPathComponent("\(id).json")
        try AtomicFile.write(Data(PromptTemplate.json(id: id).utf8), to: url, overwrite: false)
        context.console.print("Wrote \(url.path)")
        context.console.print("Edit it ('mlsd prompts guide' explains the format, 'mlsd prompts concepts' lists the lexicon),")
        context.console.print("replace the TODO example answers, then run: mlsd prompts validate \(url.path)")
        return .success
    }
}
