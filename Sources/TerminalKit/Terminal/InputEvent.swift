/// What one wait for terminal input ended with (see ``InputReader/read(timeoutMilliseconds:wakeDescriptor:)``).
public enum InputEvent: Equatable, Sendable {
    /// Bytes arrived; feed them to a ``KeyDecoder``.
    case bytes([UInt8])
    /// Nothing arrived in time: a good moment to refresh the status line or ``KeyDecoder/flush()``.
    case timedOut
    /// The wake descriptor became readable (a ``SignalWatcher`` has signals waiting).
    case woken
    /// A signal interrupted the wait; just wait again.
    case interrupted
    /// The input was closed (end of file, or the terminal hung up).
    case endOfInput
    /// Reading failed with this `errno`.
    case failed(errno: Int32)
}
