#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import Dispatch
import TerminalTestSupport
import Testing
@testable import TerminalKit

@Suite("Terminal, size, input and signals")
struct TerminalTests {
    @Test func kindFollowsIsattyAndTerm() throws {
        let pty = try #require(PseudoTerminal())
        #expect(Terminal(fileDescriptor: pty.secondary, environment: ["TERM": "xterm"]).kind == .tty)
        #expect(Terminal(fileDescriptor: pty.secondary, environment: ["TERM": "xterm"]).supportsInteractiveEditing)
        #expect(Terminal(fileDescriptor: pty.secondary, environment: ["TERM": "dumb"]).kind == .dumb)
        var descriptors: [Int32] = [-1, -1]
        #expect(pipe(&descriptors) == 0)
        defer { descriptors.forEach { close($0) } }
        let piped = Terminal(fileDescriptor: descriptors[1], environment: [:])
        #expect(piped.kind == .notATerminal)
        #expect(!piped.style.isEnabled)
        #expect(Terminal(fileDescriptor: pty.secondary, environment: [:]).style.isEnabled)
        #expect(!Terminal(fileDescriptor: pty.secondary, environment: ["NO_COLOR": "1"]).style.isEnabled)
        // no-color.org: only a non-empty NO_COLOR counts.
        #expect(Terminal(fileDescriptor: pty.secondary, environment: ["NO_COLOR": ""]).style.isEnabled)
    }

    @Test func standardTerminalAnswersForBothEnds() throws {
        let pty = try #require(PseudoTerminal(columns: 91, rows: 20))
        var descriptors: [Int32] = [-1, -1]
        #expect(pipe(&descriptors) == 0)
        defer { descriptors.forEach { close($0) } }
        let environment = ["TERM": "xterm", "COLUMNS": "132"]

        let onTerminal = StandardTerminal(environment: environment, input: pty.secondary, output: pty.secondary)
        #expect(onTerminal.inputIsTTY && onTerminal.outputIsTTY && onTerminal.isInteractive)
        #expect(onTerminal.columns == 91)  // the driver's size wins over $COLUMNS
        #expect(onTerminal.style.isEnabled)
        #expect(onTerminal.inputDescriptor == pty.secondary && onTerminal.output.fileDescriptor == pty.secondary)

        // Piped answers: no live screen even though the output is a terminal.
        let pipedInput = StandardTerminal(environment: environment, input: descriptors[0], output: pty.secondary)
        #expect(!pipedInput.inputIsTTY && pipedInput.outputIsTTY && !pipedInput.isInteractive)

        // Piped output: no screen, no colour, and the width from $COLUMNS (else 80).
        let pipedOutput = StandardTerminal(environment: environment, input: pty.secondary, output: descriptors[1])
        #expect(pipedOutput.inputIsTTY && !pipedOutput.outputIsTTY && !pipedOutput.isInteractive)
        #expect(!pipedOutput.style.isEnabled)
        #expect(pipedOutput.columns == 132)
        #expect(StandardTerminal(environment: [:], input: descriptors[0], output: descriptors[1]).columns == 80)

        // A dumb terminal cannot move the cursor: line mode.
        #expect(!StandardTerminal(environment: ["TERM": "dumb"], input: pty.secondary, output: pty.secondary).isInteractive)
    }

    @Test func sizeComesFromTheTerminalDriver() throws {
        let pty = try #require(PseudoTerminal())
        #expect(pty.resize(columns: 101, rows: 33))
        let terminal = Terminal(fileDescriptor: pty.secondary, environment: ["COLUMNS": "40", "LINES": "10"])
        #expect(terminal.size() == TerminalSize(columns: 101, rows: 33))
    }

    @Test func sizeFallsBackToTheEnvironmentThenEightyByTwentyFour() {
        #expect(TerminalSize.resolve(reported: nil, environment: ["COLUMNS": "132", "LINES": " 50 "]) == TerminalSize(columns: 132, rows: 50))
        #expect(TerminalSize.resolve(reported: nil, environment: ["COLUMNS": "wide", "LINES": "-3"]) == .fallback)
        #expect(TerminalSize.resolve(reported: TerminalSize(columns: 0, rows: 0), environment: ["COLUMNS": "70"]) == TerminalSize(columns: 70, rows: 24))
        #expect(TerminalSize.resolve(reported: TerminalSize(columns: 90, rows: 30), environment: ["COLUMNS": "70"]) == TerminalSize(columns: 90, rows: 30))
        #expect(TerminalSize.fallback == TerminalSize(columns: 80, rows: 24))
        var descriptors: [Int32] = [-1, -1]
        #expect(pipe(&descriptors) == 0)
        defer { descriptors.forEach { close($0) } }
        #expect(TerminalSize.query(fileDescriptor: descriptors[0]) == nil)
        #expect(TerminalSize.current(fileDescriptor: descriptors[0], environment: [:]) == .fallback)
    }

