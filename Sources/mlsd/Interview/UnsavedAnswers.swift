import CoachKit
import Foundation

/// What the interview prints when its session could not be saved in the sessions folder: every answer
/// and follow-up reply as plain text (so they can be copied from the terminal or a redirected output
/// even if the rescue copy failed too), and the sentence that says where the rescue copy is.
struct UnsavedAnswers {
    let session: Session
    let failure: SessionSaver.Failure
    let sessionsFolder: URL

    /// The answers, phase by phase; phases with nothing typed are left out.
    var answers: String {
        var text = "\nYour answers (session \(session.id), \(session.promptTitle)):\n"
        var any = false
        for record in session.phases {
            let reply = record.followUp?.reply ?? ""
            guard !record.answer.isEmpty || !reply.isEmpty else { continue }
            any = true
            text += "\n## \(record.phase.title)\n"
            if !record.answer.isEmpty { text += record.answer + "\n" }
            if let followUp = record.followUp, !reply.isEmpty {
                text += "\nFollow-up: \(followUp.question)\n" + reply + "\n"
            }
        }
        if !any { text += "(nothing was typed)\n" }
        return text
    }

    /// Why the session is not in the sessions folder and where the answers are instead.
    var message: String {
        var text = "Cannot save sessions in \(sessionsFolder.path), so this interview is not there. "
            + Self.sentence(failure.reason)
        if failure.rescued {
            text += " Your answers are printed above and kept in \(failure.rescueFile.path);"
                + " once the folder is writable, move that file into it as \(session.id).json to resume or review the interview."
        } else {
            text += " Your answers are printed above; no copy could be kept elsewhere either: "
                + Self.sentence(failure.rescueError ?? "")
        }
        return text
    }

    /// `text` ending with a full stop.
    private static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = trimmed.last else { return "" }
        return ".!?".contains(last) ? trimmed : trimmed + "."
    }
}
