#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// The terminal in raw mode: keys arrive one by one, unechoed, and the original settings are kept for restoring.
///
/// Raw mode here is `cfmakeraw` minus one thing: output post-processing (`OPOST`) stays on, so a plain
/// "\n" printed by the app still returns to column 0. Everything else is off, notably:
/// - `ICANON` (no line buffering) and `ECHO` (the app draws what is typed);
/// - `ISIG`: Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys (`.control("c")` …) instead of signals, so the app
///   can save the answer before it leaves. The app is then responsible for quitting on Ctrl-C.
/// - `IXON` (Ctrl-S/Ctrl-Q are keys, not flow control) and `ICRNL` (Enter arrives as CR).
///
/// Restore on every way out: `defer { rawMode.restore() }` for normal returns and thrown errors, and from the
/// SIGTERM / SIGHUP handling (see ``SignalWatcher``) before exiting. ``restore()`` keeps no state — it
/// re-applies the saved settings with `tcsetattr` and writes two fixed sequences with `write(2)`, all
/// async-signal-safe calls — so calling it twice, or from a signal path, is harmless. `RawMode` is a
/// `Sendable` value: capture it in whatever closure has to restore the terminal.
///
/// ```swift
/// let rawMode = try RawMode.enter(input: STDIN_FILENO, output: STDOUT_FILENO)
/// defer { rawMode.restore() }
/// let watcher = SignalWatcher { signal in
///     if signal == .terminate || signal == .hangup { rawMode.restore(); exit(1) }
/// }
/// ```
public struct RawMode: Sendable {
    /// The terminal whose settings were changed (usually standard input).
    public let inputDescriptor: Int32
    /// Where the bracketed-paste switch was written, if anywhere (usually standard output).
    public let outputDescriptor: Int32?
    /// The settings in force before raw mode; ``restore()`` puts these back.
    public let originalSettings: termios
    /// The settings raw mode applied.
    public let rawSettings: termios

    /// Written on restore: bracketed paste off, cursor visible (a redraw may have hidden it when interrupted).
    private let restoreSequence: [UInt8]

    /// Switches `input` into raw mode and, when `output` is given and `bracketedPaste` is true, asks the
    /// terminal to bracket pastes (`ESC [ ? 2004 h`) so a paste arrives as one ``Key/paste(_:)``.
    public static func enter(
        input: Int32,
        output: Int32?,
        bracketedPaste: Bool = true
    ) throws(RawModeError) -> RawMode {
        guard isatty(input) == 1 else { throw .notATerminal(fileDescriptor: input) }
        var original = termios()
        guard tcgetattr(input, &original) == 0 else { throw .cannotReadSettings(errno: errno) }
        var raw = makeRaw(original)
        guard tcsetattr(input, TCSANOW, &raw) == 0 else { throw .cannotApplySettings(errno: errno) }
        let mode = RawMode(
            inputDescriptor: input,
            outputDescriptor: output,
            originalSettings: original,
            rawSettings: raw,
            restoreSequence: Array((ControlSequence.disableBracketedPaste + ControlSequence.showCursor).utf8)
        )
        if bracketedPaste, let output {
            mode.write(ControlSequence.enableBracketedPaste, to: output)
        }
        return mode
    }

    /// Puts the original terminal settings back and turns bracketed paste off.
    ///
    /// Idempotent and async-signal-safe in what it calls (`tcsetattr`, `write`); failures are ignored
    /// because there is nothing better to do on the way out (the terminal may already be gone).
    public func restore() {
        var settings = originalSettings
        _ = tcsetattr(inputDescriptor, TCSANOW, &settings)
        if let outputDescriptor {
            restoreSequence.withUnsafeBufferPointer { bytes in
                _ = Terminal.write(bytes: bytes, to: outputDescriptor)
            }
        }
    }

    /// Re-applies raw mode after ``restore()``, e.g. when the app resumes after running a pager.
    @discardableResult
    public func reenter() -> Bool {
        var settings = rawSettings
        guard tcsetattr(inputDescriptor, TCSANOW, &settings) == 0 else { return false }
        if let outputDescriptor { write(ControlSequence.enableBracketedPaste, to: outputDescriptor) }
        return true
    }

    /// The raw-mode version of `settings` (pure: no terminal is touched).
    public static func makeRaw(_ settings: termios) -> termios {
        var raw = settings
        raw.c_iflag &= ~tcflag_t(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON)
        raw.c_lflag &= ~tcflag_t(ECHO | ECHONL | ICANON | ISIG | IEXTEN)
        raw.c_cflag &= ~tcflag_t(CSIZE | PARENB)
        raw.c_cflag |= tcflag_t(CS8)
        // Block until at least one byte arrives, with no inter-byte timer: callers use poll for timeouts.
        withUnsafeMutableBytes(of: &raw.c_cc) { controlCharacters in
            controlCharacters[Int(VMIN)] = 1
            controlCharacters[Int(VTIME)] = 0
        }
        return raw
    }

    private func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { _ = Terminal.write(bytes: $0, to: descriptor) }
    }
}
