import CoachKit
import Foundation

/// `mlsd next` as text: the recommendation (an item drill when that is the best use of ten minutes,
/// else a phase or a case study) with the command that starts it, then the schedule.
struct NextRenderer {
    let console: Console
    let now: Date
    /// How many scheduled phases to list.
    let limit: Int

    func show(_ schedule: PracticeSchedule, drill: ItemSchedule.ItemCard?, title: (String) -> String) {
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
                return
            }
            let title = title(recommendation.promptID)
            let what = recommendation.phase.map { "drill the \($0.title) phase of \(title)" } ?? "a full interview on \(title)"
            var command = "mlsd practice \(recommendation.promptID)"
            if let phase = recommendation.phase { command += " --phase \(phase.rawValue)" }
            console.print(console.bold("Next: ") + what)
            console.print("  " + recommendation.reason)
            console.print("  Start it: " + console.cyan(command) + console.dim("  (or: mlsd practice --next)"))
        }
        guard !schedule.cards.isEmpty, limit > 0 else { return }
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
    }
}
