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
    let inputDescriptor: Int32

    mutating func run(opening: [InterviewNotice]) -> InterviewOutcome {
        if let outcome = handle(opening) { return outcome }
        let watcher = SignalWatcher(signals: [.interrupt, .terminate, .hangup])
        defer { watcher.stop() }
        let reader = InputReader(fileDescriptor: inputDescriptor)
        var pending: [UInt8] = []
        while true {
            switch reader.read(timeoutMilliseconds: 1000, wakeDescriptor: watcher.wakeDescriptor) {
            case .bytes(let bytes):
                pending += bytes
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    var line = String(decoding: pending[..<newline], as: UTF8.self)
                    pending.removeSubrange(...newline)
                    if line.hasSuffix("\r") { line.removeLast() }
                    if let outcome = handle(engine.submit(line)) { return outcome }
                }
            case .timedOut:
                if let outcome = handle(engine.tick()) { return outcome }
            case .woken:
                if let signal = watcher.takePending().first {
                    show(engine.pause())
                    write("\nSaved. Continue with: mlsd resume \(engine.session.id)\n")
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

    /// Prints the notices; returns the outcome when the interview stopped.
    private mutating func handle(_ notices: [InterviewNotice]) -> InterviewOutcome? {
        show(notices)
        for notice in notices {
            switch notice {
            case .finished(let report):
                return .finished(report)
            case .paused:
                write("Saved. Continue with: mlsd resume \(engine.session.id)\n")
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
            if !text.isEmpty { write(text) }
        }
    }
}
