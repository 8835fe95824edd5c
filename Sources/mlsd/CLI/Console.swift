import Foundation
@preconcurrency import Glibc

/// Standard output and error, and whether they go to a terminal. Colour only on a TTY and never
/// with NO_COLOR set or TERM=dumb.
struct Console: Sendable {
    var write: @Sendable (String) -> Void
    var writeError: @Sendable (String) -> Void
    var isTerminal: Bool
    var colour: Bool

    static func standard(environment: [String: String]) -> Console {
        let terminal = isatty(STDOUT_FILENO) == 1
        let colour = terminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        return Console(
            write: { FileHandle.standardOutput.write(Data($0.utf8)) },
            writeError: { FileHandle.standardError.write(Data($0.utf8)) },
            isTerminal: terminal, colour: colour)
    }

    func print(_ text: String = "") { write(text + "\n") }
    func warn(_ text: String) { writeError(text + "\n") }

    // Minimal SGR styling for reports; plain text when colour is off.
    func bold(_ text: String) -> String { sgr("1", text) }
    func dim(_ text: String) -> String { sgr("2", text) }
    func green(_ text: String) -> String { sgr("32", text) }
    func yellow(_ text: String) -> String { sgr("33", text) }
    func red(_ text: String) -> String { sgr("31", text) }
    func cyan(_ text: String) -> String { sgr("36", text) }

    private func sgr(_ code: String, _ text: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