    @Test func writeDeliversEveryByte() throws {
        let pty = try #require(PseudoTerminal())
        let text = String(repeating: "日本語 text ", count: 200)
        // Read concurrently: the pty buffer is smaller than the text.
        let terminal = Terminal(fileDescriptor: pty.secondary, environment: [:])
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { _ = terminal.write(text) }
        var shown: [UInt8] = []
        while shown.count < text.utf8.count {
            let more = pty.shown(waitingMilliseconds: 1_000)
            if more.isEmpty { break }
            shown += more
        }
        group.wait()
        #expect(shown == Array(text.utf8))
    }

    @Test func inputReaderReadsTimesOutAndSeesTheEnd() {
        var descriptors: [Int32] = [-1, -1]
        #expect(pipe(&descriptors) == 0)
        defer { close(descriptors[0]) }
        let reader = InputReader(fileDescriptor: descriptors[0])
        #expect(reader.read(timeoutMilliseconds: 10) == .timedOut)
        _ = write(descriptors[1], "abc", 3)
        #expect(reader.read(timeoutMilliseconds: 1_000) == .bytes([0x61, 0x62, 0x63]))
        close(descriptors[1])
        #expect(reader.read(timeoutMilliseconds: 1_000) == .endOfInput)
    }

    @Test func inputReaderWakesForTheWakeDescriptorFirst() {
        var input: [Int32] = [-1, -1]
        var wake: [Int32] = [-1, -1]
        #expect(pipe(&input) == 0 && pipe(&wake) == 0)
        defer { (input + wake).forEach { close($0) } }
        let reader = InputReader(fileDescriptor: input[0])
        _ = write(input[1], "k", 1)
        _ = write(wake[1], "w", 1)
        #expect(reader.read(timeoutMilliseconds: 1_000, wakeDescriptor: wake[0]) == .woken)
        var byte: UInt8 = 0
        _ = read(wake[0], &byte, 1)
        #expect(reader.read(timeoutMilliseconds: 1_000, wakeDescriptor: wake[0]) == .bytes([0x6B]))
    }

    @Test func signalWatcherDeliversWindowChanges() {
        let received = ReceivedSignals()
        let watcher = SignalWatcher(signals: [.windowChanged]) { received.append($0) }
        defer { watcher.stop() }
        #expect(watcher.wakeDescriptor >= 0)
        var idle: [Int32] = [-1, -1]
        #expect(pipe(&idle) == 0)
        defer { idle.forEach { close($0) } }
        let reader = InputReader(fileDescriptor: idle[0])

        // The source is registered asynchronously after init, and a signal sent before that is lost, so
        // keep sending until the wake descriptor turns readable (an InputReader waiting on an idle pipe
        // reports it as `.woken`).
        var event = InputEvent.timedOut
        for _ in 0..<50 where event != .woken {
            kill(getpid(), SIGWINCH)
            event = reader.read(timeoutMilliseconds: 100, wakeDescriptor: watcher.wakeDescriptor)
        }
        #expect(event == .woken)
        usleep(200_000)  // let any extra signals from the loop arrive before draining
        let pending = watcher.takePending()
        #expect(!pending.isEmpty && pending.allSatisfy { $0 == .windowChanged })
        #expect(watcher.takePending() == [])
        #expect(reader.read(timeoutMilliseconds: 10, wakeDescriptor: watcher.wakeDescriptor) == .timedOut)
        // The callback ran too (on the watcher's queue, possibly just after the pending list was filled).
        for _ in 0..<100 where received.all.isEmpty { usleep(10_000) }
        #expect(received.all.count == pending.count && received.all.allSatisfy { $0 == .windowChanged })
        watcher.stop()
        watcher.stop()
        #expect(watcher.takePending() == [])
    }

    @Test func signalNumbers() {
        #expect(TerminalSignal.windowChanged.number == SIGWINCH)
        #expect(TerminalSignal.interrupt.number == SIGINT)
        #expect(TerminalSignal.terminate.number == SIGTERM)
        #expect(TerminalSignal.hangup.number == SIGHUP)
        #expect(TerminalSignal.quit.number == SIGQUIT)
        #expect(TerminalSignal.suspend.number == SIGTSTP)
        #expect(TerminalSignal.continued.number == SIGCONT)
    }
}

/// Signals seen by a watcher's callback, collected across threads.
private final class ReceivedSignals: @unchecked Sendable {
    // @unchecked: `signals` is only touched under `lock`.
    private let lock = NSLockLike()
    private var signals: [TerminalSignal] = []

    func append(_ signal: TerminalSignal) { lock.locked { signals.append(signal) } }
    var all: [TerminalSignal] { lock.locked { signals } }
}

/// A pthread mutex, so the test needs no Foundation.
private final class NSLockLike: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}
