import CoachKit
import Foundation

/// `mlsd next [--json]`: what to practise next and why, from a spaced-repetition schedule over
/// (case study, phase) pairs.
struct NextCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "next", abstract: "What to practise next, and why (spaced repetition over case studies and phases).",
            discussion: """
                Every scored phase schedules its next review, SM-2 style: a phase under 60 comes back the next day; one
                that passes comes back after 1 day, 6 days, then ever longer intervals that grow faster the better it
                scores. The most overdue phase is recommended; when nothing is due, a case study you never practised.
                'mlsd practice --next' starts the recommended drill. When a rubric item you keep missing is due (see
                'mlsd drill') and no phase is due — or the item was missed in its last two tries — a two-minute item
                drill is recommended instead.
                """,
            options: [
                OptionSpec(name: "limit", short: "n", value: "n", help: "Show at most n scheduled phases (default 8)."),
                OptionSpec(name: "json", help: "Print the recommendation and the schedule as JSON."),
            ],
            command: NextCommand.self)
    }

    /// How many scheduled phases to show.
    var limit: Int
    var json: Bool

    init(_ parsed: ParsedCommand) throws {
        limit = try parsed.integer("limit", range: 0...Int.max) ?? 8
        json = parsed.flag("json")
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let listing = SessionLookup(context: context).listing(items: .numbered)
        let library = context.loadLibrary()
        let now = context.now()
        let outlines = library.prompts.map(\.outline)
        let schedule = SpacedRepetition().schedule(summaries: listing.summaries, outlines: outlines, now: now)
        let drills = (try? DrillLog(dataHome: context.dataHome).load()) ?? []
        let drill = ItemSchedule(summaries: listing.summaries, drills: drills, outlines: outlines, itemResults: listing.itemResults)
            .drillInstead(of: schedule.recommendation, at: now)
        if json {
            // The schedule's keys, plus "drill": the item drill recommended instead (absent when none).
            struct Output: Encodable {
                var cards: [SpacedRepetition.Card]
                var dueCount: Int
                var recommendation: PracticeRecommendation?
                var drill: ItemSchedule.ItemCard?
            }
            context.console.print(try JSONText.encode(Output(
                cards: Array(schedule.cards.prefix(limit)), dueCount: schedule.dueCount,
                recommendation: schedule.recommendation, drill: drill)))
            return .success
        }
        let console = context.console
        if let drill {
            console.print(console.bold("Next: ") + "a two-minute drill — \(drill.description ?? drill.itemID)")
            console.print("  Missed \(drill.misses) of \(drill.reviews) times (\(drill.promptID) · \(drill.phase.title))"
                + (drill.missStreak >= 2 ? ", the last \(drill.missStreak) in a row" : "") + "; a drill on that one item is the best use of ten minutes.")
            console.print("  Start it: " + console.cyan("mlsd drill") + console.dim("  (or: mlsd drill \(drill.promptID) --item \(drill.itemID))"))
            if let recommendation = schedule.recommendation {
                console.print(console.dim("  After that: \(recommendation.reason)"))
            }
        } else {
            guard let recommendation = schedule.recommendation else {
                console.print("There is no case study to practise. See 'mlsd prompts list'.")
                return .success
            }
            let title = library.prompt(id: recommendation.promptID)?.outline.title ?? recommendation.promptID
            let what = recommendation.phase.map { "drill the \($0.title) phase of \(title)" } ?? "a full interview on \(title)"
            var command = "mlsd practice \(recommendation.promptID)"
            if let phase = recommendation.phase { command += " --phase \(phase.rawValue)" }
            console.print(console.bold("Next: ") + what)
            console.print("  " + recommendation.reason)
            console.print("  Start it: " + console.cyan(command) + console.dim("  (or: mlsd practice --next)"))
        }
        guard !schedule.cards.isEmpty, limit > 0 else { return .success }
        console.print("")
        console.print(console.bold("Schedule") + console.dim("  \(schedule.dueCount) due of \(schedule.cards.count) practised phases"))
        let rows = schedule.cards.prefix(limit).map { card -> [String] in
            let next: String
            if card.isDue(at: now) {
                let late = Int(now.timeIntervalSince(card.due) / 86_400)
                next = late < 1 ? "due now" : "overdue \(late) d"
            } else {
                next = RelativeTime.describe(card.due, now: now)
            }
            let interval = card.intervalDays < 10 ? String(format: "%.0f d", card.intervalDays) : "\(Int(card.intervalDays.rounded())) d"
            return [card.promptID, card.phase.rawValue, "\(card.lastScore)", RelativeTime.describe(card.lastPracticed, now: now), interval, next]
        }
        let table = TextTable(headers: ["PROMPT", "PHASE", "LAST", "PRACTISED", "INTERVAL", "NEXT"], rows: rows)
        console.write(table.render(bold: console.bold).split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n"))
        if schedule.cards.count > limit { console.print(console.dim("  … \(schedule.cards.count - limit) more (--limit).")) }
        return .success
    }
}
