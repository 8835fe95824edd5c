import CoachKit
import Foundation
@preconcurrency import Glibc
import TerminalKit

/// Starts or resumes an interview in the right mode — the terminal editor when standard input and
/// output are both an interactive terminal, the plain line mode otherwise (pipes, `TERM=dumb`) — and
/// prints the report at the end. Shared by `practice` and `resume`.
struct InterviewLauncher {
    let context: CommandContext
    let prompt: Prompt
    let lexicon: Lexicon
    let store: SessionStore

    static let inputDescriptor = STDIN_FILENO
    static let outputDescriptor = STDOUT_FILENO

    /// True when the live screen can be used: both ends are a terminal that can move the cursor.
    static func isInteractive(environment: [String: String]) -> Bool {
        isatty(inputDescriptor) == 1 && Terminal(fileDescriptor: outputDescriptor, environment: environment).kind == .tty
    }

    func start(options: SessionOptions, drill: Phase?) throws -> ExitCode {
        let base = Session.makeID(promptID: prompt.id, startedAt: context.now())
        let id = store.availableID(for: base)
        let (engine, opening) = InterviewEngine.start(
            prompt: prompt, lexicon: lexicon, options: options, drill: drill, clock: SystemClock(), id: id,
            save: { [store] in try store.save($0) })
        for case .saveFailed(let reason) in opening {
            // Refuse to start an interview that cannot be saved: "nothing typed is ever lost" would be a lie.
            throw CommandError("Cannot save sessions, so the interview was not started. \(reason) Set MLSD_HOME to a writable folder.")
        }
        return try run(engine, opening: opening, resumed: false)
    }

    func resume(_ session: Session) throws -> ExitCode {
        var engine = InterviewEngine(session: session, prompt: prompt, lexicon: lexicon, clock: SystemClock(), save: { [store] in try store.save($0) })
        let opening = engine.resume()
        return try run(engine, opening: opening, resumed: true)
    }

    private func run(_ engine: InterviewEngine, opening: [InterviewNotice], resumed: Bool) throws -> ExitCode {
        let environment = context.environment
        let outcome: InterviewOutcome
        let session: Session
        var console = context.console
        var reportWidth = 0
        if Self.isInteractive(environment: environment) {
            let terminal = Terminal(fileDescriptor: Self.outputDescriptor, environment: environment)
            let formatter = NoticeFormatter(prompt: prompt, style: terminal.style, interactive: true, width: terminal.size().columns)
            var screen = TerminalInterview(
                engine: engine, formatter: formatter, terminal: terminal, environment: environment, inputDescriptor: Self.inputDescriptor)
            do {
                outcome = try screen.run(intro: formatter.intro(session: engine.session, resumed: resumed), opening: opening)
            } catch let error as RawModeError {
                throw CommandError(error.description)
            }
            session = screen.engine.session
            reportWidth = terminal.size().columns
        } else {
            // Line mode prints no escape sequences at all, even when only stdin is piped.
            console.colour = false
            let formatter = NoticeFormatter(prompt: prompt, style: .plain, interactive: false)
            let output = console
            output.write(formatter.intro(session: engine.session, resumed: resumed))
            var lines = PlainInterview(engine: engine, formatter: formatter, write: { output.write($0) }, inputDescriptor: Self.inputDescriptor)
            outcome = lines.run(opening: opening)
            session = lines.engine.session
        }
        switch outcome {
        case .finished(let report):
            let text = InterviewReport(console: console, prompt: prompt).render(session: session, report: report, savedAt: store.url(for: session.id))
            console.write(reportWidth > 0 ? TextWrapper(width: reportWidth).wrap(text) : text)
            return .success
        case .paused:
            return .success
        case .signalled(let number):
            // Saved and restored: now die of the signal, as the shell and the parent expect. The
            // signal may still be blocked in this thread (dispatch signal sources block it): unblock it.
            signal(number, SIG_DFL)
            var signals = sigset_t()
            sigemptyset(&signals)
            sigaddset(&signals, number)
            pthread_sigmask(SIG_UNBLOCK, &signals, nil)
            raise(number)
            return .failure
        }
    }
}
