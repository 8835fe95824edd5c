/// `mlsd man`: a roff man page generated from the same command definitions as `--help`.
struct ManCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "man", abstract: "Print the man page (roff), generated from the command definitions.",
            discussion: "Install it with: mlsd man > /usr/local/share/man/man1/mlsd.1",
            command: ManCommand.self)
    }

    init(_ parsed: ParsedCommand) throws {}

    func run(_ context: CommandContext) throws -> ExitCode {
        context.console.write(ManPage(root: context.root, version: MLSD.version).render())
        return .success
    }
}
