#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// The process's standard input and output seen as a terminal: the one place that asks whether they
/// are terminals, whether the live screen can be used, whether to colour, and how wide the output is.
/// Commands ask this instead of calling `isatty` or ``TerminalSize`` themselves, so every command
/// decides the same way (and a test can point it at a pseudo-terminal).
///
/// ```swift
/// let terminal = StandardTerminal(environment: ProcessInfo.processInfo.environment)
/// guard terminal.isInteractive else { return runLineByLine() }
/// let width = terminal.columns
/// ```
public struct StandardTerminal: Sendable {
    /// Where keys come from (standard input).
    public let inputDescriptor: Int32
    /// Where text goes (standard output), with the environment its decisions are based on.
    public let output: Terminal

    public init(environment: [String: String], input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        inputDescriptor = input
        self.output = Terminal(fileDescriptor: output, environment: environment)
    }

    /// True when standard input is a terminal: someone can answer a question.
    public var inputIsTTY: Bool { isatty(inputDescriptor) == 1 }

    /// True when standard output is a terminal device (perhaps a dumb one).
    public var outputIsTTY: Bool { output.isTTY }

    /// True when the live screen can be used: both ends are a terminal that can move the cursor.
    public var isInteractive: Bool { inputIsTTY && output.kind == .tty }

    /// Colour and bell for standard output (see ``Style/init(outputIsTTY:environment:)``).
    public var style: Style { output.style }

    /// The width of standard output in columns: the terminal's, else `$COLUMNS`, else 80.
    public var columns: Int { output.size().columns }
}
