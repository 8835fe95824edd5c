import CoachKit
import Foundation
@preconcurrency import Glibc
import Testing

/// Runs the built `mlsd` interactively — in a pseudo-terminal (Glibc `openpty`) or with an open pipe on
/// standard input — so tests can type, watch the screen, send signals and read the saved session.
final class InterviewProcess {
    let home: URL
    let process = Process()
    var screen: TestScreen
    /// Everything the program wrote, as text (escape sequences included).
    private(set) var output = ""
    private let primary: Int32
    /// The program's terminal (kept open here so its settings can be read after the program exits).
    let secondary: Int32
    private let inputPipe: Pipe?
    let originalSettings: termios

    enum Mode { case terminal, pipe }

    init(_ arguments: [String], home: URL, mode: Mode = .terminal, columns: Int = 100, rows: Int = 30, environment extra: [String: String] = [:]) throws {
        self.home = home
        screen = TestScreen(columns: columns, rows: rows)
        var primary: Int32 = -1
        var secondary: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&primary, &secondary, nil, nil, &size) == 0 else { throw POSIXError(.ENXIO) }
        _ = fcntl(primary, F_SETFD, FD_CLOEXEC)
        self.primary = primary
        self.secondary = secondary
        var settings = termios()
        tcgetattr(secondary, &settings)
        originalSettings = settings

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
        let terminal = FileHandle(fileDescriptor: secondary, closeOnDealloc: false)
        switch mode {
        case .terminal:
            inputPipe = nil
            process.standardInput = terminal
        case .pipe:
            let pipe = Pipe()
            inputPipe = pipe
            process.standardInput = pipe
        }
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        close(primary)
        close(secondary)
    }

    /// Types text (or sends it down the pipe).
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        if let inputPipe {
            inputPipe.fileHandleForWriting.write(Data(bytes))
        } else {
            _ = bytes.withUnsafeBufferPointer { write(primary, $0.baseAddress, $0.count) }
        }
    }

    func closeInput() { try? inputPipe?.fileHandleForWriting.close() }

    /// Reads what the program has written so far into the screen.
    func pump(milliseconds: Int32 = 50) {
        var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
        var timeout = milliseconds
        while poll(&descriptor, 1, timeout) > 0 {
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = read(primary, &buffer, buffer.count)
            guard count > 0 else { break }
            let text = String(decoding: buffer[0..<count], as: UTF8.self)
            output += text
            screen.write(text)
            timeout = 10
        }
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

    var terminalSettings: termios {
        var settings = termios()
        tcgetattr(secondary, &settings)
        return settings
    }

    /// The saved sessions, read straight from the files.
    func sessions() -> [Session] {
        SessionStore(directory: home.appendingPathComponent("sessions")).loadAll().sessions
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

/// True when two terminal settings agree on everything that matters to the user.
func sameTerminalSettings(_ a: termios, _ b: termios) -> Bool {
    var a = a
    var b = b
    let sameControlCharacters = withUnsafeBytes(of: &a.c_cc) { x in withUnsafeBytes(of: &b.c_cc) { y in x.elementsEqual(y) } }
    return a.c_iflag == b.c_iflag && a.c_oflag == b.c_oflag && a.c_cflag == b.c_cflag && a.c_lflag == b.c_lflag && sameControlCharacters
}

/// Enough of a VT100 to see what the interview screen looks like: printable text (wide characters
/// take two cells), auto-wrap, CR, LF with scrolling into a scrollback, BS, BEL, save/restore cursor
/// (ESC 7 / ESC 8) and the CSI sequences A B C D G H J K m, plus private modes (ignored).
struct TestScreen {
    let columns: Int
    let rows: Int
    private(set) var cells: [[String]]
    private(set) var scrollback: [String] = []
    private(set) var cursorRow = 0
    private(set) var cursorColumn = 0
    private var pendingWrap = false
    private var saved = (row: 0, column: 0)

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    func line(_ row: Int) -> String {
        var text = cells[row].joined()
        while text.last == " " { text.removeLast() }
        return text
    }

    var lines: [String] { (0..<rows).map(line) }
    /// Scrollback and screen, top to bottom.
    var allLines: [String] { scrollback + lines }

    func contains(_ text: String) -> Bool { allLines.contains { $0.contains(text) } }

    /// The row currently holding the cursor.
    var cursorLine: String { line(cursorRow) }

    mutating func write(_ text: String) {
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\u{1B}":
                guard let next = scalars.popFirst() else { return }
                if next == "7" {
                    saved = (cursorRow, cursorColumn)
                } else if next == "8" {
                    (cursorRow, cursorColumn) = saved
                    pendingWrap = false
                } else if next == "[" {
                    var body = ""
                    while let character = scalars.popFirst() {
                        if character.properties.isAlphabetic || character == "~" {
                            csi(body, final: Character(character))
                            break
                        }
                        body.unicodeScalars.append(character)
                    }
                }
            case "\r":
                cursorColumn = 0
                pendingWrap = false
            case "\n":
                lineFeed()
            case "\u{08}":
                cursorColumn = max(0, cursorColumn - 1)
                pendingWrap = false
            case "\u{07}":
                break
            default:
                if scalar.value < 0x20 { break }
                put(Character(scalar))
            }
        }
    }

    private mutating func put(_ character: Character) {
        let width = character.unicodeScalars.first.map { $0.properties.isEmojiPresentation || (0x1100...0x115F).contains($0.value) || (0x2E80...0xA4CF).contains($0.value) || (0xAC00...0xD7A3).contains($0.value) || (0xFF00...0xFF60).contains($0.value) ? 2 : 1 } ?? 1
        if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) { return }
        if pendingWrap || cursorColumn + width > columns {
            cursorColumn = 0
            lineFeed()
        }
        pendingWrap = false
        cells[cursorRow][cursorColumn] = String(character)
        if width == 2 && cursorColumn + 1 < columns { cells[cursorRow][cursorColumn + 1] = "" }
        cursorColumn += width
        if cursorColumn >= columns {
            cursorColumn = columns - 1
            pendingWrap = true
        }
    }

    private mutating func lineFeed() {
        pendingWrap = false
        if cursorRow == rows - 1 {
            scrollback.append(line(0))
            cells.removeFirst()
            cells.append(Array(repeating: " ", count: columns))
        } else {
            cursorRow += 1
        }
    }

    private mutating func csi(_ body: String, final: Character) {
        if body.hasPrefix("?") { return }  // private modes: cursor visibility, bracketed paste
        let numbers = body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = numbers.first.flatMap { $0 } ?? 0
        let count = max(1, first)
        switch final {
        case "A": cursorRow = max(0, cursorRow - count)
        case "B": cursorRow = min(rows - 1, cursorRow + count)
        case "C": cursorColumn = min(columns - 1, cursorColumn + count)
        case "D": cursorColumn = max(0, cursorColumn - count)
        case "G": cursorColumn = min(columns - 1, count - 1)
        case "H":
            cursorRow = min(rows - 1, max(1, first) - 1)
            cursorColumn = min(columns - 1, max(1, (numbers.count > 1 ? numbers[1] : nil) ?? 1) - 1)
        case "J":
            if first == 2 || first == 3 {
                cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
            } else {
                for column in cursorColumn..<columns { cells[cursorRow][column] = " " }
                for row in (cursorRow + 1)..<max(cursorRow + 1, rows) { cells[row] = Array(repeating: " ", count: columns) }
            }
        case "K":
            let range = first == 2 ? 0..<columns : first == 1 ? 0..<(cursorColumn + 1) : cursorColumn..<columns
            for column in range { cells[cursorRow][column] = " " }
        default:
            break  // m (colours) and anything else: no effect on the text
        }
        pendingWrap = false
    }
}

@Suite struct PracticeProcessSupportTests {
    @Test func theTestScreenFollowsCursorMovesAndWrapping() {
        var screen = TestScreen(columns: 10, rows: 3)
        screen.write("hello\r\nworld")
        screen.write("\u{1B}7\u{1B}[1A\r\u{1B}[2KHELLO\u{1B}8!")
        #expect(screen.lines == ["HELLO", "world!", ""])
        screen.write("\r\n0123456789ab")
        #expect(screen.scrollback == ["HELLO"])
        #expect(screen.lines == ["world!", "0123456789", "ab"])
        screen.write("\u{1B}[H\u{1B}[2J日本")
        #expect(screen.lines[0] == "日本")
        #expect(screen.cursorColumn == 4)
    }
}
