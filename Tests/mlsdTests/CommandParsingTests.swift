import CoachKit
import Foundation
import Testing
@testable import mlsd

/// The validate step: each command reads its options into typed properties in `init`, and a value it
/// cannot use is a usage error (exit 64) with the same sentence as before, raised before anything runs.
@Suite("Command parsing")
struct CommandParsingTests {
    func parse(_ arguments: [String]) throws -> ParsedCommand {
        try ArgumentParser(root: MLSD.spec).parse(arguments)
    }

    /// The usage error `make` throws, or nil (recorded as an issue) when it throws none.
    func usageError(_ make: () throws -> Any) -> UsageError? {
        do {
            _ = try make()
            Issue.record("expected a usage error")
        } catch let error as UsageError {
            return error
        } catch {
            Issue.record("expected a usage error, got \(error)")
        }
        return nil
    }

    @Test func optionsBecomeTypedProperties() throws {
        let next = try NextCommand(try parse(["next", "-n", "3", "--json"]))
        #expect(next.limit == 3 && next.json)
        #expect(try NextCommand(try parse(["next"])).limit == 8)

        let practice = try PracticeCommand(try parse(["practice", "--phase", "data", "--minutes", "20", "--no-follow-ups", "--report", "full"]))
        #expect(practice.phase == .data && practice.minutes == 20 && practice.followUps == false && practice.fullReport)
        #expect(practice.promptID == nil && !practice.random && !practice.next && practice.feedback == .end)

        let export = try ExportCommand(try parse(["export", "last", "-f", "html", "-o", "out.html"]))
        #expect(export.reference == "last" && export.format == "html" && export.output == "out.html")

        let remove = try HistoryRemoveCommand(try parse(["history", "rm", "abc", "last", "-y"]))
        #expect(remove.references == ["abc", "last"] && remove.yes)

        #expect(try CompletionsCommand(try parse(["completions", "zsh"])).shell == .zsh)
    }

    @Test func aBadValueIsAUsageErrorWithTheSameSentence() throws {
        let limit = usageError { try NextCommand(try parse(["next", "--limit", "many"])) }
        #expect(limit?.message == "The value 'many' of '--limit' is not valid: expected a whole number from 0 to \(Int.max).")
        #expect(limit?.exitCode == .usage)
        #expect(limit?.path == ["mlsd", "next"])

        let minutes = usageError { try PracticeCommand(try parse(["practice", "--minutes", "0"])) }
        #expect(minutes?.message == "The value '0' of '--minutes' is not valid: expected a whole number from 1 to \(BudgetPlanner.maximumMinutes).")

        let format = usageError { try ExportCommand(try parse(["export", "last", "--format", "pdf"])) }
        #expect(format?.message.hasPrefix("The value 'pdf' of '--format' is not valid: expected one of 'md', 'json', 'html'.") == true)

        let shell = usageError { try CompletionsCommand(try parse(["completions", "tcsh"])) }
        #expect(shell?.message.hasPrefix("Unsupported shell 'tcsh': expected bash, zsh or fish.") == true)
        #expect(shell?.path == ["mlsd", "completions"])
    }

    @Test func optionsThatExcludeEachOtherAreRejectedInInit() throws {
        let both = usageError { try ReviewCommand(try parse(["review", "last", "--rescore", "--compare", "abc"])) }
        #expect(both?.message == "Use either '--rescore' or '--compare', not both.")
        let json = usageError { try DrillCommand(try parse(["drill", "--json"])) }
        #expect(json?.message == "'--json' goes with '--list'.")
        let choosers = usageError { try PracticeCommand(try parse(["practice", "--random", "--next"])) }
        #expect(choosers?.message == "Give only one of a case study id, '--random' or '--next'.")
        let id = usageError { try PromptsNewCommand(try parse(["prompts", "new", "Bad_ID"])) }
        #expect(id?.message == "The id 'Bad_ID' is not valid: use lowercase letters, digits and single hyphens, e.g. 'music-recommendation'.")
        #expect(id?.path == ["mlsd", "prompts", "new"])
    }

    /// Through the runner: exit 64, the sentence and the command's usage on stderr, nothing written.
    @Test func theRunnerReportsAnInitErrorAsUsage() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("mlsd-parsing-\(UUID().uuidString)")
        let output = CapturedConsole()
        let code = CommandRunner(root: MLSD.spec, console: output.console, environment: ["MLSD_HOME": home.path])
            .run(["practice", "--minutes", "0"])
        #expect(code == .usage)
        let lines = output.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "Error: The value '0' of '--minutes' is not valid: expected a whole number from 1 to \(BudgetPlanner.maximumMinutes).")
        #expect(lines.count == 3 && lines[1].hasPrefix("Usage: mlsd practice ") && lines[2] == "  See 'mlsd practice --help' for more information.")
        #expect(output.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: home.path))
    }
}
