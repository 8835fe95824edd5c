import CoachKit
import Foundation

/// `mlsd history [--prompt ID] [--limit N] [--json]` lists the sessions, newest first;
/// `mlsd history rm SESSION [--yes]` deletes one.
enum HistoryCommand {
    static var spec: CommandSpec {
        CommandSpec(
            name: "history", abstract: "List your interview sessions, newest first.",
            discussion: """
                Each row: the session id (any unique prefix of it works wherever a session is asked for, and so
                does 'last'), when it started, the case study, the mode (a full interview or a one-phase drill),
                the overall score, the time spent answering, and whether it finished.
                """,
            options: [
                OptionSpec(name: "prompt", value: "id", help: "Only sessions of this case study.", completion: .promptID),
                OptionSpec(name: "limit", short: "n", value: "n", help: "Show at most n sessions."),
                OptionSpec(name: "json", help: "Print JSON: an object with the sessions under 'sessions'."),
            ],
            subcommands: [remove],
            run: run)
    }

    static func run(_ parsed: ParsedCommand, _ context: CommandContext) throws -> ExitCode {
        let limit = try parsed.integer("limit", range: 0...Int.max)
        // Neither the table nor the JSON shows rubric items.
        let listing = SessionLookup(context: context).listing(items: .omitted)
        let sessions = HistoryQuery(promptID: parsed.value("prompt"), limit: limit).apply(to: listing.summaries)
        if parsed.flag("json") {
            context.console.write(HistoryJSONWriter.document(sessions))
            return .success
        }
        guard !sessions.isEmpty else {
            if let prompt = parsed.value("prompt") {
                // Only now is the library worth loading: to tell a typo from a case study not practised yet.
                _ = try PromptsCommand.lookUp(prompt, in: context.loadLibrary())
                context.console.print("No sessions of '\(prompt)' yet. Practise it with: mlsd practice \(prompt)")
            } else {
                context.console.print("No sessions yet. Start one with: mlsd practice")
            }
            return .success
        }
        let dates = DateText()
        let console = context.console
        let table = TextTable(
            headers: ["ID", "DATE", "PROMPT", "MODE", "SCORE", "TIME", "STATUS"],
            rows: sessions.map { summary in
                [
                    summary.id, dates.minute(summary.startedAt), summary.promptID, summary.mode,
                    summary.overall.map(String.init) ?? "–", TimeStatus.clock(summary.activeSeconds),
                    summary.isFinished ? "finished" : "unfinished",
                ]
            })
        console.write(table.render(bold: console.bold))
        let total = listing.summaries.count
        if sessions.count < total, parsed.value("prompt") == nil {
            console.print(console.dim("\(sessions.count) of \(total) sessions shown."))
        }
        return .success
    }

    static let remove = CommandSpec(
        name: "rm", abstract: "Delete sessions, after asking (--yes: without asking, for scripts).",
        discussion: """
            Takes one or more sessions (ids, unique prefixes, or 'last'). All are looked up before anything is
            deleted: an unknown id deletes nothing and exits with status 1. On a terminal it asks once for all of
            them; without a terminal it deletes only with --yes (otherwise it refuses and exits with status 1).
            """,
        arguments: [ArgumentSpec(name: "session", help: "The session ids, unique prefixes of them, or 'last'.", isRepeating: true, completion: .sessionID)],
        options: [OptionSpec(name: "yes", short: "y", help: "Delete without asking (needed when standard input is not a terminal).")],
        run: { parsed, context in
            let lookup = SessionLookup(context: context)
            let listing = lookup.listing()
            var summaries: [SessionSummary] = []
            for reference in parsed.arguments {
                do {
                    let summary = try lookup.summary(reference, in: listing)
                    if !summaries.contains(where: { $0.id == summary.id }) { summaries.append(summary) }
                } catch let error as CommandError {
                    // The lookup's exit status is kept: 1 for no match, as for every command that looks a
                    // session up (65 for a skipped file, 64 for an empty id).
                    throw CommandError(error.message + " Nothing deleted.", code: error.code)
                }
            }
            let console = context.console
            let dates = DateText()
            func describe(_ summary: SessionSummary) -> String {
                "\(summary.id) (\(summary.promptTitle), \(dates.minute(summary.startedAt)), "
                    + (summary.overall.map { "score \($0)" } ?? "not scored") + ")"
            }
            if !parsed.flag("yes") {
                guard context.terminal.inputIsTTY else {
                    throw CommandError(
                        "Not deleting without a confirmation: standard input is not a terminal. Add --yes to delete from a script: "
                            + "mlsd history rm --yes \(parsed.arguments.joined(separator: " "))")
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
                do {
                    try lookup.catalog.delete(summary)
                } catch {
                    throw CommandError("\(error)", code: .failure)
                }
                console.print("Deleted session \(describe(summary)).")
            }
            return .success
        })
}
