import CoachKit
import Foundation

/// `mlsd drill [PROMPT_ID] [--item ID]`: a 60–120-second drill on one rubric item you keep missing,
/// chosen by spaced repetition over (case study, phase, item) across all case studies.
struct DrillCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "drill", abstract: "A one-to-two-minute drill on a rubric item you keep missing.",
            discussion: """
                Every rubric item you missed in an interview becomes a drill card, scheduled by the same spaced
                repetition as 'mlsd next' over (case study, phase, item): a miss comes back the next day, a covered
                item after 1 day, then 6, then ever longer. 'mlsd drill' picks the most urgent item across all case
                studies and asks one question built from it (for example "Say how the ad's last-hour clicks reach
                the model within minutes."); you answer in 60–120 seconds (default \(ItemDrill.defaultSeconds)), and
                the answer is scored on that one item: covered or not. An item covered \(ItemSchedule.masteryStreak)
                times in a row counts as mastered ('mlsd stats' shows how many, week by week).
                Answer as in 'mlsd practice': /next (or Ctrl-D) ends the drill, /ask asks the interviewer; piped
                input works too (each line is answer text, end of input ends the drill). Drills are kept in the
                drill log ($MLSD_HOME/drills.json), not in the session history.
                """,
            arguments: [ArgumentSpec(name: "prompt-id", help: "Only drill items of this case study.", isOptional: true, completion: .promptID)],
            options: [
                OptionSpec(name: "item", value: "id", help: "Drill this rubric item (its id, as in 'mlsd prompts show')."),
                OptionSpec(name: "seconds", value: "n", help: "Time for the answer, \(ItemDrill.secondsRange.lowerBound)–\(ItemDrill.secondsRange.upperBound) seconds (default \(ItemDrill.defaultSeconds))."),
                OptionSpec(name: "reference", help: "After the drill, show what a strong answer for that phase says."),
                OptionSpec(name: "list", help: "List the drill cards (most urgent first) instead of drilling."),
                OptionSpec(name: "json", help: "With --list: print the cards as JSON."),
            ],
            command: DrillCommand.self)
    }

    /// Only items of this case study.
    var promptID: String?
    /// The rubric item to drill (--item).
    var itemID: String?
    var seconds: Int
    var showReference: Bool
    var list: Bool
    var json: Bool

    init(_ parsed: ParsedCommand) throws {
        seconds = try parsed.integer("seconds", range: ItemDrill.secondsRange) ?? ItemDrill.defaultSeconds
        json = parsed.flag("json")
        list = parsed.flag("list")
        if json, !list {
            throw parsed.usageError("'--json' goes with '--list'.")
        }
        promptID = parsed.arguments.first
        itemID = parsed.value("item")
        showReference = parsed.flag("reference")
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let library = context.loadLibrary()
        var prompts = library.prompts.map(\.prompt)
        if let id = promptID { prompts = [try PromptsCommand.lookUp(id, in: library).prompt] }
        let log = DrillLog(dataHome: context.dataHome)
        let drills = try log.load()
        let listing = SessionLookup(context: context).listing()
        let schedule = ItemSchedule(summaries: listing.summaries, drills: drills, prompts: prompts)
        let now = context.now()
        if list { return try showList(schedule.cards(at: now), context: context) }

        let item: ItemDrill
        if let itemID {
            let matches = prompts.compactMap { ItemDrill(prompt: $0, itemID: itemID) }
            guard let found = matches.first else {
                throw CommandError("No rubric item '\(itemID)'\(promptID.map { " in '\($0)'" } ?? ""). See 'mlsd prompts show ID' for the item ids.")
            }
            if matches.count > 1 {
                throw CommandError("'\(itemID)' is an item of several case studies (\(matches.map(\.promptID).joined(separator: ", "))); name one: mlsd drill \(matches[0].promptID) --item \(itemID)")
            }
            item = found
        } else {
            guard let (card, isDue) = schedule.next(at: now),
                  let prompt = prompts.first(where: { $0.id == card.promptID }),
                  let rubricItem = prompt.spec(card.phase).rubric.first(where: { $0.id == card.itemID })
            else {
                throw CommandError("Nothing to drill yet: drills come from rubric items you missed in an interview. Start with 'mlsd practice'.")
            }
            item = ItemDrill(prompt: prompt, phase: card.phase, item: rubricItem)
            let why = isDue
                ? "missed \(card.misses) of \(card.reviews) times, due \(card.card.isDue(at: now) ? "now" : RelativeTime.describe(card.due, now: now))"
                : "nothing is due; this one is due next (\(RelativeTime.describe(card.due, now: now)))"
            context.console.warn("Drill: \(card.promptID) · \(card.phase.title) · \(rubricItem.description) (\(why)).")
        }
        guard let loaded = library.prompt(id: item.promptID) else {
            throw CommandError("The case study '\(item.promptID)' is not available.", code: .dataError)
        }
        var launcher = InterviewLauncher(
            context: context, prompt: loaded.prompt, lexicon: library.lexicon, catalog: SessionCatalog(dataHome: context.dataHome))
        launcher.showReference = showReference
        return try launcher.startDrill(item, seconds: seconds)
    }

    private func showList(_ cards: [ItemSchedule.ItemCard], context: CommandContext) throws -> ExitCode {
        let console = context.console
        if json {
            console.print(try JSONText.encode(["cards": cards]))
            return .success
        }
        guard !cards.isEmpty else {
            console.print("No drill cards yet: they come from rubric items you missed in an interview. Start with 'mlsd practice'.")
            return .success
        }
        let now = context.now()
        let rows = cards.map { card -> [String] in
            [
                card.itemID, "\(card.promptID) · \(card.phase.rawValue)", "\(card.misses)/\(card.reviews)",
                card.isMastered ? "mastered" : card.missStreak > 0 ? "missed last" : "covered last",
                card.card.isDue(at: now) ? "due now" : RelativeTime.describe(card.due, now: now),
            ]
        }
        console.write(TextTable(headers: ["ITEM", "CASE · PHASE", "MISSED", "STATE", "NEXT"], rows: rows).render(bold: console.bold))
        console.print(console.dim("Drill the first one: mlsd drill"))
        return .success
    }
}
