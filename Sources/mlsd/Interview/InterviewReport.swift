import CoachKit
import Foundation

/// The end of the interview: score bars and the overall verdict, time used against each budget, what
/// was covered (with the sentence that earned it), what was missed (hint and why), red flags, the
/// three most valuable things to improve, and where the session was saved.
struct InterviewReport {
    let console: Console
    let prompt: Prompt

    /// `file` is where the session was saved; nil when it could not be (the launcher says why).
    func render(session: Session, report: ScoreReport, savedAt file: URL?) -> String {
        let scores = ScoreReportRenderer(console: console, prompt: prompt)
        let phases = session.phases.map(\.phase)
        var text = "\n" + console.bold("Interview over — \(prompt.title)") + console.dim("  (\(session.id))") + "\n\n"
        text += scores.summary(report, phases: phases) + "\n"
        text += timeTable(session) + "\n"
        for phase in phases {
            if let score = report.phases[phase] { text += scores.details(score) + "\n" }
        }
        let tips = scores.improvements(report)
        if !tips.isEmpty {
            text += console.bold("Improve next") + "\n"
            text += tips.enumerated().map { "  \($0.offset + 1). \($0.element)" }.joined(separator: "\n") + "\n\n"
        }
        if let file { text += "Session saved to \(file.path)\n" }
        return text
    }

    /// Time used against budget per phase, with overtime, follow-ups, hints and questions asked.
    func timeTable(_ session: Session) -> String {
        var lines = [console.bold("Time")]
        for record in session.phases {
            var row = "  " + record.phase.title.padding(toLength: 9, withPad: " ", startingAt: 0)
                + TimeStatus.clock(record.elapsedSeconds) + " of " + TimeStatus.clock(Double(record.budgetSeconds))
            if record.overtimeSeconds >= 1 { row += "  " + console.yellow("+\(TimeStatus.clock(record.overtimeSeconds)) over") }
            var notes: [String] = []
            if record.skipped { notes.append("skipped") }
            if record.hintsUsed > 0 { notes.append("\(record.hintsUsed) hint\(record.hintsUsed == 1 ? "" : "s")") }
            let asks = session.events.filter { $0.kind == .ask && $0.phase == record.phase }.count
            if asks > 0 { notes.append("\(asks) question\(asks == 1 ? "" : "s") asked") }
            if let followUp = record.followUp { notes.append(followUp.reply.isEmpty ? "follow-up skipped" : "follow-up answered") }
            if !notes.isEmpty { row += console.dim("  (" + notes.joined(separator: ", ") + ")") }
            lines.append(row)
        }
        let used = session.activeSeconds
        let budget = Double(session.phases.map(\.budgetSeconds).reduce(0, +))
        var total = "  " + "Total".padding(toLength: 9, withPad: " ", startingAt: 0) + TimeStatus.clock(used) + " of " + TimeStatus.clock(budget)
        if used - budget >= 1 { total += "  " + console.yellow("+\(TimeStatus.clock(used - budget)) over") }
        lines.append(console.bold(total))
        return lines.joined(separator: "\n") + "\n"
    }
}
