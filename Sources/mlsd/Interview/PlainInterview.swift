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

    /// Lines that arrive in a burst (a paste, a file piped in) are saved together once the burst
    /// pauses this long, instead of once per line; and at least this often while it lasts.
    static let burstPauseMilliseconds: Int32 = 50
    static let longestUnsavedBurst: TimeInterval = 2

    mutating func run(opening: [InterviewNotice]) -> InterviewOutcome {
        if let outcome = handle(opening) { return outcome }
        let watcher = SignalWatcher(signals: [.interrupt, .terminate, .hangup])
        defer { watcher.stop() }
        let reader = InputReader(fileDescriptor: inputDescriptor)
        var pending: [UInt8] = []
        /// How far `pending` is known to hold no newline (a 10 MB line arrives in many reads).
        var scanned = 0
        /// Since when text lines have been kept without saving; nil when everything is saved.
        var unsavedSince: Date?
        while true {
            let timeout = unsavedSince == nil ? 1000 : Self.burstPauseMilliseconds
            switch reader.read(timeoutMilliseconds: timeout, wakeDescriptor: watcher.wakeDescriptor) {
            case .bytes(let bytes):
                pending += bytes
                var start = 0
                while let newline = pending[max(start, scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                    var line = String(decoding: pending[start..<newline], as: UTF8.self)
                    start = newline + 1
                    if line.hasSuffix("\r") { line.removeLast() }
                    // Commands save at once (and with them every line before); text waits for the burst to end.
                    let isCommand = InterviewCommand.parse(line) != nil
                    if let outcome = handle(engine.submit(line, save: false)) { return outcome }
                    unsavedSince = isCommand ? nil : (unsavedSince ?? Date())
                }
                pending.removeSubrange(..<start)
                scanned = pending.count
                if let since = unsavedSince, Date().timeIntervalSince(since) >= Self.longestUnsavedBurst {
                    unsavedSince = nil
                    if let outcome = handle(engine.checkpoint()) { return outcome }
                }
            case .timedOut:
                if unsavedSince != nil {
                    unsavedSince = nil
                    if let outcome = handle(engine.checkpoint()) { return outcome }
                }
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
        engine.session.drillItem != nil
            ? "Drill stopped; nothing recorded.\n"
            : engine.isSaveFailing
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
