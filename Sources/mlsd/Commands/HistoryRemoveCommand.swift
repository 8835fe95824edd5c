import CoachKit
import Foundation

/// `mlsd history rm SESSION… [--yes]` deletes sessions, all looked up before any is deleted.
struct HistoryRemoveCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "rm", abstract: "Delete sessions, after asking (--yes: without asking, for scripts).",
            discussion: """
                Takes one or more sessions (ids, unique prefixes, or 'last'). All are looked up before anything is
                deleted: an unknown id deletes nothing and exits with status 1. On a terminal it asks once for all of
                them; without a terminal it deletes only with --yes (otherwise it refuses and exits with status 1).
                """,
            arguments: [ArgumentSpec(name: "session", help: "The session ids, unique prefixes of them, or 'last'.", isRepeating: true, completion: .sessionID)],
            options: [OptionSpec(name: "yes", short: "y", help: "Delete without asking (needed when standard input is not a terminal).")],
            command: HistoryRemoveCommand.self)
    }

    /// The sessions to delete: ids, unique prefixes or "last".
    var references: [String]
    /// Delete without asking.
    var yes: Bool

    init(_ parsed: ParsedCommand) throws {
        references = parsed.arguments
        yes = parsed.flag("yes")
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let lookup = SessionLookup(context: context)
        let listing = lookup.listing()
        var summaries: [SessionSummary] = []
        for reference in references {
            do {
                let summary = try lookup.summary(reference, in: listing)
                if !summaries.contains(where: { $0.id == summary.id }) { summaries.append(summary) }
            } catch let error as any ReportableError {
                // The lookup's exit status is kept: 1 for no match, as for every command that looks a
                // session up (65 for a skipped file, 64 for an empty id).
                throw CommandError(error.message + " Nothing deleted.", code: error.exitCode)
            }
        }
        let console = context.console
        let dates = DateText()
        func describe(_ summary: SessionSummary) -> String {
            "\(summary.id) (\(summary.promptTitle), \(dates.minute(summary.startedAt)), "
                + (summary.overall.map { "score \($0)" } ?? "not scored") + ")"
        }
        if !yes {
            guard context.terminal.inputIsTTY else {
                throw CommandError(
                    "Not deleting without a confirmation: standard input is not a terminal. Add --yes to delete from a script: "
                        + "mlsd history rm --yes \(references.joined(separator: " "))")
            }
            let what = summaries.count == 1 ? "session \(describe(summaries[0]))" : "\(summaries.count) sessions:\n" + summaries.map { "  " + describe($0) }.joined(separator: "\n") + "\n"
            console.write("Delete \(what)? This cannot be undone. [y/N] ")
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard answer == "y" || answer == "yes" else {
                console.print("Nothing deleted.")
                return .success
            }
        }
        for summary in summaries {
            // Locked until the file is gone, so an interview cannot resume (and re-save) it meanwhile.
            try lookup.catalog.delete(summary)
            console.print("Deleted session \(describe(summary)).")
        }
        return .success
    }
}
