#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Waits for terminal input with a timeout, so one thread can both read keys and tick a clock.
///
/// Built on `poll(2)`: the wait ends when input arrives, when the timeout passes (time to redraw the status
/// line), or when an optional wake descriptor (``SignalWatcher/wakeDescriptor``) becomes readable.
///
/// ```swift
/// let reader = InputReader(fileDescriptor: STDIN_FILENO)
/// var decoder = KeyDecoder()
/// loop: while true {
///     switch reader.read(timeoutMilliseconds: decoder.hasPendingInput ? 30 : 1000,
///                        wakeDescriptor: watcher.wakeDescriptor) {
///     case .bytes(let bytes): for key in decoder.feed(bytes) { handle(key) }
///     case .timedOut: for key in decoder.flush() { handle(key) }; tick()
///     case .woken: for signal in watcher.takePending() { handle(signal) }
///     case .interrupted: continue
///     case .endOfInput, .failed: break loop
///     }
/// }
/// ```
public struct InputReader: Sendable {
    public let fileDescriptor: Int32
    /// The most bytes one read returns; a paste longer than this simply takes several reads.
    public let chunkSize: Int

    public init(fileDescriptor: Int32, chunkSize: Int = 64 * 1024) {
        self.fileDescriptor = fileDescriptor
        self.chunkSize = max(1, chunkSize)
    }

    /// Waits up to `timeoutMilliseconds` (negative: forever) for input or for `wakeDescriptor`, then reads
    /// whatever input is available without blocking further.
    ///
    /// When both are ready the wake wins, so a terminate request is never starved by a long paste.
    public func read(timeoutMilliseconds: Int32, wakeDescriptor: Int32? = nil) -> InputEvent {
        // poll ignores entries whose descriptor is negative, so "no wake descriptor" is simply -1.
        var descriptors = [
            pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeDescriptor ?? -1, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&descriptors, 2, timeoutMilliseconds)
        if ready < 0 {
            return errno == EINTR ? .interrupted : .failed(errno: errno)
        }
        if ready == 0 { return .timedOut }
        if descriptors[1].revents != 0 { return .woken }
        let inputEvents = descriptors[0].revents
        if inputEvents & Int16(POLLNVAL) != 0 { return .failed(errno: EBADF) }
        return readAvailable()
    }

    private func readAvailable() -> InputEvent {
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                #if canImport(Glibc)
                Glibc.read(fileDescriptor, raw.baseAddress, raw.count)
                #else
                Darwin.read(fileDescriptor, raw.baseAddress, raw.count)
                #endif
            }
            if count > 0 { return .bytes(Array(buffer[0..<count])) }
            if count == 0 { return .endOfInput }
            if errno == EINTR { continue }
            // A terminal that hung up reports EIO: for the app that is the end of input.
            if errno == EIO { return .endOfInput }
            if errno == EAGAIN { return .timedOut }
            return .failed(errno: errno)
        }
    }
}
