import CoachKit
import Foundation
import TerminalKit

/// Parses a command line, makes the command (its typed options checked), runs it, and turns every
/// error into a message and an exit code — the one place that does.
struct CommandRunner {
    /// The command tree, passed on to the commands through ``CommandContext/root``.
    let root: CommandSpec
    let console: Console
    let environment: [String: String]

    func run(_ arguments: [String]) -> ExitCode {
        let parsed: ParsedCommand
        do {
            parsed = try ArgumentParser(root: root).parse(arguments)
        } catch {
            // The parser throws only usage errors; anything else is a bug in mlsd.
            return report(error, otherwise: .internalError)
        }
        if parsed.flag("version") {
            console.print(MLSD.version)
            return .success
        }
        guard let type = parsed.spec.command, !parsed.flag("help") else {
            console.write(HelpFormatter(path: parsed.path, spec: parsed.spec).render(includeVersion: parsed.path.count == 1))
            return .success
        }
        do {
            let command = try type.init(parsed)
            return try command.run(context(for: parsed))
        } catch {
            return report(error, otherwise: .failure)
        }
    }

    private func context(for parsed: ParsedCommand) -> CommandContext {
        CommandContext(
            root: root,
            environment: environment,
            console: console,
            terminal: StandardTerminal(environment: environment),
            dataHome: DataHome(environment: environment),
            extraPromptFolders: parsed.allValues("prompts").map { path in
                URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
            },
            now: { Date() },
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// Prints `error` and returns its exit code: a usage error with the command's usage line (64), a
    /// ``ReportableError`` with its own code, anything else with `otherwise`.
    private func report(_ error: any Error, otherwise: ExitCode) -> ExitCode {
        switch error {
        case let error as UsageError:
            let help = HelpFormatter(path: error.path, spec: error.command)
            console.warn("Error: \(error.message)")
            console.warn("Usage: \(help.usage)")
            console.warn("  See '\(error.path.joined(separator: " ")) --help' for more information.")
            return error.exitCode
        case let error as any ReportableError:
            console.warn("Error: \(error.message)")
            return error.exitCode
        default:
            console.warn("Error: \(error)")
            return otherwise
        }
    }
}
