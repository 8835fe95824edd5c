import CoachKit
import Foundation
@preconcurrency import Glibc
import TerminalTestSupport

/// Runs the built `mlsd` interactively — in a pseudo-terminal (Glibc `openpty`) or with an open pipe on
/// standard input — so tests can type, watch the screen, send signals and read the saved session.
final class InterviewProcess {
    let home: URL
    let process = Process()
    var screen: VirtualScreen
    /// Everything the program wrote, as text (escape sequences included).
    private(set) var output = ""
    /// The program's terminal (kept open here so its settings can be read after the program exits).
    let terminal: PseudoTerminal
    private let inputPipe: Pipe?
    let originalSettings: termios

    enum Mode { case terminal, pipe }

    init(_ arguments: [String], home: URL, mode: Mode = .terminal, columns: Int = 100, rows: Int = 30, environment extra: [String: String] = [:]) throws {
        self.home = home
        screen = VirtualScreen(columns: columns, rows: rows)
        guard let terminal = PseudoTerminal(columns: columns, rows: rows) else { throw POSIXError(.ENXIO) }
        self.terminal = terminal
        originalSettings = terminal.settings()

        process.executableURL = MLSDProcess.executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["MLSD_HOME"] = home.path
        environment["NO_COLOR"] = "1"
        environment["TERM"] = "xterm-256color"
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.removeValue(forKey: "COLUMNS")
        environment.removeValue(forKey: "LINES")
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let programTerminal = FileHandle(fileDescriptor: terminal.secondary, closeOnDealloc: false)
        switch mode {
        case .terminal:
            inputPipe = nil
            process.standardInput = programTerminal
        case .pipe:
            let pipe = Pipe()
            inputPipe = pipe
            process.standardInput = pipe
        }
        process.standardOutput = programTerminal
        process.standardError = programTerminal
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Types text (or sends it down the pipe).
    func type(_ text: String) {
        if let inputPipe {
            inputPipe.fileHandleForWriting.write(Data(text.utf8))
        } else {
            terminal.type(text)
        }
    }

    func closeInput() { try? inputPipe?.fileHandleForWriting.close() }

    /// Reads what the program has written so far into the screen.
    func pump(milliseconds: Int32 = 50) {
        let bytes = terminal.shown(waitingMilliseconds: milliseconds, followingMilliseconds: 10)
        guard !bytes.isEmpty else { return }
        let text = String(decoding: bytes, as: UTF8.self)
        output += text
        screen.write(text)
    }

    /// Waits until `condition` holds (reading output meanwhile); false on timeout.
    @discardableResult
    func wait(timeout: TimeInterval = 10, until condition: (InterviewProcess) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            pump()
            if condition(self) { return true }
        }
        pump()
        return condition(self)
    }

    /// Waits until `text` is on the screen or in its scrollback.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) -> Bool {
        wait(timeout: timeout) { $0.screen.contains(text) }
    }

    func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits for the program to end; nil on timeout.
    func waitForExit(timeout: TimeInterval = 10) -> (reason: Process.TerminationReason, status: Int32)? {
        let ended = wait(timeout: timeout) { !$0.process.isRunning }
        guard ended else { return nil }
        process.waitUntilExit()
        pump()
        return (process.terminationReason, process.terminationStatus)
    }

    var terminalSettings: termios { terminal.settings() }

    /// The saved sessions, read straight from the files.
    func sessions() -> [Session] {
        SessionFixtures.sessions(in: home)
    }

    /// Waits until the single saved session satisfies `condition`.
    @discardableResult
    func waitForSession(timeout: TimeInterval = 10, _ condition: (Session) -> Bool) -> Session? {
        var found: Session?
        wait(timeout: timeout) { process in
            found = process.sessions().first
            return found.map(condition) ?? false
        }
        return found.flatMap { condition($0) ? $0 : nil }
    }
}
