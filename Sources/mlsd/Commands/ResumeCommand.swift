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
        let store = lookup.catalog.store
        let chosen: SessionSummary
        var lock: FileLock?
        if let reference {
            chosen = try lookup.summary(reference, in: listing, action: "resume")
            if chosen.isFinished { throw finished(id: chosen.id, promptID: chosen.promptID) }
            lock = try claim(chosen.id, in: store)
        } else {
            // The newest unfinished session not open in another mlsd right now.
            let unfinished = listing.summaries.filter { !$0.isFinished }
            guard !unfinished.isEmpty else {
                throw CommandError("There is no unfinished interview to resume. Start one with 'mlsd practice'.")
            }
            var inUse: [(SessionSummary, any Error)] = []
            var claimed: (SessionSummary, FileLock?)?
            for candidate in unfinished {
                do {
                    claimed = (candidate, try claim(candidate.id, in: store))
                    break
                } catch {
                    inUse.append((candidate, error))
                }
            }
            guard let claimed else { throw inUse[0].1 }
            for (other, _) in inUse {
                context.console.warn("note: \(other.id) is open in another mlsd; resuming \(claimed.0.id) instead.")
            }
            (chosen, lock) = claimed
        }
        // The whole session, as it is now: another mlsd may have saved (or finished) it since the listing.
        // Its file is `<id>.json` (the listing skips files named otherwise), which is where it is saved.
        var session: Session
        do {
            session = try store.load(fileAt: store.url(for: chosen.id))
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
        let launcher = InterviewLauncher(context: context, prompt: loaded.prompt, lexicon: library.lexicon, store: store)
        return try launcher.resume(session, lock: lock)
    }

    private func finished(id: String, promptID: String) -> CommandError {
        CommandError("The session \(id) is already finished; see 'mlsd review \(id)', or start a new one with 'mlsd practice \(promptID)'.")
    }

    /// Marks the session as open in this process. Refuses when another running mlsd has it open: two
    /// processes saving one session would each overwrite the other's answers. When the folder cannot
    /// be locked at all (read-only), the interview goes on unlocked; its saves fail and say so.
    private func claim(_ id: String, in store: SessionStore) throws -> FileLock? {
        do {
            return try store.lock(id)
        } catch FileLock.LockError.busy(_, let holder) {
            let who = holder.map { "another mlsd (process \($0))" } ?? "another mlsd"
            throw CommandError(
                "The session \(id) is open in \(who) right now. Continue it there, or leave it with /quit or Ctrl-C first; two interviews writing one session would overwrite each other's answers.")
        } catch let error as FileLock.LockError {
            // A planted link or other file where the lock goes: never work around it.
            if case .refused = error { throw error }
            return nil
        }
    }
}
