#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// A pseudo-terminal pair from `openpty`: the `secondary` end behaves like the app's terminal, the
/// `primary` end like the terminal emulator (what it writes is "typed", what it reads is "shown").
final class PseudoTerminal {
    let primary: Int32
    let secondary: Int32

    init?() {
        var primary: Int32 = -1
        var secondary: Int32 = -1
        guard openpty(&primary, &secondary, nil, nil, nil) == 0 else { return nil }
        self.primary = primary
        self.secondary = secondary
    }

    deinit {
        close(primary)
        close(secondary)
    }

    func settings() -> termios {
        var settings = termios()
        _ = tcgetattr(secondary, &settings)
        return settings
    }

    /// Types `text` as if at the keyboard.
    func type(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBufferPointer { write(primary, $0.baseAddress, $0.count) }
    }

    /// What the app has shown so far (waits up to `milliseconds` for the first byte).
    func shown(waitingMilliseconds milliseconds: Int32 = 200) -> [UInt8] {
        var collected: [UInt8] = []
        var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
        var timeout = milliseconds
        while poll(&descriptor, 1, timeout) > 0 {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(primary, &buffer, buffer.count)
            guard count > 0 else { break }
            collected += buffer[0..<count]
            timeout = 20
        }
        return collected
    }
}

/// The fields of two `termios` values that matter, comparable.
func sameSettings(_ a: termios, _ b: termios) -> Bool {
    var a = a
    var b = b
    let sameControlCharacters = withUnsafeBytes(of: &a.c_cc) { first in
        withUnsafeBytes(of: &b.c_cc) { second in first.elementsEqual(second) }
    }
    return a.c_iflag == b.c_iflag && a.c_oflag == b.c_oflag && a.c_cflag == b.c_cflag && a.c_lflag == b.c_lflag
        && sameControlCharacters
}
