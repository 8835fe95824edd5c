import CoachKit
import Foundation

/// `mlsd stats` as text: totals and the streak, a table per phase (average, weekly sparkline, trend,
/// time over budget), the weakest rubric items, phases that usually run over, and the case studies
/// never practised.
struct StatsRenderer {
    let console: Console
    let dates: DateText

    func render(_ stats: ProgressStats) -> String {
        guard stats.sessions > 0 else {
            return "No sessions yet. Start one with: mlsd practice\n"
                + (stats.neverPracticed.isEmpty ? "" : "\(stats.neverPracticed.count) case studies are waiting (mlsd prompts list).\n")
        }
        var lines: [String] = []
        let streak = stats.streak
        lines.append(console.bold("Practice") + "  \(stats.sessions) session\(stats.sessions == 1 ? "" : "s") (\(stats.finishedSessions) finished) · "
            + DateText.duration(stats.practicedSeconds) + " practised · \(streak.practiceDays) day\(streak.practiceDays == 1 ? "" : "s") with practice")
        var streakText = "Streak: \(streak.current) day\(streak.current == 1 ? "" : "s")"
        if streak.current > 0 && !streak.practicedToday { streakText += " (practise today to keep it)" }
        streakText += " · longest \(streak.longest)"
        lines.append(streakText)
        if let first = stats.firstPracticed, let last = stats.lastPracticed {
            lines.append(console.dim("From \(dates.day(first)) to \(dates.day(last))."))
        }

        lines.append("")
        lines.append(console.bold(pad("Phase", 9) + " " + pad("Avg", 3, right: true) + "  " + pad("Weekly", ProgressStats.weeks) + "  "
            + pad("Trend", 5) + "  " + pad("Attempts", 8, right: true) + "  " + "Over budget"))
        for phase in stats.phases {
            let average = phase.average.map { String(Int($0.rounded())) } ?? "–"
            let trend = phase.trend.map { value -> String in
                let rounded = Int(value.rounded())
                let text = rounded > 0 ? "+\(rounded)" : rounded < 0 ? "−\(-rounded)" : "±0"
                return rounded > 0 ? console.green(pad(text, 5)) : rounded < 0 ? console.red(pad(text, 5)) : pad(text, 5)
            } ?? pad("–", 5)
            // Over the same scored attempts as the Attempts column.
            let over = phase.timedAttempts == 0 ? "–" : "\(phase.overruns)/\(phase.timedAttempts) (\(Int((phase.overrunRate * 100).rounded()))%)"
            let spark = Sparkline.render(phase.weekly)
            let bar = phase.average.map { $0 >= 70 ? console.green(spark) : $0 >= 40 ? console.yellow(spark) : console.red(spark) } ?? spark
            lines.append(pad(phase.phase.title, 9) + " " + pad(average, 3, right: true) + "  " + bar + "  " + trend + "  "
                + pad("\(phase.attempts)", 8, right: true) + "  " + (phase.usuallyOverruns ? console.yellow(over) : over))
        }
        lines.append(console.dim("Weekly: average score in each of the last \(ProgressStats.weeks) weeks (· none). "
            + "Trend: the last \(ProgressStats.trendWindow) attempts against the \(ProgressStats.trendWindow) before."))

        if !stats.overrunningPhases.isEmpty {
            lines.append("")
            lines.append(console.bold("Usually over budget"))
            for phase in stats.phases where phase.usuallyOverruns {
                lines.append("  \(phase.phase.title): over in \(phase.overruns) of \(phase.timedAttempts) attempts, by "
                    + TimeStatus.clock(phase.averageOvertimeSeconds) + " on average.")
            }
        }
        if !stats.weakestItems.isEmpty {
            lines.append("")
            lines.append(console.bold("Weakest rubric items") + console.dim("  (missed most often)"))
            for item in stats.weakestItems {
                let rate = pad("\(Int((item.missRate * 100).rounded()))%", 4, right: true)
                lines.append("  \(rate) missed \(item.misses) of \(item.attempts)  \(item.description ?? item.itemID)"
                    + console.dim("  (\(item.promptID) · \(item.phase.title))"))
            }
        }
        if let drills = stats.drills, drills.candidates > 0 || drills.drills > 0 {
            lines.append("")
            lines.append(console.bold("Item drills") + "  \(drills.drills) done (\(drills.drillsCovered) covered) · "
                + "\(drills.mastered) of \(drills.candidates) missed items mastered · \(drills.due) due" + console.dim("  (mlsd drill)"))
            let top = max(1, drills.masteredWeekly.max() ?? 1)
            lines.append("  Mastered by week  " + Sparkline.render(drills.masteredWeekly.map { Double($0) / Double(top) * 100 })
                + "  " + drills.masteredWeekly.suffix(4).map(String.init).joined(separator: " → ") + console.dim("  (last 4 weeks)"))
        }
        if !stats.neverPracticed.isEmpty {
            lines.append("")
            lines.append(console.bold("Never practised") + "  " + stats.neverPracticed.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
