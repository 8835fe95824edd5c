import Foundation
import TerminalKit
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

    /// Runs `arguments` as a ``ForegroundProcess`` and waits for it.
    private func run(_ arguments: [String]) throws -> Int32 {
        switch ForegroundProcess.spawn(arguments, environment: environment) {
        case .success(let pid): return ForegroundProcess.wait(pid) ?? -1
        case .failure(let error): throw EditError.cannotStart(command, errno: error.code)
        }
    }
}
