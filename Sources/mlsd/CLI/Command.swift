/// A command, in swift-argument-parser's shape: its definition (`spec`), a throwing initialiser that
/// turns the parsed command line into typed properties (the validate step: every usage error is
/// thrown there, before anything is read or written), and `run`, which uses only those properties.
/// Commands throw domain errors as they are; ``CommandRunner`` turns them into a message and an exit code.
protocol Command: Sendable {
    /// Name, help text, arguments and options: the one source for parsing, `--help`, man and completions.
    static var spec: CommandSpec { get }
    /// Reads the options into typed properties; throws ``UsageError`` for a value the command cannot use.
    init(_ parsed: ParsedCommand) throws
    func run(_ context: CommandContext) throws -> ExitCode
}
