#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// A pseudo-terminal pair from `openpty`, the one the tests share: the `secondary` end behaves like the
/// app's terminal (a library under test, or a child process's standard input and output), the
/// `primary` end like the terminal emulator (what it writes is "typed", what it reads is "shown").
public final class PseudoTerminal: @unchecked Sendable {
    // @unchecked: two descriptors set once in init; reading and writing them is thread-safe.
    public let primary: Int32
    public let secondary: Int32

    /// Opens a pair, `columns`×`rows` when given (else whatever the system sets). The emulator's end
    /// is close-on-exec, so a child started on the secondary end never holds it open.
    public init?(columns: Int? = nil, rows: Int? = nil) {
        var primary: Int32 = -1
        var secondary: Int32 = -1
        var size = winsize(ws_row: UInt16(rows ?? 0), ws_col: UInt16(columns ?? 0), ws_xpixel: 0, ws_ypixel: 0)
        let opened = columns == nil && rows == nil
            ? openpty(&primary, &secondary, nil, nil, nil)
            : openpty(&primary, &secondary, nil, nil, &size)
        guard opened == 0 else { return nil }
        _ = fcntl(primary, F_SETFD, FD_CLOEXEC)
        self.primary = primary
        self.secondary = secondary
    }

    deinit {
        close(primary)
        close(secondary)
    }

    /// The terminal's settings now (readable also after the program using it has exited).
    public func settings() -> termios {
        var settings = termios()
        _ = tcgetattr(secondary, &settings)
        return settings
    }

    /// Types `bytes` as if at the keyboard.
    public func type(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBufferPointer { write(primary, $0.baseAddress, $0.count) }
    }

    /// Types `text` as if at the keyboard.
    public func type(_ text: String) { type(Array(text.utf8)) }

    /// What the terminal driver reports to the app as the window size from now on (what an emulator
    /// does when its window changes; the app learns of it from SIGWINCH). True when it was set.
    @discardableResult
    public func resize(columns: Int, rows: Int) -> Bool {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        return withUnsafeMutablePointer(to: &size) { ioctl(primary, UInt(TIOCSWINSZ), $0) } == 0
    }

    /// What the app has shown so far: waits up to `milliseconds` for the first byte, then reads while
    /// more follows within `followingMilliseconds`.
    public func shown(waitingMilliseconds milliseconds: Int32 = 200, followingMilliseconds: Int32 = 20) -> [UInt8] {
        var collected: [UInt8] = []
        var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
        var timeout = milliseconds
        var buffer = [UInt8](repeating: 0, count: 65536)
        while poll(&descriptor, 1, timeout) > 0 {
            let count = read(primary, &buffer, buffer.count)
            guard count > 0 else { break }
            collected += buffer[0..<count]
            timeout = followingMilliseconds
        }
        return collected
    }
}

/// True when two terminal settings agree on everything that matters to the user: the mode flags and
/// the control characters.
public func sameSettings(_ a: termios, _ b: termios) -> Bool {
    var a = a
    var b = b
    let sameControlCharacters = withUnsafeBytes(of: &a.c_cc) { first in
        withUnsafeBytes(of: &b.c_cc) { second in first.elementsEqual(second) }
    }
    return a.c_iflag == b.c_iflag && a.c_oflag == b.c_oflag && a.c_cflag == b.c_cflag && a.c_lflag == b.c_lflag
        && sameControlCharacters
}
