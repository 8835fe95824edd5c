import CoachKit
import Foundation
import TerminalKit

/// Parses a command line, runs the command and turns every error into a message and an exit code.
struct CommandRunner {
    let root: CommandSpec
    let console: Console
    let environment: [String: String]

    func run(_ arguments: [String]) -> ExitCode {
        let parsed: ParsedCommand
        do {
            parsed = try ArgumentParser(root: root).parse(arguments)
        } catch let error as UsageError {
            return report(error)
        } catch {
            console.warn("Error: \(error)")
            return .internalError
        }
        if parsed.flag("version") {
            console.print(MLSD.version)
            return .success
        }
        if parsed.flag("help") || parsed.spec.run == nil {
            console.write(HelpFormatter(path: parsed.path, spec: parsed.spec).render(includeVersion: parsed.path.count == 1))
            return .success
        }
        let context = CommandContext(
            environment: environment,
            console: console,
            terminal: StandardTerminal(environment: environment),
            dataHome: DataHome(environment: environment),
            extraPromptFolders: parsed.allValues("prompts").map { path in
                URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
            },
            now: { Date() },
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        do {
            return try parsed.spec.run!(parsed, context)
        } catch let error as UsageError {
            return report(error)
        } catch let error as CommandError {
            console.warn("Error: \(error.message)")
            return error.code
        } catch {
            console.warn("Error: \(error)")
            return .failure
        }
    }

    private func report(_ error: UsageError) -> ExitCode {
        let help = HelpFormatter(path: error.path, spec: error.command)
        console.warn("Error: \(error.message)")
        console.warn("Usage: \(help.usage)")
        console.warn("  See '\(error.path.joined(separator: " ")) --help' for more information.")
        return .usage
    }
}

/// A failure a command reports with its own exit code (e.g. 65 for bad data).
struct CommandError: Error {
    var message: String
    var code: ExitCode

    init(_ message: String, code: ExitCode = .failure) {
        self.message = message
        self.code = code
    }
}
