import CoachKit
import Foundation

/// `mlsd prompts fmt [PATH…] [--check]`: rewrites case-study files in the compact signal syntax.
struct PromptsFormatCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
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
            command: PromptsFormatCommand.self)
    }

    /// Files or folders to format; none formats the prompts folder.
    var paths: [String]
    /// Change nothing; list what would change.
    var check: Bool

    init(_ parsed: ParsedCommand) throws {
        paths = parsed.arguments
        check = parsed.flag("check")
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let urls = paths.isEmpty ? [context.dataHome.prompts] : paths.map { context.url(forPath: $0) }
        var files: [URL] = []
        for url in urls {
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
    }
}
