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

    /// Lines that keep arriving without a pause are saved at least once per this many bytes.
    static let largestUnsavedBatch = 1 << 20
    /// Lines read are saved once no more input arrives for this long (a writer refilling a pipe
    /// takes a moment; without the grace a 10 MB stream would be saved once per 64 KB read).
    static let batchPauseMilliseconds: Int32 = 5

    mutating func run(opening: [InterviewNotice]) -> InterviewOutcome {
        if let outcome = handle(opening) { return outcome }
        let watcher = SignalWatcher(signals: [.interrupt, .terminate, .hangup, .quit])
        defer { watcher.stop() }
        let reader = InputReader(fileDescriptor: inputDescriptor)
        var pending: [UInt8] = []
        /// How far `pending` is known to hold no newline (a 10 MB line arrives in many reads).
        var scanned = 0
        /// Bytes of lines submitted but not saved yet (0 when everything is saved).
        var unsavedBytes = 0
        while true {
            // Lines read are saved as soon as the input pauses for `batchPauseMilliseconds`, so a line
            // is saved before mlsd waits for the next one. Input that keeps coming (a paste, a piped
            // file) is saved at least every `largestUnsavedBatch` bytes, not once per line: a 10 MB
            // stream costs about ten saves rather than 100,000.
            let timeout = unsavedBytes > 0 ? Self.batchPauseMilliseconds : 1000
            switch reader.read(timeoutMilliseconds: timeout, wakeDescriptor: watcher.wakeDescriptor) {
            case .bytes(let bytes):
                pending += bytes
                var start = 0
                while let newline = pending[max(start, scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                    var line = String(decoding: pending[start..<newline], as: UTF8.self)
                    start = newline + 1
                    if line.hasSuffix("\r") { line.removeLast() }
                    // Commands save at once (and with them every line before).
                    let isCommand = InterviewCommand.parse(line) != nil
                    if let outcome = handle(engine.submit(line, save: false)) { return outcome }
                    unsavedBytes = isCommand ? 0 : unsavedBytes + line.utf8.count + 1
                }
                pending.removeSubrange(..<start)
                scanned = pending.count
                if unsavedBytes >= Self.largestUnsavedBatch {
                    unsavedBytes = 0
                    if let outcome = handle(engine.checkpoint()) { return outcome }
                }
            case .timedOut:
                if unsavedBytes > 0 {
                    unsavedBytes = 0
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
                // A last line without a newline is kept as answer text, even one that looks like a
                // command: no Enter confirmed it.
                let lastLine = String(decoding: pending, as: UTF8.self)
                if !lastLine.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    let text = engine.currentText
                    engine.update(draft: text.isEmpty ? lastLine : text + "\n" + lastLine)
                }
                if let outcome = handle(engine.endOfInput()) { return outcome }
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
