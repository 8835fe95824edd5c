#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Restores the terminal if the app crashes (a trap, a bad access, an abort) while in raw mode, so the
/// user's shell is never left without echo. Thrown errors and signals are handled by the app itself
/// (`defer`, ``SignalWatcher``, ``SignalWatcher/endProcess(by:)``); this covers the paths where no
/// Swift code runs any more.
///
/// The handler only calls async-signal-safe functions (`tcsetattr`, `write`, `sigaction`, `raise`),
/// reads settings captured once before raw mode, then puts the previous handler back and raises the
/// signal again, so the runtime's own crash report (backtrace) still appears and the process ends.
///
/// The one piece of process-wide state in TerminalKit: signal handlers are per process, so the
/// settings they restore have to be too. Install once around raw mode:
///
/// ```swift
/// TerminalCrashGuard.install()
/// defer { TerminalCrashGuard.uninstall() }
/// let rawMode = try RawMode.enter(input: STDIN_FILENO, output: STDOUT_FILENO)
/// defer { rawMode.restore() }
/// ```
public enum TerminalCrashGuard {
    /// The crash signals covered.
    public static let signals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// The terminal's settings before raw mode and the handlers that were there before ours.
    /// Immutable once made: the only state the handler reads.
    private struct Saved: @unchecked Sendable {
        // @unchecked: plain C structs, written once during initialisation and only read afterwards.
        var input: Int32
        var output: Int32
        var settings: termios
        var previous: [sigaction]
        /// Bracketed paste off, cursor visible, a fresh line: made here, as the handler must not allocate.
        var reset: [UInt8]
    }

    private static let saved: Saved? = {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return nil }
        var previous: [sigaction] = []
        for number in signals {
            var old = sigaction()
            sigaction(number, nil, &old)
            previous.append(old)
        }
        let reset = Array((ControlSequence.disableBracketedPaste + ControlSequence.showCursor + ControlSequence.newline).utf8)
        return Saved(input: STDIN_FILENO, output: STDOUT_FILENO, settings: settings, previous: previous, reset: reset)
    }()

    /// Captures the terminal settings and installs the handlers. Call before entering raw mode.
    public static func install() {
        guard saved != nil else { return }
        // A parent may have started mlsd with these blocked; a blocked crash signal would never reach us.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for number in signals { sigaddset(&unblock, number) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for number in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in TerminalCrashGuard.restore(after: number) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(number, &action, nil)
        }
    }

    /// Puts the previous handlers back (the interview is over and the terminal restored).
    public static func uninstall() {
        guard let saved else { return }
        for (index, number) in signals.enumerated() {
            var old = saved.previous[index]
            sigaction(number, &old, nil)
        }
    }

    private static func restore(after number: Int32) {
        guard let saved else { return }
        var settings = saved.settings
        tcsetattr(saved.input, TCSANOW, &settings)
        saved.reset.withUnsafeBufferPointer { _ = write(saved.output, $0.baseAddress, $0.count) }
        if let index = signals.firstIndex(of: number) {
            var old = saved.previous[index]
            sigaction(number, &old, nil)
        }
        // Pending until this handler returns, then delivered to the previous handler (the runtime's
        // crash report) or the default action, which ends the process — also when the signal was
        // sent with kill(1) rather than raised by a fault.
        raise(number)
    }
}
