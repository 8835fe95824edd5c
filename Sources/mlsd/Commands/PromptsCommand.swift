import CoachKit
import Foundation

/// `mlsd prompts list|show|validate|new|schema`: browse, check and author case studies.
enum PromptsCommand {
    static var spec: CommandSpec {
        CommandSpec(
            name: "prompts",
            abstract: "List, show, validate and create case studies.",
            discussion: """
                Built-in case studies are compiled into mlsd. Your own are JSON files in the data home's
                prompts/ folder or a folder given with --prompts; one with a built-in's id replaces it.
                """,
            subcommands: [list, show, validate, new, schema])
    }

    static let list = CommandSpec(
        name: "list", abstract: "List the case studies and where each comes from.",
        options: [OptionSpec(name: "json", help: "Print JSON: an array of objects.")],
        run: { parsed, context in
            let library = context.loadLibrary()
            let rows = library.prompts
            if parsed.flag("json") {
                let objects: [[String: Any]] = rows.map {
                    [
                        "id": $0.outline.id, "title": $0.outline.title, "category": $0.outline.category,
                        "difficulty": $0.outline.difficulty.rawValue, "minutes": $0.outline.minutes,
                        "tags": $0.outline.tags, "version": $0.outline.version, "source": $0.source.description,
                        "file": $0.file,
                    ]
                }
                context.console.print(try JSONText.encode(objects))
                return .success
            }
            guard !rows.isEmpty else {
                context.console.print("No case studies found.")
                return .success
            }
            let table = TextTable(
                headers: ["ID", "TITLE", "CATEGORY", "LEVEL", "MIN", "SOURCE"],
                rows: rows.map {
                    [$0.outline.id, $0.outline.title, $0.outline.category, $0.outline.difficulty.rawValue, "\($0.outline.minutes)",
                     $0.source.description]
                })
            context.console.write(table.render(bold: context.console.bold))
            return .success
        })

    static let show = CommandSpec(
        name: "show", abstract: "Show a case study's statement and phases.",
        arguments: [ArgumentSpec(name: "id", help: "The case study's id (see 'mlsd prompts list').", completion: .promptID)],
        options: [OptionSpec(name: "full", help: "Also show rubrics, red flags, follow-ups, facts and reference notes.")],
        run: { parsed, context in
            let library = context.loadLibrary(onlyNeeding: parsed.arguments[0])
            let loaded = try lookUp(parsed.arguments[0], in: library)
            context.console.write(PromptRenderer(console: context.console).render(loaded, full: parsed.flag("full")))
            return .success
        })

    static let validate = CommandSpec(
        name: "validate", abstract: "Check case-study files against the format, the rules and their own examples.",
        discussion: "With no path, checks every case study mlsd can find. Exits 65 when any file is invalid.",
        arguments: [ArgumentSpec(name: "path", help: "A prompt file or a folder of them.", isOptional: true, isRepeating: true, completion: .file)],
        run: { parsed, context in
            let library = context.loadLibrary(warn: false, fullCheck: true)
            let validator = PromptValidator(lexicon: library.lexicon)
            let results = parsed.arguments.isEmpty
                ? validator.validate(library: library)
                : validator.validate(paths: parsed.arguments.map { context.url(forPath: $0) })
            let console = context.console
            for result in results {
                if result.isValid {
                    console.print("\(console.green("ok"))      \(result.file)")
                } else {
                    console.print("\(console.red("invalid")) \(result.file)")
                    for problem in result.problems { console.print("  \(problem)") }
                }
            }
            let invalid = results.filter { !$0.isValid }.count
            console.print("\(results.count) file\(results.count == 1 ? "" : "s") checked, \(invalid) invalid.")
            return invalid == 0 ? .success : .dataError
        })

    static let new = CommandSpec(
        name: "new", abstract: "Write an annotated template for a new case study into your prompts folder.",
        discussion: "Never overwrites an existing file.",
        arguments: [ArgumentSpec(name: "id", help: "The new case study's id, lowercase-kebab (e.g. 'music-recommendation').")],
        run: { parsed, context in
            let id = parsed.arguments[0]
            guard Identifier.isValid(id) else {
                throw UsageError(
                    "The id '\(id)' is not valid: use lowercase letters, digits and single hyphens, e.g. 'music-recommendation'.",
                    command: parsed.spec, path: parsed.path)
            }
            let url = context.dataHome.prompts.appendingPathComponent("\(id).json")
            do {
                try AtomicFile.write(Data(PromptTemplate.json(id: id).utf8), to: url, overwrite: false)
            } catch let error as AtomicFile.WriteError {
                throw CommandError(error.description, code: .failure)
            }
            context.console.print("Wrote \(url.path)")
            context.console.print("Edit it (the format is in Prompts/README.md), then run: mlsd prompts validate \(url.path)")
            return .success
        })

    static let schema = CommandSpec(
        name: "schema", abstract: "Print the JSON Schema of the case-study format (draft 2020-12).",
        run: { _, context in
            context.console.write(PromptTemplate.schema)
            return .success
        })

    /// The prompt with this id, or a "did you mean" error (exit 65: the data does not have it).
    static func lookUp(_ id: String, in library: PromptLibrary) throws -> LoadedPrompt {
        if let loaded = library.prompt(id: id) { return loaded }
        let ids = library.prompts.map(\.outline.id)
        let hint = Suggest.closest(id, ids).map { " Did you mean '\($0)'?" } ?? ""
        throw CommandError("No case study has the id '\(id)'.\(hint) See 'mlsd prompts list'.", code: .dataError)
    }
}
