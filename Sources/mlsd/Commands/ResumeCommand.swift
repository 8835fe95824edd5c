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
        let session: Session
        if let reference = parsed.arguments.first {
            do {
                session = try store.resolve(reference, in: sessions)
            } catch let error as SessionStore.StoreError {
                throw CommandError(error.description)
            }
            if session.isFinished {
                throw CommandError("The session \(session.id) is already finished; see 'mlsd review \(session.id)', or start a new one with 'mlsd practice \(session.promptID)'.")
            }
        } else {
            guard let latest = store.latestUnfinished(in: sessions) else {
                throw CommandError("There is no unfinished interview to resume. Start one with 'mlsd practice'.")
            }
            session = latest
        }
        guard !session.phases.isEmpty else {
            throw CommandError("The session \(session.id) has no phases; it cannot be resumed.", code: .dataError)
        }
        let library = context.loadLibrary()
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
        return try launcher.resume(session)
    }
}
