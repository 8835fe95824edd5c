#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import Foundation

/// Lets the user edit text in their own editor: `$VISUAL` or `$EDITOR` (else `vi`) runs on a
/// temporary file holding the text, and the file is read back. The caller leaves raw mode first and
/// re-enters it after.
public struct ExternalEditor {
    public let environment: [String: String]

    public init(environment: [String: String]) {
        self.environment = environment
    }

    public enum EditError: Error, Equatable, CustomStringConvertible {
        case cannotWrite(String)
        case cannotStart(String, errno: Int32)
        case failed(String, status: Int32)

        public var description: String {
            switch self {
            case .cannotWrite(let reason): "Cannot write the temporary file for the editor: \(reason)."
            case .cannotStart(let command, let code):
                "Cannot start the editor '\(command)': \(String(cString: strerror(code))). Set $EDITOR to an editor you have."
            case .failed(let command, let status):
                "The editor '\(command)' exited with status \(status); the text was left as it was."
            }
        }
    }

    /// The shell command that starts the editor.
    public var command: String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return "vi"
    }

    /// Lets the user edit `text` in a temporary file called `fileName` (its extension tells the editor
    /// the kind of text); returns the edited text. The file is removed afterwards.
    public func edit(_ text: String, fileName: String) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(fileName)
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
