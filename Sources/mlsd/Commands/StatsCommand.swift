import CoachKit
import Foundation

/// `mlsd stats [--json]`: how much you practised and how it is going.
struct StatsCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "stats", abstract: "Your practice: time, average and trend per phase, weak spots, streak.",
            discussion: """
                Sessions and hours practised, each phase's average score and its trend (a weekly sparkline), the rubric
                items you miss most often, the case studies you never practised, the phases that usually run over their
                budget, your current streak of practice days, and item drills ('mlsd drill'): how many of the rubric
                items you missed are now mastered (covered in the last two tries), week by week. Sessions finished
                without any answer (abandoned) are left out. "Attempts" counts scored phases; "Over budget x/y" is over
                the same attempts.
                """,
            options: [OptionSpec(name: "json", help: "Print the statistics as JSON.")],
            command: StatsCommand.self)
    }

    var json: Bool

    init(_ parsed: ParsedCommand) throws {
        json = parsed.flag("json")
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let listing = SessionLookup(context: context).listing(items: .numbered)
        let outlines = context.loadLibrary().prompts.map(\.outline)
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = .current
        var stats = ProgressStats(
            summaries: listing.summaries, outlines: outlines, now: context.now(), calendar: calendar, itemResults: listing.itemResults)
        do {
            let drills = try DrillLog(dataHome: context.dataHome).load()
            let schedule = ItemSchedule(summaries: listing.summaries, drills: drills, outlines: outlines, itemResults: listing.itemResults)
            stats.drills = DrillProgress(schedule: schedule, drills: drills, now: context.now(), calendar: calendar)
        } catch {
            context.console.warn("warning: \(error)")
        }
        if json {
            context.console.print(try JSONText.encode(stats))
        } else {
            context.console.write(StatsRenderer(console: context.console, dates: DateText()).render(stats))
        }
        return .success
    }
}
