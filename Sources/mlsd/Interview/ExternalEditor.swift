import Foundation
@preconcurrency import Glibc

/// `/edit`: runs `$VISUAL` or `$EDITOR` (else `vi`) on a temporary file holding the answer, and reads
/// the file back. The caller leaves raw mode first and re-enters it after.
struct ExternalEditor {
    let environment: [String: String]

    enum EditError: Error, CustomStringConvertible {
        case cannotWrite(String)
        case cannotStart(String, errno: Int32)
        case failed(String, status: Int32)

        var description: String {
            switch self {
            case .cannotWrite(let reason): "Cannot write the temporary file for the editor: \(reason)."
            case .cannotStart(let command, let code):
                "Cannot start the editor '\(command)': \(String(cString: strerror(code))). Set $EDITOR to an editor you have."
            case .failed(let command, let status):
                "The editor '\(command)' exited with status \(status); the answer was left as it was."
            }
        }
    }

    var command: String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return "vi"
    }

    /// Lets the user edit `text`; returns the edited text.
    func edit(_ text: String, name: String) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mlsd-\(getpid())-\(name).md")
        do {
            try Data((text.isEmpty ? "" : text + "\n").utf8).write(to: file)
        } catch {
            throw EditError.cannotWrite("\(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        // Through the shell so "$EDITOR" may carry arguments ("code --wait", "emacs -nw").
        let status = try run(["/bin/sh", "-c", "\(command) \"$1\"", "sh", file.path])
        guard status == 0 else { throw EditError.failed(command, status: status) }
        guard let data = try? Data(contentsOf: file) else { throw EditError.cannotWrite("the file disappeared") }
        return String(decoding: data, as: UTF8.self)
    }

    /// Spawns `arguments` with the terminal and default signal handling, and waits for it.
    private func run(_ arguments: [String]) throws -> Int32 {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The interview ignores SIGINT/SIGTERM/SIGHUP/SIGWINCH while it watches them; the editor must not inherit that.
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
        let result = posix_spawn(&pid, arguments[0], nil, &attributes, argv, envp)
        guard result == 0 else { throw EditError.cannotStart(command, errno: result) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        // WIFEXITED / WEXITSTATUS, spelled out: the C macros are not imported.
        if status & 0x7F == 0 { return (status >> 8) & 0xFF }
        return 128 + (status & 0x7F)
    }
}
