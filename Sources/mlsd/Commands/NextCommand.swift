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
        NextRenderer(console: context.console, now: now, limit: limit)
            .show(schedule, drill: drill, title: { library.prompt(id: $0)?.outline.title ?? $0 })
        return .success
    }
}
