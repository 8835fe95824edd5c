import CoachKit
import Foundation
import TerminalKit

/// `mlsd review SESSION|last [--rescore] [--compare OTHER]`: the whole interview again, scored.
struct ReviewCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "review", abstract: "Review a session: answers with evidence, interviewer, timings, results.",
            discussion: """
                Shows the question, each phase's answer with the words that earned each rubric item highlighted
                (numbered like the item), the interviewer's answers and follow-up, time against budget, per-item
                results, red flags, and what a strong answer says where something was missed.
                --rescore scores the session again with the current rubric and shows what changed (the session file
                is not changed). --compare OTHER shows two attempts at the same case study side by side.
                """,
            arguments: [ArgumentSpec(name: "session", help: "The session id, a unique prefix of it, or 'last'.", completion: .sessionID)],
            options: [
                OptionSpec(name: "rescore", help: "Score it again with the current rubric and show what changed."),
                OptionSpec(name: "reference", help: "Show, per phase, what a strong answer says next to what was said."),
                OptionSpec(name: "compare", value: "session", help: "Another attempt at the same case study, shown side by side.",
                           completion: .sessionID),
            ],
            command: ReviewCommand.self)
    }

    /// The session id, a unique prefix of it, or "last".
    var reference: String
    var rescore: Bool
    var showReference: Bool
    /// The other attempt to show side by side.
    var compare: String?

    init(_ parsed: ParsedCommand) throws {
        reference = parsed.arguments[0]
        rescore = parsed.flag("rescore")
        showReference = parsed.flag("reference")
        compare = parsed.value("compare")
        if rescore, compare != nil {
            throw parsed.usageError("Use either '--rescore' or '--compare', not both.")
        }
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let lookup = SessionLookup(context: context)
        let listing = lookup.listing()
        let (_, session) = try lookup.session(reference, in: listing)
        let library = context.loadLibrary()
        let prompt = lookup.prompt(for: session.promptID, in: library)
        let console = context.console
        let dates = DateText()

        if let other = compare {
            let (_, second) = try lookup.session(other, in: listing)
            guard second.promptID == session.promptID else {
                throw CommandError(
                    "\(session.id) and \(second.id) are attempts at different case studies (\(session.promptID), \(second.promptID)); "
                        + "--compare needs two attempts at the same one. See: mlsd history --prompt \(session.promptID)",
                    code: .dataError)
            }
            guard second.id != session.id else {
                throw CommandError("Both references name the same session (\(session.id)); give another attempt to compare with.", code: .dataError)
            }
            let (earlier, later) = session.startedAt <= second.startedAt ? (session, second) : (second, session)
            let width = context.terminal.columns
            console.write(SessionComparisonRenderer(console: console, dates: dates, width: max(60, width)).render(
                SessionTranscript(session: earlier, prompt: prompt), SessionTranscript(session: later, prompt: prompt)))
            return .success
        }

        let renderer = SessionReviewRenderer(console: console, dates: dates)
        if rescore {
            guard let prompt else {
                throw CommandError(
                    "The case study '\(session.promptID)' is no longer available, so the session cannot be rescored. See 'mlsd prompts list'.",
                    code: .dataError)
            }
            let rescored = SessionScorer(prompt: prompt, lexicon: library.lexicon).score(session)
            let changes = ScoreChanges(before: session.report, after: rescored, phases: session.phases.map(\.phase))
            console.write(renderer.header(SessionTranscript(session: session, prompt: prompt, report: rescored)) + "\n")
            console.write(ScoreChangesRenderer(console: console).render(
                changes, recordedVersion: session.promptVersion, prompt: prompt, scores: renderer.scoreRenderer(SessionTranscript(session: session, prompt: prompt), prompt: prompt)))
            console.print(console.dim("\nThe session file is unchanged. The full review with the new scores follows.\n"))
            let transcript = SessionTranscript(session: session, prompt: prompt, report: rescored)
            for phase in transcript.phases { console.write(renderer.section(phase) + "\n") }
            return .success
        }
        console.write(renderer.render(SessionTranscript(session: session, prompt: prompt), report: session.report, prompt: prompt))
        if showReference {
            guard let prompt else {
                throw CommandError("The case study '\(session.promptID)' is no longer available, so its reference notes cannot be shown.", code: .dataError)
            }
            // A finished attempt only: reference notes before the end would give the answers away.
            guard session.isFinished else {
                throw CommandError("The session \(session.id) is not finished; reference notes are shown after the attempt. Finish it with: mlsd resume \(session.id)")
            }
            console.write(InterviewReport(console: console, prompt: prompt).reference(session: session))
        }
        return .success
    }
}
