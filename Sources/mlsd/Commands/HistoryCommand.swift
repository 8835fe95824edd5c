import CoachKit
import Foundation

/// `mlsd history [--prompt ID] [--limit N] [--json]` lists the sessions, newest first;
/// `mlsd history rm SESSION [--yes]` deletes one.
struct HistoryCommand: Command {
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
            subcommands: [HistoryRemoveCommand.spec],
            command: HistoryCommand.self)
    }

    /// Only sessions of this case study.
    var promptID: String?
    /// At most this many sessions.
    var limit: Int?
    var json: Bool

    init(_ parsed: ParsedCommand) throws {
        limit = try parsed.integer("limit", range: 0...Int.max)
        promptID = parsed.value("prompt")
        json = parsed.flag("json")
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        // Neither the table nor the JSON shows rubric items.
        let listing = SessionLookup(context: context).listing(items: .omitted)
        let sessions = HistoryQuery(promptID: promptID, limit: limit).apply(to: listing.summaries)
        if json {
            context.console.write(HistoryJSONWriter.document(sessions))
            return .success
        }
        guard !sessions.isEmpty else {
            if let prompt = promptID {
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
        if sessions.count < total, promptID == nil {
            console.print(console.dim("\(sessions.count) of \(total) sessions shown."))
        }
        return .success
    }

}
