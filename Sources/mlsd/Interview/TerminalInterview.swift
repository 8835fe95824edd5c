import CoachKit
import Foundation
@preconcurrency import Glibc
import TerminalKit

/// The interview in a real terminal: raw mode, a multi-line answer editor under a status line that
/// counts down every second, the interviewer's words printed above it.
///
/// One thread, one loop: `poll` waits for a key, a signal (through ``SignalWatcher``'s wake pipe) or a
/// quarter-second timeout, whichever comes first; the clock is ticked and the status line redrawn on
/// every turn, with save-cursor/restore-cursor so it never disturbs typing. The editor owns the draft
/// while a phase is open (Up/Down move through it): ``handOver()`` gives it to the engine before every
/// command, save and tick, and every Enter and paste saves it. It comes back from the engine only when
/// a new draft opens (see ``InterviewEngine``'s "The answer text").
struct TerminalInterview {
    var engine: InterviewEngine
    var formatter: NoticeFormatter
    let terminal: Terminal
    let environment: [String: String]
    let inputDescriptor: Int32

    private var editor = LineEditor()
    private var renderer: ScreenRenderer
    private var rawMode: RawMode?
    /// The current phase's heading and pending follow-up, shown again after a resize or Ctrl-L.
    private var headerIntro: PhaseIntro?
    private var headerFollowUp: String?

    private var header: String {
        guard let headerIntro else { return "" }
        return formatter.phaseHeader(headerIntro) + (headerFollowUp.map { formatter.followUp($0) } ?? "")
    }

    init(engine: InterviewEngine, formatter: NoticeFormatter, terminal: Terminal, environment: [String: String], inputDescriptor: Int32) {
        self.engine = engine
        self.formatter = formatter
        self.terminal = terminal
        self.environment = environment
        self.inputDescriptor = inputDescriptor
        renderer = ScreenRenderer(size: terminal.size(), style: terminal.style)
        self.formatter.width = renderer.size.columns
    }

    /// Runs until the interview ends, is quit, or a signal arrives. The terminal is restored on every
    /// way out: `defer` for returns and thrown errors, ``TerminalCrashGuard`` for crashes.
    mutating func run(intro: String, opening: [InterviewNotice]) throws -> InterviewOutcome {
        TerminalCrashGuard.install()
        defer { TerminalCrashGuard.uninstall() }
        let rawMode = try RawMode.enter(input: inputDescriptor, output: terminal.fileDescriptor)
        self.rawMode = rawMode
        defer { rawMode.restore() }
        let watcher = SignalWatcher(signals: TerminalSignal.allCases)
        defer { watcher.stop() }

        terminal.write(TextWrapper(width: renderer.size.columns).wrap(intro))
        if let outcome = present(opening, textBefore: nil) { return outcome }
        editor = Self.editor(for: engine.currentText)
        render()

        let reader = InputReader(fileDescriptor: inputDescriptor)
        var decoder = KeyDecoder()
        while true {
            let event = reader.read(timeoutMilliseconds: decoder.hasPendingInput ? 30 : 250, wakeDescriptor: watcher.wakeDescriptor)
            switch event {
            case .bytes(let bytes):
                for key in decoder.feed(bytes) {
                    if let outcome = handle(key) { return outcome }
                }
                render()
            case .timedOut:
                for key in decoder.flush() {
                    if let outcome = handle(key) { return outcome }
                }
            case .woken:
                for signal in watcher.takePending() {
                    switch signal {
                    case .windowChanged:
                        redraw(size: terminal.size())
                        continue
                    case .suspend:
                        suspend()
                        continue
                    case .continued:
                        // Also after a SIGSTOP from outside: the shell may have reset the terminal.
                        rawMode.reenter()
                        redraw(size: terminal.size())
                        continue
                    case .interrupt, .terminate, .hangup, .quit:
                        break
                    }
                    if let outcome = run(.quit) {
                        return outcome == .paused ? .signalled(signal.number) : outcome
                    }
                }
            case .interrupted:
                continue
            case .endOfInput, .failed:
                // The terminal went away: keep everything for `mlsd resume`.
                handOver()
                _ = engine.perform(.quit)
                return .paused
            }
            if let outcome = tick() { return outcome }
        }
    }

    // MARK: - Keys

