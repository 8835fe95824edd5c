import Foundation
@preconcurrency import Glibc

/// Long text on a terminal goes through a pager: `$PAGER` when set, else `less -R` (colours kept) when
/// it is installed. Never used when the output is not a terminal — the caller checks that.
///
/// Spawned with posix_spawn in this process's session, like `/edit`'s editor: Foundation's `Process`
/// starts children in a new session, without the controlling terminal, and `less` then cannot read
/// keys and just prints everything.
struct Pager {
    let environment: [String: String]

    /// The shell command to run, or nil when there is no pager to use.
    var command: String? {
        if let pager = environment["PAGER"]?.trimmingCharacters(in: .whitespaces), !pager.isEmpty { return pager }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/less") {
            return "less -R"
        }
        return nil
    }

    /// Shows `text` in the pager and waits for it to close. False when no pager could be run (the
    /// caller prints the text instead).
    func show(_ text: String) -> Bool {
        guard let command else { return false }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return false }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
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

        var environment = self.environment
        // less: keep the text on screen after quitting, and quit at once when it fits one screen.
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        let arguments = ["/bin/sh", "-c", command]
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp)
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return false
        }
        // A pager quit early closes its end; writing then fails with EPIPE (ignored), which is fine.
        let previous = signal(SIGPIPE, SIG_IGN)
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                break
            }
            offset += written
        }
        close(writeEnd)
        signal(SIGPIPE, previous)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return true }
        }
        // Exit status 127: the shell could not find the pager; print the text instead.
        return !(status & 0x7F == 0 && (status >> 8) & 0xFF == 127)
    }
}
