import CoachKit
import Foundation

/// `mlsd prompts validate [PATH…] [--strict]`: checks case-study files; exits 65 when any is invalid.
struct PromptsValidateCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "validate", abstract: "Check case-study files against the format, the rules and their own examples.",
            discussion: """
                With no path, checks every case study mlsd can find. Exits 65 when any file is invalid.
                Warnings (no example answers, answers still marked TODO, stem-redundant signal variants) do not
                fail a file unless --strict is given.
                """,
            arguments: [ArgumentSpec(name: "path", help: "A prompt file or a folder of them.", isOptional: true, isRepeating: true, completion: .file)],
            options: [OptionSpec(name: "strict", help: "Treat warnings as errors (CI uses this for the built-ins).")],
            command: PromptsValidateCommand.self)
    }

    /// Files or folders to check; none checks every case study mlsd finds.
    var paths: [String]
    /// Warnings fail a file too.
    var strict: Bool

    init(_ parsed: ParsedCommand) throws {
        paths = parsed.arguments
        strict = parsed.flag("strict")
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let library = context.loadLibrary(warn: false, fullCheck: true)
        let validator = PromptValidator(lexicon: library.lexicon)
        let results = paths.isEmpty
            ? validator.validate(library: library)
            : validator.validate(paths: paths.map { context.url(forPath: $0) })
        let console = context.console
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
    }
}
