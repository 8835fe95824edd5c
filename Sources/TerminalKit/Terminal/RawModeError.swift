/// Why the terminal could not be switched into raw mode.
public enum RawModeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input is a file or a pipe, so there are no terminal settings to change.
    case notATerminal(fileDescriptor: Int32)
    /// `tcgetattr` failed with this `errno`.
    case cannotReadSettings(errno: Int32)
    /// `tcsetattr` failed with this `errno`.
    case cannotApplySettings(errno: Int32)

    public var description: String {
        switch self {
        case .notATerminal(let descriptor):
            return "Input (file descriptor \(descriptor)) is not a terminal, so keys cannot be read one by one; "
                + "run in an interactive terminal, or pipe the answer in as plain lines."
        case .cannotReadSettings(let code):
            return "Could not read the terminal settings (errno \(code)); run in an interactive terminal."
        case .cannotApplySettings(let code):
            return "Could not switch the terminal to raw mode (errno \(code)); run in an interactive terminal."
        }
    }
}
