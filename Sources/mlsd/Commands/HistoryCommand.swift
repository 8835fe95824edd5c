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

    /// One session in `--json`, as `JSONEncoder` would write it. `HistoryJSONWriter` writes the same
    /// bytes directly (for 10,000 sessions); this stays as the reference its tests compare against.
    struct Row: Encodable {
        var id: String
        var date: Date
        var prompt: String
        var promptTitle: String
        var mode: String
        var durationSeconds: Double
        var finished: Bool
        var overall: Int?
        var verdict: String?
        var phaseScores: [String: Int?]

        init(_ summary: SessionSummary) {
            id = summary.id
            date = summary.startedAt
            prompt = summary.promptID
            promptTitle = summary.promptTitle
            mode = summary.mode
            durationSeconds = (summary.activeSeconds * 10).rounded() / 10
            finished = summary.isFinished
            overall = summary.overall
            verdict = summary.verdict?.rawValue
            phaseScores = Dictionary(uniqueKeysWithValues: summary.phases.map { ($0.phase.rawValue, $0.score) })
        }

        // Absent scores are written as null, so every row has the same keys.
        enum CodingKeys: String, CodingKey { case id, date, prompt, promptTitle, mode, durationSeconds, finished, overall, verdict, phaseScores }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(date, forKey: .date)
            try c.encode(prompt, forKey: .prompt)
            try c.encode(promptTitle, forKey: .promptTitle)
            try c.encode(mode, forKey: .mode)
            try c.encode(durationSeconds, forKey: .durationSeconds)
            try c.encode(finished, forKey: .finished)
            try c.encode(overall, forKey: .overall)
            try c.encode(verdict, forKey: .verdict)
            try c.encode(phaseScores, forKey: .phaseScores)
        }
    }
}
