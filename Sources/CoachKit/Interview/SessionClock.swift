import Foundation

/// Where the interview engine reads the time. Injected so tests can run a 45-minute interview in
/// milliseconds with a ``ManualClock``; the real program uses ``SystemClock``.
public protocol SessionClock: Sendable {
    func now() -> Date
}

/// The wall clock.
public struct SystemClock: SessionClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that only moves when told to; for tests.
public final class ManualClock: SessionClock, @unchecked Sendable {
    // @unchecked: `current` is only read and written under `lock`.
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) { current = start }

    public func now() -> Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Moves the clock forward (a negative amount moves it back, to test clock jumps).
    public func advance(by seconds: TimeInterval) {
        lock.lock()
        current += seconds
        lock.unlock()
    }

    public func set(_ date: Date) {
        lock.lock()
        current = date
        lock.unlock()
    }
}
