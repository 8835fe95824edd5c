import CoachKit
import Foundation
@preconcurrency import Glibc

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
        let listing = SessionLookup(context: context).listing()
        let sessions = HistoryQuery(promptID: parsed.value("prompt"), limit: limit).apply(to: listing.summaries)
        if parsed.flag("json") {
            context.console.print(try JSONText.encode(["sessions": sessions.map(object)] as [String: Any]))
            return .success
        }
        guard !sessions.isEmpty else {
            if let prompt = parsed.value("prompt"), !listing.summaries.isEmpty {
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

    /// One session in `--json`.
    static func object(_ summary: SessionSummary) -> [String: Any] {
        var object: [String: Any] = [
            "id": summary.id, "date": iso8601(summary.startedAt), "prompt": summary.promptID, "promptTitle": summary.promptTitle,
            "mode": summary.mode, "durationSeconds": (summary.activeSeconds * 10).rounded() / 10, "finished": summary.isFinished,
            "overall": summary.overall.map { $0 as Any } ?? NSNull(),
            "verdict": summary.verdict.map { $0.rawValue as Any } ?? NSNull(),
        ]
        var phases: [String: Any] = [:]
        for phase in summary.phases { phases[phase.phase.rawValue] = phase.score.map { $0 as Any } ?? NSNull() }
        object["phaseScores"] = phases
        return object
    }

    static func iso8601(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    static let remove = CommandSpec(
        name: "rm", abstract: "Delete one session, after asking.",
        arguments: [ArgumentSpec(name: "session", help: "The session id, a unique prefix of it, or 'last'.", completion: .sessionID)],
        options: [OptionSpec(name: "yes", short: "y", help: "Delete without asking.")],
        run: { parsed, context in
            let lookup = SessionLookup(context: context)
            let summary = try lookup.summary(parsed.arguments[0], in: lookup.listing())
            let console = context.console
            let description = "\(summary.id) (\(summary.promptTitle), \(DateText().minute(summary.startedAt)), "
                + (summary.overall.map { "score \($0)" } ?? "not scored") + ")"
            if !parsed.flag("yes") {
                console.write("Delete session \(description)? This cannot be undone. [y/N] ")
                let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                // Typed answers end the prompt's line; piped ones are not echoed.
                if isatty(STDIN_FILENO) == 0 { console.write("\n") }
                guard answer == "y" || answer == "yes" else {
                    console.print("Nothing deleted.")
                    return .success
                }
            }
            do {
                try lookup.catalog.delete(summary)
            } catch {
                throw CommandError("Cannot delete \(summary.file): \((error as NSError).localizedDescription)", code: .failure)
            }
            console.print("Deleted session \(description).")
            return .success
        })
}
