import CoachKit
import Foundation
import Testing
import TerminalKit
@testable import mlsd

/// The runner is the one place errors become messages and exit codes, and it hands the root spec to
/// the commands that describe the tree (help, man, completions) instead of them reaching for `MLSD.spec`.
@Suite("Command runner")
struct CommandRunnerTests {
    /// Throws the error its argument names, as a command's `run` would.
    struct FailingCommand: Command {
        static var spec: CommandSpec {
            CommandSpec(
                name: "fail", abstract: "Throws an error.",
                arguments: [ArgumentSpec(name: "kind", help: "Which error.")],
                command: FailingCommand.self)
        }

        struct Unmapped: Error, CustomStringConvertible {
            var description: String { "something unexpected" }
        }

        var kind: String

        init(_ parsed: ParsedCommand) throws {
            kind = parsed.arguments[0]
        }

        func run(_ context: CommandContext) throws -> ExitCode {
            switch kind {
            case "prompt": throw PromptError.unreadable(file: "p.json", reason: "no such file")
            case "answers": throw AnswerFile.ParseError.markdown(file: "a.md", line: 1, message: "no prompt line")
            case "unreadable-session": throw SessionStore.StoreError.unreadable(file: "s.json", reason: "not a valid session")
            case "unknown-session": throw SessionStore.StoreError.notFound("abc")
            case "write": throw AtomicFile.WriteError.alreadyExists(path: "/x")
            case "command": throw CommandError("In the command's words.", code: .dataError)
            default: throw Unmapped()
            }
        }
    }

    static let root = CommandSpec(
        name: "tool", abstract: "A test tree.", discussion: "Not mlsd's.",
        subcommands: [FailingCommand.spec, HelpCommand.spec, ManCommand.spec, CompletionsCommand.spec, CompleteCommand.spec])

    func run(_ arguments: [String]) -> (code: ExitCode, stdout: String, stderr: String) {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("mlsd-runner-\(UUID().uuidString)")
        let output = CapturedConsole()
        let code = CommandRunner(root: Self.root, console: output.console, environment: ["MLSD_HOME": home.path, "TERM": "dumb"])
            .run(arguments)
        try? FileManager.default.removeItem(at: home)
        return (code, output.stdout, output.stderr)
    }

    @Test(arguments: [
        ("prompt", ExitCode.dataError, "p.json: cannot read the file: no such file."),
        ("unreadable-session", .dataError, "s.json is not a readable session file (not a valid session); it was skipped and left as it is."),
        ("unknown-session", .failure, "No session matches 'abc'. See 'mlsd history' for the ids."),
        ("answers", .dataError, AnswerFile.ParseError.markdown(file: "a.md", line: 1, message: "no prompt line").description),
        ("write", .failure, AtomicFile.WriteError.alreadyExists(path: "/x").description),
        ("command", .dataError, "In the command's words."),
        ("other", .failure, "something unexpected"),
    ])
    func anErrorMapsToItsMessageAndExitCode(kind: String, code: ExitCode, message: String) {
        let result = run(["fail", kind])
        #expect(result.code == code)
        #expect(result.stderr == "Error: \(message)\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func coachKitErrorsCarryTheirDescriptionAndCode() {
        let answers = AnswerFile.ParseError.markdown(file: "a.md", line: 1, message: "no prompt line")
        #expect(answers.exitCode == .dataError && answers.message == answers.description)
        let write = AtomicFile.WriteError.alreadyExists(path: "/x")
        #expect(write.exitCode == .failure && write.message == write.description)
        #expect(InputFile.ReadError.tooLarge(path: "f", limit: 10, kind: "answer files").exitCode == .dataError)
        #expect(InputFile.ReadError.missing(path: "f").exitCode == .failure)
        #expect(DrillLog.LogError.newerVersion(path: "d", version: 9).exitCode == .dataError)
        #expect(SessionStore.StoreError.ambiguous("a", matches: ["ab", "ac"]).exitCode == .failure)
        #expect(SessionStore.StoreError.newerVersion(file: "s", version: 9).exitCode == .dataError)
        let claim = SessionCatalog.ClaimError.open(id: "s1", holder: 42)
        #expect(claim.exitCode == .failure && claim.message == claim.description && claim.message.contains("s1"))
        let rawMode = RawModeError.notATerminal(fileDescriptor: 0)
        #expect(rawMode.exitCode == .failure && rawMode.message.contains("not a terminal"))
    }

    @Test func helpManAndCompletionsDescribeTheRootTheyAreGiven() {
        let help = run(["help"])
        #expect(help.code == .success)
        #expect(help.stdout.hasPrefix("OVERVIEW: A test tree.\n"))
        #expect(help.stdout.contains("USAGE: tool <subcommand>"))
        #expect(help.stdout.contains("  fail "))

        let sub = run(["help", "fail"])
        #expect(sub.stdout.contains("USAGE: tool fail <kind>"))
        let unknown = run(["help", "practice"])
        #expect(unknown.code == .usage && unknown.stderr.hasPrefix("Error: Unknown command 'practice'."))

        let man = run(["man"])
        #expect(man.stdout.contains("tool \\- A test tree."))
        #expect(man.stdout.contains(".SS fail"))
        #expect(!man.stdout.contains(".SS practice"))

        let words = run(["__complete", "words"]).stdout.split(separator: "\n").map(String.init)
        #expect(words.contains("fail") && words.contains("man"))
        #expect(!words.contains("practice") && !words.contains("__complete"))
    }
}
