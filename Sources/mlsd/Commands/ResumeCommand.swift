import CoachKit
import Foundation

/// `mlsd resume [SESSION]`: continue an unfinished interview with its timers where they stood.
enum ResumeCommand {
    static var spec: CommandSpec {
        CommandSpec(
            name: "resume", abstract: "Continue an unfinished interview where it stopped.",
            discussion: """
                Picks up the phase, the answer so far and the clocks exactly as they were saved (time away does
                not count). SESSION is a session id, a unique prefix of one, or 'last'; see 'mlsd history'.
                """,
            arguments: [ArgumentSpec(name: "session", help: "The session id (default: the latest unfinished one).", isOptional: true, completion: .sessionID)],
            run: run)
    }

    static func run(_ parsed: ParsedCommand, _ context: CommandContext) throws -> ExitCode {
        let store = SessionStore(directory: context.dataHome.sessions)
        let (sessions, warnings) = store.loadAll()
        for warning in warnings { context.console.warn("warning: \(warning)") }
        var session: Session
        var lock: FileLock?
        if let reference = parsed.arguments.first {
            do {
                session = try store.resolve(reference, in: sessions)
            } catch let error as SessionStore.StoreError {
                // A file the user named but this mlsd cannot read: say that rather than "no such session".
                if case .notFound = error, let skipped = skippedFile(matching: reference, in: warnings) {
                    throw CommandError("Cannot resume '\(reference)': \(skipped)", code: .dataError)
                }
                throw CommandError(error.description)
            }
            if session.isFinished { throw finished(session) }
            lock = try claim(session, in: store)
        } else {
            // The newest unfinished session not open in another mlsd right now.
            let unfinished = sessions.filter { !$0.isFinished }
            guard !unfinished.isEmpty else {
                throw CommandError("There is no unfinished interview to resume. Start one with 'mlsd practice'.")
            }
            var inUse: [(Session, CommandError)] = []
            var chosen: (Session, FileLock?)?
            for candidate in unfinished {
                do {
                    chosen = (candidate, try claim(candidate, in: store))
                    break
                } catch let error as CommandError {
                    inUse.append((candidate, error))
                }
            }
            guard let chosen else { throw inUse[0].1 }
            for (other, _) in inUse {
                context.console.warn("note: \(other.id) is open in another mlsd; resuming \(chosen.0.id) instead.")
            }
            (session, lock) = chosen
        }
        // Another mlsd may have saved (or finished) it between the listing and the lock: use the file as it is now.
        if let current = try? store.load(fileAt: store.url(for: session.id)) {
            session = current
            if session.isFinished {
                lock?.release()
                throw finished(session)
            }
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

    private static func finished(_ session: Session) -> CommandError {
        CommandError("The session \(session.id) is already finished; see 'mlsd review \(session.id)', or start a new one with 'mlsd practice \(session.promptID)'.")
    }

    /// Marks the session as open in this process. Refuses when another running mlsd has it open: two
    /// processes saving one session would each overwrite the other's answers. When the folder cannot
    /// be locked at all (read-only), the interview goes on unlocked; its saves fail and say so.
    private static func claim(_ session: Session, in store: SessionStore) throws -> FileLock? {
        do {
            return try store.lock(session.id)
        } catch FileLock.LockError.busy(_, let holder) {
            let who = holder.map { "another mlsd (process \($0))" } ?? "another mlsd"
            throw CommandError(
                "The session \(session.id) is open in \(who) right now. Continue it there, or leave it with /quit or Ctrl-C first; two interviews writing one session would overwrite each other's answers.")
        } catch {
            return nil
        }
    }

    /// The warning for a session file that was skipped (newer version, unreadable) whose name matches `reference`.
    private static func skippedFile(matching reference: String, in warnings: [SessionStore.StoreError]) -> SessionStore.StoreError? {
        warnings.first { warning in
            let file: String
            switch warning {
            case .newerVersion(let path, _), .unreadable(let path, _): file = path
            default: return false
            }
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            return reference == "last" ? false : name.hasPrefix(reference)
        }
    }
}
