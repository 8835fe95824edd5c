import Foundation

/// A command the candidate types on a line of its own during the interview (`/next`, `/ask …`).
public enum InterviewCommand: Equatable, Sendable {
    /// Finish the phase (or the follow-up reply). Ctrl-D does the same in the terminal.
    case next
    /// A clarifying question for the interviewer.
    case ask(String)
    /// The next guiding question of the phase.
    case hint
    /// Time left in the phase and in the interview.
    case time
    /// Open `$EDITOR` on the current answer.
    case edit
    /// Leave the phase unanswered (what was typed is kept) and move on.
    case skip
    /// Go back to the previous phase.
    case back
    /// Save and leave; `mlsd resume` continues.
    case quit
    case help
    /// A `/word` that is no command, with the closest command if one is close.
    case unknown(String, suggestion: String?)

    /// Every command with its one-line description, for `/help`.
    public static let reference: [(usage: String, help: String)] = [
        ("/next", "finish this phase (or the follow-up); Ctrl-D does the same"),
        ("/ask QUESTION", "ask the interviewer a clarifying question"),
        ("/hint", "show the next guiding question for this phase"),
        ("/time", "show the time left"),
        ("/edit", "edit this phase's answer in $EDITOR"),
        ("/skip", "leave this phase and move on"),
        ("/back", "go back to the previous phase"),
        ("/quit", "save and leave; continue later with 'mlsd resume'"),
        ("/help", "show these commands"),
    ]

    static let names = ["next", "ask", "hint", "time", "edit", "skip", "back", "quit", "help"]

    /// The command on `line`, or nil when the line is answer text.
    ///
    /// A command is a `/` followed by letters as the line's first word. A first word such as
    /// `/api/v1` or `/24h` is answer text, so answers may mention paths; a letters-only word that is
    /// no command (`/nxt`) is reported as unknown instead of silently becoming part of the answer.
    public static func parse(_ line: String) -> InterviewCommand? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("/") else { return nil }
        let body = trimmed.dropFirst()
        let word = body.prefix { !$0.isWhitespace }
        guard !word.isEmpty, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let argument = body.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
        switch word.lowercased() {
        case "next", "n": return .next
        case "ask", "a": return .ask(argument)
        case "hint": return .hint
        case "time", "t": return .time
        case "edit": return .edit
        case "skip": return .skip
        case "back": return .back
        case "quit", "q", "exit": return .quit
        case "help", "h": return .help
        default:
            return .unknown("/" + word, suggestion: Suggestion.closest(to: word.lowercased(), in: names).map { "/" + $0 })
        }
    }
}