    private mutating func handle(_ key: Key) -> InterviewOutcome? {
        switch key {
        case .enter:
            let line = editor.currentLine
            if let command = InterviewCommand.parse(line) {
                // Clear the command's line but keep it, so typing continues on a line of its own.
                editor.moveToLineEnd()
                editor.deleteToLineStart()
                return run(command)
            }
            // "An empty reply skips it": Enter with nothing typed ends the follow-up.
            if case .followUp = engine.stage, editor.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                return run(.next)
            }
            editor.insertNewline()
            handOver()
            return present(engine.checkpoint(), textBefore: nil)
        case .control("d"):
            return run(.next)
        case .control("c"):
            return run(.quit)
        case .control("\\"):
            // Ctrl-\ (raw mode turns off the terminal's own SIGQUIT): save, restore, end by SIGQUIT.
            if let outcome = run(.quit) {
                return outcome == .paused ? .signalled(SIGQUIT) : outcome
            }
            return nil
        case .control("z"):
            // Ctrl-Z (raw mode turns off the terminal's own SIGTSTP): suspend like any terminal program.
            suspend()
            return nil
        case .control("l"):
            redraw(size: renderer.size)
            return nil
        case .paste:
            editor.apply(key, width: renderer.editorWidth)
            handOver()
            return present(engine.checkpoint(), textBefore: nil)
        default:
            editor.apply(key, width: renderer.editorWidth)
            return nil
        }
    }

    private mutating func run(_ command: InterviewCommand) -> InterviewOutcome? {
        let text = handOver()
        return present(engine.perform(command), textBefore: text)
    }

    /// Gives the editor's text to the engine: the copy the next command acts on and the next save
    /// stores. Returns the text handed over.
    @discardableResult
    private mutating func handOver() -> String {
        let text = editor.text
        engine.update(draft: text)
        return text
    }

    // MARK: - Clock

    private mutating func tick() -> InterviewOutcome? {
        // Handed over first, so a `--strict` move keeps what is on screen.
        let text = handOver()
        let notices = engine.tick()
        if !notices.isEmpty, let outcome = present(notices, textBefore: text) { return outcome }
        terminal.write(renderer.renderStatus(statusLine()))
        return nil
    }

    /// The status line, as full as the width allows: on a narrow terminal (20 columns) the phase and
    /// its time left matter most, so the total, "/help" and the labels go first.
    private func statusLine() -> StatusLine {
        let status = engine.timeStatus()
        let phase = status.phase
        let name = engine.session.drillPhase != nil ? "\(phase.title) (drill)" : "\(phase.title) \(phase.position)/6"
        // While saves fail the warning scrolls away; the status line keeps saying it.
        let unsaved = engine.isSaveFailing ? " · not saved" : ""
        var full = name
        if case .followUp = engine.stage { full += " · follow-up" }
        full += unsaved + " · /help"
        let phaseLeft = TimeStatus.describe(remaining: status.phaseRemainingSeconds)
        let phaseClock = status.phaseRemainingSeconds >= 0
            ? TimeStatus.clock(status.phaseRemainingSeconds, roundingUp: true) : "+" + TimeStatus.clock(-status.phaseRemainingSeconds)
        let choices = [
            (full, "phase " + phaseLeft + " · total " + TimeStatus.describe(remaining: status.totalRemainingSeconds)),
            (name + unsaved, "phase " + phaseLeft),
            (name, phaseClock),
            (phase.title, phaseClock),
        ]
        let columns = renderer.size.columns
        let (left, right) = choices.first { DisplayWidth.of($0.0) + 1 + DisplayWidth.of($0.1) <= columns } ?? choices[choices.count - 1]
        let attributes: [Style.Attribute] =
            status.phaseRemainingSeconds < 0 ? [.inverse, .red]
            : status.phaseRemainingSeconds <= 60 && status.phaseBudgetSeconds > 60 ? [.inverse, .yellow] : [.inverse]
        return StatusLine(left: left, right: right, attributes: attributes)
    }

    // MARK: - Screen

    private mutating func render() {
        terminal.write(renderer.render(editor: editor, status: statusLine()))
    }

    /// Clears the screen and draws the current phase's heading and the editor again (resize, Ctrl-L).
    private mutating func redraw(size: TerminalSize) {
        var output = renderer.resize(to: size)
        formatter.width = renderer.size.columns
        output += TextWrapper(width: renderer.size.columns).wrap(header)
        terminal.write(output)
        render()
    }

    /// Prints the notices above the editor. When they moved to another phase or to the follow-up,
    /// the text that was in the editor stays on screen as part of the transcript and the editor is
    /// loaded with the new phase's text. Returns the outcome when the interview stopped.
    private mutating func present(_ notices: [InterviewNotice], textBefore: String?) -> InterviewOutcome? {
        guard !notices.isEmpty else { return nil }
        let moved = notices.contains {
            switch $0 {
            case .phaseStarted, .followUp, .finished, .paused: true
            default: false
            }
        }
        let erase = renderer.erase()
        var output = ""
        if moved, let textBefore, !textBefore.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            output += transcript(textBefore)
        }
        var outcome: InterviewOutcome?
        var editRequest: String?
        for notice in notices {
            output += formatter.text(for: notice)
            switch notice {
            case .phaseStarted(let intro):
                headerIntro = intro
                headerFollowUp = nil
            case .followUp(let question):
                headerFollowUp = question
            case .finished(let report):
                outcome = .finished(report)
            case .paused:
                output += engine.session.drillItem != nil
                    ? "Drill stopped; nothing recorded.\n"
                    : engine.isSaveFailing
                    ? "Could not save the session; your answers are printed below.\n"
                    : "Saved. Continue with: mlsd resume \(engine.session.id)\n"
                outcome = .paused
            case .editRequested(let text):
                editRequest = text
            default:
                break
            }
        }
        terminal.write(erase + TextWrapper(width: renderer.size.columns).wrap(output))
        if let outcome { return outcome }
        if moved { editor = Self.editor(for: engine.currentText) }
        if let editRequest { editExternally(editRequest) }
        render()
        return nil
    }

    /// An editor holding `text` with the cursor on a fresh line after it, ready for more.
    private static func editor(for text: String) -> LineEditor {
        LineEditor(text: text.isEmpty ? "" : text + "\n")
    }

    /// The most lines of an answer left in the scrollback when its phase ends: a pasted document of
    /// 100,000 lines would take seconds to print and bury everything else (it is saved in full).
    static let transcriptLineLimit = 200

    /// The answer as it stays in the scrollback once its phase (or follow-up) is over.
    private func transcript(_ text: String) -> String {
        let gutter = terminal.style.dim("│ ")
        var text = text
        while let last = text.last, last.isWhitespace { text.removeLast() }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var shown = lines[...]
        var output = ""
        if lines.count > Self.transcriptLineLimit {
            shown = lines.suffix(Self.transcriptLineLimit)
            output = gutter + terminal.style.dim("… \(lines.count - shown.count) earlier lines not shown") + "\n"
        }
        return output + shown.map { gutter + $0 + "\n" }.joined()
    }

    /// Ctrl-Z or SIGTSTP: save, give the terminal back to the shell, stop; on `fg` (SIGCONT) take the
    /// terminal again and redraw everything, since the shell and other programs have used the screen.
    private mutating func suspend() {
        handOver()
        _ = engine.checkpoint()
        terminal.write("\r\n")
        rawMode?.restore()
        SignalWatcher.suspendUntilContinued()
        rawMode?.reenter()
        redraw(size: terminal.size())
    }

    /// `/edit`: leave raw mode, run the user's editor on the answer, come back.
    private mutating func editExternally(_ text: String) {
        rawMode?.restore()
        let fileName = "mlsd-\(getpid())-\(engine.currentPhase.rawValue).md"
        let result = Result { try ExternalEditor(environment: environment).edit(text, fileName: fileName) }
        rawMode?.reenter()
        // Editors that do not use the alternate screen leave their output behind: start below it.
        switch result {
        case .success(let edited):
            var output = ""
            for notice in engine.applyEdit(edited) { output += formatter.text(for: notice) }
            terminal.write(TextWrapper(width: renderer.size.columns).wrap(output))
            editor = Self.editor(for: engine.currentText)
        case .failure(let error):
            terminal.write(terminal.style.red(Self.editFailure(error)) + "\n")
        }
    }

    /// Why `/edit` changed nothing, in the interview's words.
    static func editFailure(_ error: any Error) -> String {
        if case ExternalEditor.EditError.failed(let command, let status) = error {
            return "The editor '\(command)' exited with status \(status); the answer was left as it was."
        }
        return "\(error)"
    }
}
