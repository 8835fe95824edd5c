#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// The signals an interactive terminal app has to react to.
public enum TerminalSignal: CaseIterable, Equatable, Hashable, Sendable {
    /// SIGWINCH: the window was resized; recompute the layout and redraw.
    case windowChanged
    /// SIGINT: Ctrl-C outside raw mode, or `kill -INT`.
    case interrupt
    /// SIGTERM: asked to stop; restore the terminal, save, exit.
    case terminate
    /// SIGHUP: the terminal went away; save and exit.
    case hangup
    /// SIGQUIT: Ctrl-\ outside raw mode, or `kill -QUIT`; save, restore the terminal, exit.
    case quit
    /// SIGTSTP: Ctrl-Z outside raw mode, or `kill -TSTP`; restore the terminal and suspend.
    case suspend
    /// SIGCONT: continued after a stop; re-enter raw mode and redraw.
    case continued

    /// The POSIX signal number.
    public var number: Int32 {
        switch self {
        case .windowChanged: return SIGWINCH
        case .interrupt: return SIGINT
        case .terminate: return SIGTERM
        case .hangup: return SIGHUP
        case .quit: return SIGQUIT
        case .suspend: return SIGTSTP
        case .continued: return SIGCONT
        }
    }
}
