import Foundation
@preconcurrency import Glibc

/// Long text on a terminal goes through a pager: `$PAGER` when set, else `less -R` (colours kept) when
/// it is installed. Never used when the output is not a terminal — the caller checks that.
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        var environment = self.environment
        // less: leave the text on screen after quitting, and quit at once when it fits one screen.
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            return false
        }
        // A pager quit early closes its end; the write then fails with EPIPE, which is fine.
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationReason == .exit && process.terminationStatus != 127
    }
}
