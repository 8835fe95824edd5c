#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import Dispatch
import Foundation

/// Turns SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP and SIGCONT into ordinary events, delivered two ways at once:
/// a callback on a dispatch queue, and a queue of pending signals behind a wake descriptor that an
/// ``InputReader`` can wait on alongside the keyboard.
///
/// Each watched signal's default action is replaced by "ignore" (`signal(SIG, SIG_IGN)`) and a
/// `DispatchSource` picks the signal up instead, so no Swift code ever runs inside a real signal handler.
/// ``stop()`` (also run on deinit) puts the default actions back.
///
/// Create the watcher once, early (before raw mode): the sources are registered asynchronously, and a
/// signal that arrives in the moment before that is ignored rather than delivered.
///
/// ```swift
/// let watcher = SignalWatcher(signals: TerminalSignal.allCases)
/// // In the input loop, on `.woken`:
/// for signal in watcher.takePending() {
///     switch signal {
///     case .windowChanged: redraw(after: renderer.resize(to: terminal.size()))
///     case .interrupt, .terminate, .hangup: rawMode.restore(); saveAndExit()
///     }
/// }
/// ```
public final class SignalWatcher: @unchecked Sendable {
    // @unchecked: the mutable state (pending signals, stopped flag) is only touched under `lock`; the
    // sources and descriptors are set once in init.

    /// Readable while signals are waiting in ``takePending()``; pass it to ``InputReader``. -1 if no pipe
    /// could be made (then only the callback reports signals).
    public let wakeDescriptor: Int32
    private let wakeWriteDescriptor: Int32
    private let watched: [TerminalSignal]
    private var sources: [DispatchSourceSignal] = []
    private let lock = NSLock()
    private var pending: [TerminalSignal] = []
    private var stopped = false

    /// Starts watching `signals`. `handler`, if given, runs on `queue` for every signal received.
    public init(
        signals: [TerminalSignal] = TerminalSignal.allCases,
        queue: DispatchQueue = DispatchQueue(label: "TerminalKit.SignalWatcher"),
        handler: (@Sendable (TerminalSignal) -> Void)? = nil
    ) {
        var descriptors: [Int32] = [-1, -1]
        if pipe(&descriptors) == 0 {
            for descriptor in descriptors {
                _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
                _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            }
        } else {
            descriptors = [-1, -1]
        }
        wakeDescriptor = descriptors[0]
        wakeWriteDescriptor = descriptors[1]
        var unique: [TerminalSignal] = []
        for signal in signals where !unique.contains(signal) { unique.append(signal) }
        watched = unique

        for terminalSignal in watched {
            _ = signal(terminalSignal.number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: terminalSignal.number, queue: queue)
            source.setEventHandler { [weak self] in
                self?.deliver(terminalSignal, handler: handler)
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit { stop() }

    /// Stops the process the way SIGTSTP's default action does (the shell shows it as a stopped job)
    /// and returns once it is continued (`fg`, SIGCONT). For a watcher that watches ``TerminalSignal/suspend``:
    /// restore the terminal first, and re-enter raw mode and redraw after. The default action is put in
    /// place and SIGTSTP unblocked in this thread only for the moment of the `raise`, so later SIGTSTPs
    /// still reach the watcher.
    public static func suspendUntilContinued() {
        let previous = signal(SIGTSTP, SIG_DFL)
        var stop = sigset_t()
        sigemptyset(&stop)
        sigaddset(&stop, SIGTSTP)
        var mask = sigset_t()
        pthread_sigmask(SIG_UNBLOCK, &stop, &mask)
        raise(SIGTSTP)  // delivered before raise returns: the process stops here until continued
        pthread_sigmask(SIG_SETMASK, &mask, nil)
        signal(SIGTSTP, previous)
    }

    /// Ends the process by `number` (a signal the watcher reported, after the app saved and restored
    /// the terminal), as the shell and the parent expect: they see "killed by SIGTERM", not an exit
    /// status. The watcher ignores the signal and dispatch signal sources may have blocked it in this
    /// thread, so the default action is put back and the signal unblocked before it is raised. SIGQUIT's
    /// default action would also dump core; the app has saved, so there is nothing to debug: no core.
    /// Returns only if the signal's default action does not end the process.
    public static func endProcess(by number: Int32) {
        signal(number, SIG_DFL)
        if number == SIGQUIT {
            var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
            #if canImport(Glibc)
            setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &noCore)
            #else
            setrlimit(RLIMIT_CORE, &noCore)
            #endif
        }
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, number)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        raise(number)
    }

    /// The signals received since the last call, oldest first; empties the queue and the wake descriptor.
    public func takePending() -> [TerminalSignal] {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return [] }
        var scratch = [UInt8](repeating: 0, count: 64)
        while read(wakeDescriptor, &scratch, scratch.count) > 0 {}
        let taken = pending
        pending.removeAll()
        return taken
    }

    /// Stops watching and restores each signal's default action. Idempotent.
    public func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        stopped = true
        for source in sources { source.cancel() }
        for terminalSignal in watched { _ = signal(terminalSignal.number, SIG_DFL) }
        if wakeDescriptor >= 0 { close(wakeDescriptor) }
        if wakeWriteDescriptor >= 0 { close(wakeWriteDescriptor) }
    }

    private func deliver(_ signal: TerminalSignal, handler: (@Sendable (TerminalSignal) -> Void)?) {
        lock.lock()
        guard !stopped else {
            lock.unlock()
            return
        }
        pending.append(signal)
        if wakeWriteDescriptor >= 0 {
            var byte: UInt8 = 1
            _ = write(wakeWriteDescriptor, &byte, 1)
        }
        lock.unlock()
        handler?(signal)
    }
}
