import CoachKit

/// `mlsd help [COMMAND…]`: the same text as `mlsd COMMAND --help`.
struct HelpCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "help",
            abstract: "Show help for a command.",
            arguments: [ArgumentSpec(name: "command", help: "The command (and subcommand) to explain.", isOptional: true, isRepeating: true)],
            command: HelpCommand.self)
    }

    /// The command names after `help`, e.g. ["prompts", "validate"].
    var names: [String]

    init(_ parsed: ParsedCommand) throws {
        names = parsed.arguments
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        var spec = context.root
        var path = [spec.name]
        for name in names {
            guard let sub = spec.subcommand(named: name) else {
                let hint = Suggestion.hint(for: name, in: spec.subcommands.map(\.name))
                throw UsageError("Unknown command '\(name)'.\(hint)", command: spec, path: path)
            }
            spec = sub
            path.append(name)
        }
        context.console.write(HelpFormatter(path: path, spec: spec).render(includeVersion: path.count == 1))
        return .success
    }
}
