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
            subcommands: [list, show, validate, new, fmt, guide, concepts, schema])
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
        discussion: """
            With no path, checks every case study mlsd can find. Exits 65 when any file is invalid.
            Warnings (no example answers, answers still marked TODO, stem-redundant signal variants) do not
            fail a file unless --strict is given.
            """,
        arguments: [ArgumentSpec(name: "path", help: "A prompt file or a folder of them.", isOptional: true, isRepeating: true, completion: .file)],
        options: [OptionSpec(name: "strict", help: "Treat warnings as errors (CI uses this for the built-ins).")],
        run: { parsed, context in
            let library = context.loadLibrary(warn: false, fullCheck: true)
            let validator = PromptValidator(lexicon: library.lexicon)
            let results = parsed.arguments.isEmpty
                ? validator.validate(library: library)
                : validator.validate(paths: parsed.arguments.map { context.url(forPath: $0) })
            let console = context.console
            let strict = parsed.flag("strict")
            var invalid = 0
            for result in results {
                let failed = !result.isValid || (strict && !result.warnings.isEmpty)
                if failed { invalid += 1 }
                if !failed {
                    let note = result.warnings.isEmpty ? "" : " (\(result.warnings.count) warning\(result.warnings.count == 1 ? "" : "s"))"
                    console.print("\(console.green("ok"))      \(result.file)\(note)")
                } else {
                    console.print("\(console.red("invalid")) \(result.file)")
                }
                for problem in result.problems { console.print("  \(problem)") }
                for warning in result.warnings { console.print("  warning: \(warning)") }
            }
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
            context.console.print("Edit it ('mlsd prompts guide' explains the format, 'mlsd prompts concepts' lists the lexicon),")
            context.console.print("replace the TODO example answers, then run: mlsd prompts validate \(url.path)")
            return .success
        })

    static let fmt = CommandSpec(
        name: "fmt", abstract: "Rewrite case-study files in the compact signal syntax, tidily and stably.",
        discussion: """
            Signals become compact strings, stem-redundant variants ("compare | compared") are removed,
            signals that spell out a named list of the lexicon become $name, fields holding their default
            are left out, keys follow a fixed order, and brackets share lines with what they enclose.
            Formatting twice changes nothing. A folder stands for its JSON files (lexicon.json is tidied too); with no path, your
            prompts folder. Invalid files are reported and never rewritten. Writes are atomic.
            """,
        arguments: [ArgumentSpec(name: "path", help: "A prompt file or a folder of them.", isOptional: true, isRepeating: true, completion: .file)],
        options: [OptionSpec(name: "check", help: "Change nothing; list the files that would change and exit 1 if any would.")],
        run: { parsed, context in
            let paths = parsed.arguments.isEmpty ? [context.dataHome.prompts] : parsed.arguments.map { context.url(forPath: $0) }
            var files: [URL] = []
            for url in paths {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                    throw CommandError("\(url.path): no such file or folder.", code: .failure)
                }
                if isDirectory.boolValue {
                    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
                    files += names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") && $0 != "schema.json" }.sorted()
                        .map { url.appendingPathComponent($0) }
                } else {
                    files.append(url)
                }
            }
            // The lists the prompts may use: the library's, with those of a lexicon.json being formatted.
            let base = context.loadLibrary().lexicon
            var lexicon = base
            for file in files where file.lastPathComponent == PromptLibrary.lexiconFileName {
                if let data = try? Data(contentsOf: file), let own = try? PromptDecoder().decodeLexicon(data, file: file.path, base: lexicon) {
                    lexicon = lexicon.merged(with: own)
                }
            }
            let formatter = PromptFormatter(lexicon: lexicon)
            let check = parsed.flag("check")
            var changed = 0
            var broken = 0
            for file in files {
                guard let data = try? Data(contentsOf: file) else {
                    context.console.warn("\(file.path): cannot read the file.")
                    broken += 1
                    continue
                }
                let text: String
                do {
                    text = file.lastPathComponent == PromptLibrary.lexiconFileName
                        ? try formatter.formatLexicon(data, file: file.path, base: base)
                        : try formatter.formatPrompt(data, file: file.path)
                } catch {
                    context.console.warn("\(error)")
                    broken += 1
                    continue
                }
                guard Data(text.utf8) != data else { continue }
                changed += 1
                if check {
                    context.console.print("would reformat \(file.path)")
                } else {
                    do {
                        try AtomicFile.write(Data(text.utf8), to: file)
                    } catch {
                        throw CommandError("\(file.path): cannot write: \(error)", code: .failure)
                    }
                    context.console.print("formatted \(file.path)")
                }
            }
            let verb = check ? "would change" : "changed"
            context.console.print("\(files.count) file\(files.count == 1 ? "" : "s") checked, \(changed) \(verb)\(broken > 0 ? ", \(broken) invalid" : "").")
            if broken > 0 { return .dataError }
            return check && changed > 0 ? .failure : .success
        })

    static let guide = CommandSpec(
        name: "guide", abstract: "Print the guide to writing a case study (the format and the signal syntax).",
        run: { _, context in
            context.console.print(PromptGuide.text)
            return .success
        })

    static let concepts = CommandSpec(
        name: "concepts", abstract: "List the lexicon's concepts (@name) with their terms and its signal lists ($name).",
        discussion: """
            A concept (@name in a signal) matches any of its terms. A signal list ($name) stands for whole
            signals, quantities and operators included, written once in lexicon.json under "lists". NAME is
            a concept, or a list with or without its '$'. --json prints one object: concept name → terms,
            "$list" → its signals.
            """,
        arguments: [ArgumentSpec(name: "name", help: "Show only this concept or list.", isOptional: true)],
        options: [OptionSpec(name: "json", help: "Print JSON: concept name to terms, \"$list\" to signals.")],
        run: { parsed, context in
            let lexicon = context.loadLibrary().lexicon
            var conceptNames = lexicon.concepts.keys.sorted()
            var listNames = lexicon.lists.keys.sorted()
            if let name = parsed.arguments.first {
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
            if parsed.flag("json") {
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
        })

    static let schema = CommandSpec(
        name: "schema", abstract: "Print the JSON Schema of the case-study format (draft 2020-12).",
        run: { _, context in
            context.console.write(PromptTemplate.schema)
            return .success
        })

    /// The prompt with this id, or a "did you mean" error. An id from the command line that names no
    /// case study exits 1, like an unknown session; `score` passes 65 for an id read from an answer file.
    static func lookUp(_ id: String, in library: PromptLibrary, code: ExitCode = .failure) throws -> LoadedPrompt {
        if let loaded = library.prompt(id: id) { return loaded }
        let ids = library.prompts.map(\.outline.id)
        let hint = Suggestion.hint(for: id, in: ids)
        throw CommandError("No case study has the id '\(id)'.\(hint) See 'mlsd prompts list'.", code: code)
    }
}
