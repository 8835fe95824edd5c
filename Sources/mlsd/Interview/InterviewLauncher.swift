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
    let catalog: SessionCatalog
    /// `--report full`: the details before the summary (through a pager on a terminal).
    var fullReport = false
    /// `--reference`: what a strong answer says, per phase, after the interview.
    var showReference = false

    /// The wall clock, or the test hook's clock when a test set `MLSD_TEST_CLOCK` (see ``TestHookClock``).
    private var clock: any SessionClock { TestHookClock.fromEnvironment(context.environment) ?? SystemClock() }

    func start(options: SessionOptions, drill: Phase?) throws -> ExitCode {
        let clock = clock
        let base = Session.makeID(promptID: prompt.id, startedAt: clock.now())
        let (id, lock) = catalog.claimNewID(for: base)
        let saver = makeSaver(id: id)
        let (engine, opening) = InterviewEngine.start(
            prompt: prompt, lexicon: lexicon, options: options, drill: drill, clock: clock, id: id, save: saver.save)
        return try run(engine, opening: opening, resumed: false, saver: saver, lock: lock)
    }

    /// A drill on one rubric item (`mlsd drill`). It is not a session: nothing is written while it runs
    /// (it lasts a minute or two), and a finished drill is added to the drill log.
    func startDrill(_ item: ItemDrill, seconds: Int) throws -> ExitCode {
        let id = Session.makeID(promptID: prompt.id, startedAt: context.now()) + "-" + item.itemID
        let (engine, opening) = InterviewEngine.startDrill(
            prompt: prompt, lexicon: lexicon, item: item, seconds: seconds, clock: SystemClock(), id: id, save: { _ in })
        return try run(engine, opening: opening, resumed: false, saver: nil, lock: nil)
    }

    /// Resumes `session`; `lock` (from ``SessionCatalog/claim(_:)``) marks it as open here until the end.
    func resume(_ session: Session, lock: FileLock?) throws -> ExitCode {
        let saver = makeSaver(id: session.id)
        var engine = InterviewEngine(session: session, prompt: prompt, lexicon: lexicon, clock: clock, save: saver.save)
        let opening = engine.resume()
        return try run(engine, opening: opening, resumed: true, saver: saver, lock: lock)
    }

    /// Saves to the sessions folder; while that fails, to a rescue file in the temporary folder
    /// (`$TMPDIR`, else /tmp), named after the session and this process so two runs never share one.
    private func makeSaver(id: String) -> SessionSaver {
        let temporary = context.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let rescue = URL(fileURLWithPath: temporary, isDirectory: true).appendingPathComponent("mlsd-unsaved-\(id)-\(getpid()).json")
        return SessionSaver(store: catalog.store, rescueFile: rescue)
    }

    /// Temporary files of a save older than this were left by a crash (a save takes milliseconds).
    static let staleTemporaryFileAge: TimeInterval = 3600

    private func run(_ engine: InterviewEngine, opening: [InterviewNotice], resumed: Bool, saver: SessionSaver?, lock: FileLock?) throws -> ExitCode {
        // Released on every way out; a kill -9 or a crash releases it too (the kernel drops the flock).
        defer { lock?.release() }
        // Saves killed half-way (kill -9, a power cut) leave ".<id>.json.<pid>.<n>.tmp" files behind.
        AtomicFile.removeStaleTemporaryFiles(in: catalog.store.directory, olderThan: Self.staleTemporaryFileAge, now: Date())
        let ended = try interview(engine, opening: opening, resumed: resumed)
        let session = ended.session
        let console = ended.console
        // The latest save failed: the answers are shown here (and are in the rescue file, if it could
        // be written), so none is lost whatever happened to the sessions folder.
        let unsaved = saver?.lastFailure.map { UnsavedAnswers(session: session, failure: $0, sessionsFolder: catalog.store.directory) }
        switch ended.outcome {
        case .finished(let report):
            if session.drillItem != nil { return try finishDrill(session, report: report, console: console, width: ended.width) }
            printReport(report, of: session, console: console, width: ended.width, saved: unsaved == nil)
            if let unsaved { throw showUnsaved(unsaved, console: console) }
            return .success
        case .paused:
            if let unsaved { throw showUnsaved(unsaved, console: console) }
            return .success
        case .signalled(let number):
            if let unsaved { console.warn("Error: " + showUnsaved(unsaved, console: console).message) }
            lock?.release()
            // Saved and restored: now die of the signal, as the shell and the parent expect.
            SignalWatcher.endProcess(by: number)
            return .failure
        }
    }

    /// How an interview ended: the outcome, the session as it stands, the console the report goes to
    /// (colour off in line mode) and the terminal's width (0 in line mode: no wrapping).
    private struct Ended {
        var outcome: InterviewOutcome
        var session: Session
        var console: Console
        var width: Int
    }

    /// Runs the interview in the terminal (raw mode, editor, status line) or, piped or on a dumb
    /// terminal, in line mode.
    private func interview(_ engine: InterviewEngine, opening: [InterviewNotice], resumed: Bool) throws -> Ended {
        var engine = engine
        let interactive = context.terminal.isInteractive
        // Follow-ups are on in the terminal and off in line mode unless asked for (--follow-ups): piped
        // answers written as "answer, /next" per phase must each land in their own phase.
        engine.asksFollowUps = engine.session.drillItem == nil && (engine.session.options.followUps ?? interactive)
        if interactive {
            let terminal = context.terminal.output
            var formatter = NoticeFormatter(prompt: prompt, style: terminal.style, interactive: true, width: terminal.size().columns)
            formatter.followUps = engine.asksFollowUps
            var screen = TerminalInterview(
                engine: engine, formatter: formatter, terminal: terminal, environment: context.environment,
                inputDescriptor: context.terminal.inputDescriptor)
            let outcome = try screen.run(intro: formatter.intro(session: engine.session, resumed: resumed), opening: opening)
            return Ended(outcome: outcome, session: screen.engine.session, console: context.console, width: terminal.size().columns)
        }
        // Line mode prints no escape sequences at all, even when only stdin is piped.
        var console = context.console
        console.usesColor = false
        var formatter = NoticeFormatter(prompt: prompt, style: .plain, interactive: false)
        formatter.followUps = engine.asksFollowUps
        let output = console
        output.write(formatter.intro(session: engine.session, resumed: resumed))
        var lines = PlainInterview(
            engine: engine, formatter: formatter, write: { output.write($0) }, warn: { output.writeError($0) },
            inputDescriptor: context.terminal.inputDescriptor)
        let outcome = lines.run(opening: opening)
        return Ended(outcome: outcome, session: lines.engine.session, console: console, width: 0)
    }

    /// The end-of-interview report: the details and reference answers when asked for (through the
    /// pager on a terminal), then the one-screen summary, last, so it is what stays on screen.
    private func printReport(_ report: ScoreReport, of session: Session, console: Console, width: Int, saved: Bool) {
        let renderer = InterviewReport(console: console, prompt: prompt, width: width > 0 ? width : 80)
        func wrapped(_ text: String) -> String { width > 0 ? TextWrapper(width: width).wrap(text) : text }
        var before = ""
        if fullReport && !session.isAbandoned { before += renderer.details(session: session, report: report) }
        if showReference && !session.isAbandoned { before += renderer.reference(session: session) }
        if !before.isEmpty, !(context.terminal.isInteractive && Pager(environment: context.environment).show(before)) {
            console.write(wrapped(before))
        }
        let summary = renderer.summary(
            session: session, report: report, savedAt: saved ? catalog.store.url(for: session.id) : nil, showedDetails: fullReport)
        console.write(wrapped(summary))
    }

    /// Records a finished item drill in the drill log and prints its result and when the item comes back.
    private func finishDrill(_ session: Session, report: ScoreReport, console: Console, width: Int) throws -> ExitCode {
        var next: String?
        var failure: CommandError?
        if let attempt = DrillAttempt(session: session) {
            let log = DrillLog(dataHome: context.dataHome)
            do {
                try log.append(attempt)
                let listing = catalog.load()
                let schedule = ItemSchedule(summaries: listing.summaries, drills: (try? log.load()) ?? [attempt], prompts: [prompt])
                if let card = schedule.cards(at: context.now()).first(where: { $0.itemID == attempt.itemID && $0.phase == attempt.phase }) {
                    next = console.dim(card.isMastered
                        ? "Mastered (covered \(card.coveredStreak) times in a row); it comes back \(RelativeTime.describe(card.due, now: context.now()))."
                        : "It comes back \(RelativeTime.describe(card.due, now: context.now())). Drill saved; see 'mlsd stats'.")
                } else {
                    next = console.dim("Drill saved; see 'mlsd stats'.")
                }
            } catch {
                failure = CommandError("The drill could not be recorded: \(error)")
            }
        }
        let text = InterviewReport(console: console, prompt: prompt, width: width > 0 ? width : 80)
            .drillSummary(session: session, report: report, next: next, showReference: showReference)
        console.write(width > 0 ? TextWrapper(width: width).wrap(text) : text)
        if let failure { throw failure }
        return .success
    }

    /// Prints the unsaved answers and returns the error that says where they are (exit status 1).
    private func showUnsaved(_ unsaved: UnsavedAnswers, console: Console) -> CommandError {
        console.write(unsaved.answers)
        return CommandError(unsaved.message)
    }
}
