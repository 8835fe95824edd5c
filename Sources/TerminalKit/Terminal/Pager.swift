#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import Foundation

/// Long text on a terminal goes through a pager: `$PAGER` when set, else `less -R` (colours kept) when
/// it is installed. Never used when the output is not a terminal — the caller checks that.
/// It runs as a ``ForegroundProcess``, like the ``ExternalEditor``, so `less` can read keys.
public struct Pager {
    public let environment: [String: String]

    public init(environment: [String: String]) {
        self.environment = environment
    }

    /// The shell command to run, or nil when there is no pager to use.
    public var command: String? {
        if let pager = environment["PAGER"]?.trimmingCharacters(in: .whitespaces), !pager.isEmpty { return pager }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/less") {
            return "less -R"
        }
        return nil
    }

    /// Shows `text` in the pager and waits for it to close. False when no pager could be run (the
    /// caller prints the text instead).
    public func show(_ text: String) -> Bool {
        guard let command else { return false }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return false }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        var environment = self.environment
        // less: keep the text on screen after quitting, and quit at once when it fits one screen.
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        let spawned = ForegroundProcess.spawn(["/bin/sh", "-c", command], environment: environment, input: readEnd, closeInChild: writeEnd)
        close(readEnd)
        guard case .success(let pid) = spawned else {
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
        // Exit status 127: the shell could not find the pager; print the text instead.
        return ForegroundProcess.wait(pid) != 127
    }
}
