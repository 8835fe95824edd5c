import CoachKit
import Foundation

/// `mlsd prompts list|show|validate|new|fmt|guide|concepts|schema`: browse, check and author case studies.
enum PromptsCommand {
    static var spec: CommandSpec {
        CommandSpec(
            name: "prompts",
            abstract: "List, show, validate and create case studies.",
            discussion: """
                Built-in case studies are compiled into mlsd. Your own are JSON files in the data home's
                prompts/ folder or a folder given with --prompts; one with a built-in's id replaces it.
                """,
            subcommands: [
                PromptsListCommand.spec, PromptsShowCommand.spec, PromptsValidateCommand.spec, PromptsNewCommand.spec,
                PromptsFormatCommand.spec, PromptsGuideCommand.spec, PromptsConceptsCommand.spec, PromptsSchemaCommand.spec,
            ])
    }

    /// The prompt with this id, or a "did you mean" error. An id from the command line that names no
    /// case study exits 1, like an unknown session; `score` passes 65 for an id read from an answer file.
    static func lookUp(_ id: String, in library: PromptLibrary, code: ExitCode = .failure) throws -> LoadedPrompt {
        if let loaded = library.prompt(id: id) { return loaded }
        let ids = library.prompts.map(\.outline.id)
        let hint = Suggestion.hint(for: id, in: ids)
        throw CommandError("No case study has the id '\(id)'.\(hint) See 'mlsd prompts list'.", code: code)
    }
}
