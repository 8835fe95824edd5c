import Foundation
import CoachKit
import TerminalKit

/// The words of the interview: what the screen (or the plain line mode) prints for each engine notice,
/// the intro and the phase headers. Styling comes from `style`, which is plain in line mode, so the
/// same text serves both.
struct NoticeFormatter {
    let prompt: Prompt
    let style: Style
    /// True in the terminal editor (Enter starts a new line); false in line mode (each line is text).
    let interactive: Bool
    /// Width for rules ("── Phase 1/6 · Clarify ───"); the terminal width or 72.
    var width: Int = 72
    /// Whether the interviewer asks a follow-up after each phase (off in line mode unless --follow-ups).
    var followUps: Bool = true

    /// The opening: title, statement, time, and how to answer.
    func intro(session: Session, resumed: Bool) -> String {
        var lines: [String] = []
        let total = session.phases.map(\.budgetSeconds).reduce(0, +)
        let kind = session.drillItem.map { "Item drill: \($0.phase.title), one rubric item" }
            ?? session.drillPhase.map { "Drill: \($0.title) only" } ?? "Mock interview"
        lines.append(style.bold(prompt.title) + style.dim("  (\(prompt.id), version \(prompt.version))"))
        lines.append("\(kind) · \(TimeStatus.clock(Double(total))) in all"
            + (session.options.strict ? " · strict: phases end when their time is up" : ""))
        if resumed {
            let used = session.activeSeconds
            lines.append(style.cyan("Resuming session \(session.id): \(TimeStatus.clock(used)) used, \(TimeStatus.describe(remaining: Double(total) - used))."))
        }
        lines.append("")
        lines += prompt.statement.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.append("")
        if session.drillPhase == nil {
            lines.append(style.dim(session.phases.map { "\($0.phase.title) \(TimeStatus.clock(Double($0.budgetSeconds)))" }.joined(separator: " · ")))
        }
        if interactive, session.drillItem != nil {
            lines.append(style.dim("Type your answer; Enter starts a new line. /next (or Ctrl-D) on a line of its own ends the drill;"))
            lines.append(style.dim("/ask QUESTION asks the interviewer, /quit stops without recording."))
        } else if interactive {
            lines.append(style.dim("Type your answer; Enter starts a new line. On a line of its own: /next (or Ctrl-D) ends the phase,"))
            lines.append(style.dim("/ask QUESTION asks the interviewer, /hint, /time, /edit, /back, /skip, /quit (saves), /help."))
        } else if session.drillItem != nil {
            lines.append(style.dim("Each line is answer text; /next (or end of input) ends the drill. /ask QUESTION asks the interviewer."))
        } else {
            lines.append(style.dim("Each line is answer text; a line /next ends the phase. /ask QUESTION asks the interviewer; /hint, /time,"))
            lines.append(style.dim("/skip, /back, /quit, /help work on lines of their own. End of input ends the interview."))
            lines.append(style.dim(followUps
                ? "Follow-ups are on: after /next the interviewer asks one; reply, then /next. An empty line skips it."
                : "No follow-up questions in line mode (--follow-ups asks them), so 'answer, /next' per phase lines up."))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The heading of a phase: name, position, budget, goal (and the guiding questions with --hints).
    func phaseHeader(_ intro: PhaseIntro) -> String {
        let budget = TimeStatus.clock(Double(intro.budgetSeconds))
        var title = intro.drillQuestion != nil
            ? "Item drill · \(intro.phase.title) · \(budget)"
            : intro.isDrill
            ? "Drill · \(intro.phase.title) · \(budget)"
            : "Phase \(intro.position)/\(intro.count) · \(intro.phase.title) · \(budget)"
        if intro.elapsedSeconds > 0 {
            title += " · \(TimeStatus.describe(remaining: Double(intro.budgetSeconds) - intro.elapsedSeconds))"
        }
        let rule = String(repeating: "─", count: max(3, min(width, 100) - DisplayWidth.of(title) - 4))
        var lines = ["", style.bold("── \(title) ") + style.dim(rule)]
        if let question = intro.drillQuestion {
            lines.append(style.bold("Drill: ") + question)
        } else {
            lines.append("Goal: " + prompt.spec(intro.phase).goal)
        }
        if !intro.questions.isEmpty {
            lines.append(style.dim("Guiding questions:"))
            lines += intro.questions.map { style.dim("  - \($0)") }
        }
        if let pending = intro.pendingFollowUp {
            lines.append(followUp(pending).trimmingCharacters(in: .newlines))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func followUp(_ question: String) -> String {
        style.cyan("Interviewer: ") + question + "\n"
            + style.dim(interactive
                ? "  (Reply, then /next or Ctrl-D. An empty reply skips it.)"
                : "  (Reply, then /next. An empty reply skips it.)") + "\n"
    }

    /// The text for a notice; "" for notices the caller handles itself (finished, edit requests).
    func text(for notice: InterviewNotice) -> String {
        switch notice {
        case .phaseStarted(let intro):
            return phaseHeader(intro)
        case .followUp(let question):
            return followUp(question)
        case .reply(let question, let reply):
            return style.dim("You asked: \(question)") + "\n" + style.cyan("Interviewer: ") + reply.text + "\n"
        case .hint(let hint, let number, let total):
            return style.yellow("Hint \(number)/\(total): ") + hint + "\n"
        case .noMoreHints(let phase):
            return style.dim("No more guiding questions for \(phase.title).") + "\n"
        case .time(let status):
            return style.dim(status.summary) + "\n"
        case .oneMinuteLeft(let phase):
            return style.bell + style.yellow("⏰ One minute left for \(phase.title).") + "\n"
        case .timeUp(let phase):
            return style.bell + style.red("⏰ Time is up for \(phase.title).") + " "
                + style.dim("Overtime is counted; /next moves on.") + "\n"
        case .autoAdvanced(let phase):
            return style.red("Strict mode: \(phase.title) is over, moving on.") + "\n"
        case .skipped(let phase):
            return style.dim("Skipped \(phase.title).") + "\n"
        case .cannotGoBack:
            return style.dim("This is the first phase; there is nothing to go back to.") + "\n"
        case .phaseFeedback(let score):
            return "\n" + scoreDetails(score)
        case .paused, .finished, .editRequested:
            return ""
        case .edited(let phase):
            return style.dim("\(phase.title) answer updated from the editor.") + "\n"
        case .help:
            return help()
        case .unknownCommand(let word, let suggestion):
            let hint = Suggestion.hint(naming: suggestion, shown: { $0 })
            return style.yellow("Unknown command \(word).\(hint)") + style.dim(" Type /help for the list.") + "\n"
        case .emptyQuestion:
            return style.dim("Ask it on the same line: /ask how many users are there?") + "\n"
        case .saveFailed(let reason):
            return style.red("Warning: the session cannot be saved. \(reason)") + " "
                + style.dim("Keep going: nothing typed is lost, and saving is retried after every line.") + "\n"
        case .saveRecovered:
            return style.green("Saving works again; everything so far is saved.") + "\n"
        }
    }

    func help() -> String {
        var lines = [style.bold("Commands") + style.dim(" (on a line of their own)")]
        let width = InterviewCommand.reference.map(\.usage.count).max() ?? 0
        for (usage, help) in InterviewCommand.reference {
            if !interactive && usage == "/edit" { continue }
            lines.append("  " + usage + String(repeating: " ", count: width - usage.count + 2) + style.dim(help))
        }
        if interactive {
            lines.append(style.dim("  Keys: arrows, Home/End, Ctrl-A/E/U/W/K; Ctrl-C saves and leaves; Ctrl-L redraws."))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func scoreDetails(_ score: PhaseScore) -> String {
        var lines = [style.bold("Feedback on \(score.phase.title): \(score.score)/100 (\(score.verdict.rawValue))")]
        for item in score.matched { lines.append("  " + style.green("✓ ") + item.description) }
        for item in score.named {
            lines.append("  " + style.yellow("~ ") + item.description + style.dim(" — named; to cover it: \(item.lift ?? item.hint)"))
        }
        for item in score.missed where item.level == .none {
            lines.append("  " + style.red("✗ ") + item.description + style.dim(" — hint: \(item.hint)"))
        }
        for flag in score.redFlags { lines.append("  " + style.red("⚑ −\(flag.penalty) ") + flag.description) }
        return lines.joined(separator: "\n") + "\n"
    }
}
