#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// One end of the terminal (usually standard output): what it is, how big it is, and a safe way to write to it.
///
/// Modelled on SwiftPM's `TerminalController`: decide once whether the output is an interactive terminal,
/// a dumb one, or a file, and only draw (move the cursor, colour, redraw lines) on the first kind.
///
/// ```swift
/// let environment = ProcessInfo.processInfo.environment
/// let terminal = Terminal(fileDescriptor: STDOUT_FILENO, environment: environment)
/// guard terminal.supportsInteractiveEditing else { return runLineByLine() }
/// let style = terminal.style
/// var renderer = ScreenRenderer(size: terminal.size(), style: style)
/// terminal.write(renderer.render(editor: editor, status: status))
/// ```
public struct Terminal: Sendable {
    public let fileDescriptor: Int32
    /// The environment the decisions are based on (`TERM`, `NO_COLOR`, `COLUMNS`, `LINES`); passed in so
    /// that tests and callers control it.
    public let environment: [String: String]

    public init(fileDescriptor: Int32, environment: [String: String]) {
        self.fileDescriptor = fileDescriptor
        self.environment = environment
    }

    /// True when the descriptor is a terminal device (`isatty`).
    public var isTTY: Bool { isatty(fileDescriptor) == 1 }

    /// True when `TERM` says the terminal cannot move the cursor or show colour.
    public var isDumb: Bool { environment["TERM"] == "dumb" }

    public var kind: TerminalKind {
        guard isTTY else { return .notATerminal }
        return isDumb ? .dumb : .tty
    }

    /// True when raw mode, the line editor and the status line can be used; otherwise read and print lines.
    public var supportsInteractiveEditing: Bool { kind == .tty }

    /// Styles for this output: colour only on an interactive terminal and when `NO_COLOR` is unset or empty
    /// (the one colour decision; see ``Style/init(outputIsTTY:environment:)``).
    public var style: Style { Style(outputIsTTY: kind == .tty, environment: environment) }

    /// The current window size (see ``TerminalSize/current(fileDescriptor:environment:)``).
    public func size() -> TerminalSize {
        TerminalSize.current(fileDescriptor: fileDescriptor, environment: environment)
    }

    /// Writes all of `text`, retrying after interruptions and short writes.
    ///
    /// Returns false when the output is gone (closed pipe, hung-up terminal); there is nothing better to do
    /// with that than to stop drawing.
    @discardableResult
    public func write(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { Self.write(bytes: $0, to: fileDescriptor) }
    }

    /// Writes all of `bytes` to `fileDescriptor` with `write(2)` (async-signal-safe: no allocation, no locks).
    @discardableResult
    public static func write(bytes: UnsafeBufferPointer<UInt8>, to fileDescriptor: Int32) -> Bool {
        guard var pointer = bytes.baseAddress else { return true }
        var remaining = bytes.count
        while remaining > 0 {
            #if canImport(Glibc)
            let written = Glibc.write(fileDescriptor, pointer, remaining)
            #else
            let written = Darwin.write(fileDescriptor, pointer, remaining)
            #endif
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    // Non-blocking output that is full: wait until it drains rather than spin.
                    var waiting = pollfd(fd: fileDescriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&waiting, 1, 100)
                    continue
                }
                return false
            }
            remaining -= written
            pointer += written
        }
        return true
    }
}
