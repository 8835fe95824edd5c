import CoachKit

/// `mlsd help [COMMAND…]`: the same text as `mlsd COMMAND --help`.
enum HelpCommand {
    static var spec: CommandSpec {
        CommandSpec(
            name: "help",
            abstract: "Show help for a command.",
            arguments: [ArgumentSpec(name: "command", help: "The command (and subcommand) to explain.", isOptional: true, isRepeating: true)],
            run: { parsed, context in
                var spec = MLSD.spec
                var path = [spec.name]
                for name in parsed.arguments {
                    guard let sub = spec.subcommand(named: name) else {
                        let hint = Suggestion.hint(for: name, in: spec.subcommands.map(\.name))
                        throw UsageError("Unknown command '\(name)'.\(hint)", command: spec, path: path)
                    }
                    spec = sub
                    path.append(name)
                }
                context.console.write(HelpFormatter(path: path, spec: spec).render(includeVersion: path.count == 1))
                return .success
            })
    }
}
