/// What kind of output a file descriptor is, which decides how much the app may draw on it.
public enum TerminalKind: Equatable, Sendable {
    /// An interactive terminal that understands cursor movement and colour.
    case tty
    /// A terminal that says (`TERM=dumb`) it understands neither: print plain lines only.
    case dumb
    /// A file or a pipe: no terminal at all.
    case notATerminal
}
