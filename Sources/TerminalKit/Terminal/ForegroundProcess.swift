#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Runs another program on the user's terminal — `/edit`'s editor, the report's pager — and waits
/// for it.
///
/// Spawned with posix_spawn in this process's session: Foundation's `Process` starts children in a
/// new session without the controlling terminal, so an editor or `less` could not read keys. The
/// child gets default handling of the signals an interview watches or ignores (SIGINT, SIGTERM,
/// SIGHUP, SIGWINCH, SIGQUIT, SIGPIPE) and an empty signal mask, so it does not inherit the
/// interview's.
public enum ForegroundProcess {
    /// Starts `arguments` (the first is the program's path) with `environment`. With `input`, the
    /// child's standard input is that descriptor and `closeInChild` is closed in the child (the
    /// other end of a pipe). Returns the child's pid, or posix_spawn's error number.
    public static func spawn(
        _ arguments: [String], environment: [String: String], input: Int32? = nil, closeInChild: Int32? = nil
    ) -> Result<pid_t, SpawnError> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let input { posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO) }
        if let closeInChild { posix_spawn_file_actions_addclose(&actions, closeInChild) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGQUIT, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        return result == 0 ? .success(pid) : .failure(SpawnError(code: result))
    }

    /// posix_spawn's error number.
    public struct SpawnError: Error, Equatable {
        public let code: Int32
    }

    /// Waits for `pid` to end: its exit status, 128 + the signal that ended it, or nil when it
    /// could not be waited for.
    public static func wait(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return nil }
        }
        // WIFEXITED / WEXITSTATUS, spelled out: the C macros are not imported.
        if status & 0x7F == 0 { return (status >> 8) & 0xFF }
        return 128 + (status & 0x7F)
    }
}
