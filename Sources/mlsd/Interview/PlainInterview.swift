import CoachKit
import Foundation
@preconcurrency import Glibc
import TerminalKit

/// The interview in plain line mode, for piped input and `TERM=dumb`: every line is answer text or a
/// command, `/next` ends a phase (then its follow-up), end of input ends the interview. No escape
/// sequences. Input is read with `poll` so the clock still ticks (warnings, `--strict`) while waiting
/// for a line, and SIGINT/SIGTERM/SIGHUP save the session before leaving.
struct PlainInterview {
    var engine: InterviewEngine
    let formatter: NoticeFormatter
    let write: (String) -> Void
    /// Standard error: save failures go there, so they are seen even when the output is redirected.
    let warn: (String) -> Void
    let inputDescriptor: Int32


    mutating func run(opening: [InterviewNotice]) -> InterviewOutcome {
        if let outcome = handle(opening) { return outcome }
        let watcher = SignalWatcher(signals: [.interrupt, .terminate, .hangup])
        defer { watcher.stop() }
        let reader = InputReader(fileDescriptor: inputDescriptor)
        var pending: [UInt8] = []
        /// How far `pending` is known to hold no newline (a 10 MB line arrives in many reads).
        var scanned = 0
        while true {
            switch reader.read(timeoutMilliseconds: 1000, wakeDescriptor: watcher.wakeDescriptor) {
            case .bytes(let bytes):
                pending += bytes
                var start = 0
                var unsaved = false
                while let newline = pending[max(start, scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                    var line = String(decoding: pending[start..<newline], as: UTF8.self)
                    start = newline + 1
                    if line.hasSuffix("\r") { line.removeLast() }
                    // Commands save at once (and with them every line before).
                    let isCommand = InterviewCommand.parse(line) != nil
                    if let outcome = handle(engine.submit(line, save: false)) { return outcome }
                    unsaved = !isCommand
                }
                pending.removeSubrange(..<start)
                scanned = pending.count
                // Every line read is saved before more input is read: a line typed alone is saved on
                // its own, the lines of one read (a paste, piped text: up to 64 KB) together. Saving
                // per read rather than per line keeps a 10 MB paste to ~160 saves, not 100,000.
                if unsaved, let outcome = handle(engine.checkpoint()) { return outcome }
            case .timedOut:
                if let outcome = handle(engine.tick()) { return outcome }
            case .woken:
                if let signal = watcher.takePending().first {
                    show(engine.pause())
                    write("\n" + pausedMessage)
                    return .signalled(signal.number)
                }
            case .interrupted:
                continue
            case .endOfInput, .failed:
                let draft = String(decoding: pending, as: UTF8.self)
                if let outcome = handle(engine.endOfInput(draft: draft)) { return outcome }
                return .paused
            }
        }
    }

    /// Where the interview can be continued — or, when the latest save failed, that it was not saved.
    private var pausedMessage: String {
        engine.isSaveFailing
            ? "Could not save the session; your answers are printed below.\n"
            : "Saved. Continue with: mlsd resume \(engine.session.id)\n"
    }

    /// Prints the notices; returns the outcome when the interview stopped.
    private mutating func handle(_ notices: [InterviewNotice]) -> InterviewOutcome? {
        show(notices)
        for notice in notices {
            switch notice {
            case .finished(let report):
                return .finished(report)
            case .paused:
                write(pausedMessage)
                return .paused
            case .editRequested:
                write("/edit needs an interactive terminal; in line mode, add lines instead.\n")
            default:
                break
            }
        }
        return nil
    }

    private func show(_ notices: [InterviewNotice]) {
        for notice in notices {
            let text = formatter.text(for: notice)
            if text.isEmpty { continue }
            switch notice {
            case .saveFailed, .saveRecovered: warn(text)
            default: write(text)
            }
        }
    }
}
