import CoachKit
import Foundation

/// `mlsd prompts concepts [NAME] [--json]`: the lexicon's concepts and signal lists.
struct PromptsConceptsCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "concepts", abstract: "List the lexicon's concepts (@name) with their terms and its signal lists ($name).",
            discussion: """
                A concept (@name in a signal) matches any of its terms. A signal list ($name) stands for whole
                signals, quantities and operators included, written once in lexicon.json under "lists". NAME is
                a concept, or a list with or without its '$'. --json prints one object: concept name → terms,
                "$list" → its signals.
                """,
            arguments: [ArgumentSpec(name: "name", help: "Show only this concept or list.", isOptional: true)],
            options: [OptionSpec(name: "json", help: "Print JSON: concept name to terms, \"$list\" to signals.")],
            command: PromptsConceptsCommand.self)
    }

    /// Only this concept, or list (with or without its '$').
    var name: String?
    var json: Bool

    init(_ parsed: ParsedCommand) throws {
        name = parsed.arguments.first
        json = parsed.flag("json")
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let lexicon = context.loadLibrary().lexicon
        var conceptNames = lexicon.concepts.keys.sorted()
        var listNames = lexicon.lists.keys.sorted()
        if let name {
            let bare = name.hasPrefix("$") ? String(name.dropFirst()) : name
            if !name.hasPrefix("$"), lexicon.concepts[name] != nil {
                conceptNames = [name]
                listNames = []
            } else if lexicon.lists[bare] != nil {
                conceptNames = []
                listNames = [bare]
            } else {
                let candidates = lexicon.concepts.keys.sorted() + lexicon.lists.keys.sorted().map { "$" + $0 }
                let hint = Suggestion.hint(for: name, in: candidates)
                throw CommandError("No concept or list is named '\(name)'.\(hint) See 'mlsd prompts concepts'.", code: .dataError)
            }
        }
        if json {
            var object: [String: Any] = [:]
            for name in conceptNames { object[name] = lexicon.terms(for: name) }
            for name in listNames { object["$" + name] = lexicon.lists[name] ?? [] }
            context.console.print(try JSONText.encode(object))
            return .success
        }
        for name in conceptNames {
            context.console.print("\(context.console.bold("@" + name)): " + lexicon.terms(for: name).joined(separator: ", "))
        }
        for name in listNames {
            context.console.print("\(context.console.bold("$" + name)): " + (lexicon.lists[name] ?? []).joined(separator: " | "))
        }
        return .success
    }
}
