import CoachKit

/// `mlsd review --rescore`: what scoring the session again with the current rubric changed — the
/// overall and per-phase scores, items now covered or no longer covered, rubric items added or
/// removed since, red flags raised or cleared — then the new score bars.
struct ScoreChangesRenderer {
    let console: Console

    func render(_ changes: ScoreChanges, recordedVersion: Int, prompt: Prompt, scores: ScoreReportRenderer) -> String {
        var lines = [console.bold("Rescored with the current rubric")
            + console.dim("  (\(prompt.id) version \(prompt.version); recorded with version \(recordedVersion))")]
        guard changes.before != nil, changes.hasChanges else {
            lines.append(changes.before == nil
                ? "The session had not been scored yet (it is unfinished); these are its first scores."
                : "Nothing changed: the current rubric scores this session exactly as before.")
            return lines.joined(separator: "\n") + "\n\n" + scores.summary(changes.after, phases: changes.phases.map(\.phase))
        }
        lines.append(row("Overall", changes.before?.overall, changes.after.overall))
        var unchanged: [String] = []
        for phase in changes.phases {
            if phase.isUnchanged {
                unchanged.append(phase.phase.title)
                continue
            }
            lines.append(row(phase.phase.title, phase.before, phase.after))
            lines += phase.gained.map { "    " + console.green("+ now covered: ") + $0.description }
            lines += phase.lost.map { "    " + console.red("− no longer covered: ") + $0.description }
            lines += phase.added.map { "    " + console.cyan("+ new rubric item: ") + $0.description + ($0.matched ? " (covered)" : " (missed)") }
            lines += phase.removed.map { "    " + console.dim("− item no longer in the rubric: ") + $0.description }
            lines += phase.flagsRaised.map { "    " + console.red("⚑ new red flag: ") + $0.description }
            lines += phase.flagsCleared.map { "    " + console.green("⚑ red flag cleared: ") + $0.description }
        }
        if !unchanged.isEmpty { lines.append(console.dim("Unchanged: " + unchanged.joined(separator: ", ") + ".")) }
        return lines.joined(separator: "\n") + "\n\n" + scores.summary(changes.after, phases: changes.phases.map(\.phase))
    }

    private func row(_ label: String, _ before: Int?, _ after: Int?) -> String {
        let old = before.map(String.init) ?? "–", new = after.map(String.init) ?? "–"
        var text = "  " + label.padding(toLength: 9, withPad: " ", startingAt: 0) + old + " → " + new
        if let before, let after, after != before {
            text += "  " + (after > before ? console.green("+\(after - before)") : console.red("−\(before - after)"))
        }
        return text
    }
}
