import CoachKit
import Foundation
import TerminalKit

/// Standard output and error, and whether they go to a terminal. Whether to colour is TerminalKit's
/// decision (``Style/init(outputIsTTY:environment:)``): only on a TTY, never with a non-empty NO_COLOR
/// or TERM=dumb.
struct Console: Sendable {
    var write: @Sendable (String) -> Void
    var writeError: @Sendable (String) -> Void
    var isTerminal: Bool
    var usesColor: Bool

    /// The process's own output. Everything written passes through ``SafeText`` — the one choke point
    /// for the commands' output: text from files is already cleaned when it is decoded, and this also
    /// catches file names and quotes in messages. With colour on, only mlsd's own SGR sequences (which
    /// ``sgr(_:_:)`` makes) survive; nothing on standard error is styled, so there no ESC survives.
    static func standard(environment: [String: String]) -> Console {
        standard(output: StandardTerminal(environment: environment).output)
    }

    /// The process's own output, styled as `output` (standard output, or a pseudo-terminal in a test) decides.
    static func standard(output: Terminal) -> Console {
        let terminal = output.isTTY
        let usesColor = output.style.isEnabled
        return Console(
            write: { FileHandle.standardOutput.write(Data(safe($0, keepingStyles: usesColor).utf8)) },
            writeError: { FileHandle.standardError.write(Data(SafeText.clean($0).utf8)) },
            isTerminal: terminal, usesColor: usesColor)
    }

    /// `text` cleaned by ``SafeText``; with `keepingStyles`, SGR sequences (`ESC [ 1 ; 32 m`) are kept.
    static func safe(_ text: String, keepingStyles: Bool) -> String {
        guard keepingStyles, text.utf8.contains(0x1B) else { return SafeText.clean(text) }
        var result = ""
        var rest = Substring(text)
        while let escape = rest.firstIndex(of: "\u{1B}") {
            result += SafeText.clean(String(rest[..<escape]))
            let body = rest[rest.index(after: escape)...]
            let parameters = body.dropFirst().prefix { $0.isASCII && ($0.isNumber || $0 == ";") }
            if body.first == "[", parameters.endIndex < body.endIndex, body[parameters.endIndex] == "m" {
                let end = body.index(after: parameters.endIndex)
                result += String(rest[escape..<end])
                rest = rest[end...]
            } else {
                result += SafeText.clean("\u{1B}")
                rest = body
            }
        }
        return result + SafeText.clean(String(rest))
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
        usesColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
