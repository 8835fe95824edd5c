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

    /// Time used against budget per phase: the same table `mlsd review` shows.
    func timeTable(_ session: Session) -> String {
        SessionReviewRenderer(console: console, dates: DateText())
            .timeTable(SessionTranscript(session: session, prompt: prompt))
    }
}
