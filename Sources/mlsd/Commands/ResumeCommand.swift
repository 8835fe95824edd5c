import CoachKit
import Foundation

/// `mlsd resume [SESSION]`: continue an unfinished interview with its timers where they stood.
struct ResumeCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "resume", abstract: "Continue an unfinished interview where it stopped.",
            discussion: """
                Picks up the phase, the answer so far and the clocks exactly as they were saved (time away does
                not count). SESSION is a session id, a unique prefix of one, or 'last'; see 'mlsd history'.
                """,
            arguments: [ArgumentSpec(name: "session", help: "The session id (default: the latest unfinished one).", isOptional: true, completion: .sessionID)],
            command: ResumeCommand.self)
    }

    /// The session given (id, unique prefix or "last"); nil resumes the latest unfinished one.
    var reference: String?

    init(_ parsed: ParsedCommand) throws {
        reference = parsed.arguments.first
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let lookup = SessionLookup(context: context)
        let listing = lookup.listing()
        let catalog = lookup.catalog
        let chosen: SessionSummary
        let lock: FileLock?
        if let reference {
            chosen = try lookup.summary(reference, in: listing, action: "resume")
            if chosen.isFinished { throw finished(id: chosen.id, promptID: chosen.promptID) }
            lock = try catalog.claim(chosen.id)
        } else {
            // The newest unfinished session not open in another mlsd right now.
            guard let claimed = try catalog.claimNewestUnfinished(in: listing) else {
                throw CommandError("There is no unfinished interview to resume. Start one with 'mlsd practice'.")
            }
            for other in claimed.passedOver {
                context.console.warn("note: \(other.id) is open in another mlsd; resuming \(claimed.summary.id) instead.")
            }
            (chosen, lock) = (claimed.summary, claimed.lock)
        }
        // The whole session, as it is now: another mlsd may have saved (or finished) it since the listing.
        // Its file is `<id>.json` (the listing skips files named otherwise), which is where it is saved.
        var session: Session
        do {
            session = try catalog.session(for: chosen)
        } catch {
            lock?.release()
            throw error
        }
        if session.isFinished {
            lock?.release()
            throw finished(id: session.id, promptID: session.promptID)
        }
        guard !session.phases.isEmpty else {
            throw CommandError("The session \(session.id) has no phases; it cannot be resumed.", code: .dataError)
        }
        let library = context.loadLibrary(onlyNeeding: session.promptID)
        guard let loaded = library.prompt(id: session.promptID) else {
            throw CommandError(
                "The case study '\(session.promptID)' of session \(session.id) is not available any more; add its file back (or pass --prompts DIR) to resume.",
                code: .dataError)
        }
        if loaded.prompt.version != session.promptVersion {
            context.console.warn(
                "note: the case study '\(session.promptID)' changed since this session started (version \(session.promptVersion) → \(loaded.prompt.version)); the current version is used.")
        }
        let launcher = InterviewLauncher(context: context, prompt: loaded.prompt, lexicon: library.lexicon, catalog: catalog)
        return try launcher.resume(session, lock: lock)
    }

    private func finished(id: String, promptID: String) -> CommandError {
        CommandError("The session \(id) is already finished; see 'mlsd review \(id)', or start a new one with 'mlsd practice \(promptID)'.")
    }
}
