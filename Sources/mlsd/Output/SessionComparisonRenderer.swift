import CoachKit
import Foundation
import TerminalKit

/// `mlsd review --compare`: two attempts at the same case study side by side — overall and per-phase
/// scores with the change, time against budget, which rubric items each covered, and the two answers
/// in columns. The earlier attempt is on the left.
struct SessionComparisonRenderer {
    let console: Console
    let dates: DateText
    /// Terminal columns available.
    let width: Int

    func render(_ earlier: SessionTranscript, _ later: SessionTranscript) -> String {
        let column = max(20, (width - 3) / 2)
        let columns = ColumnText(width: column)
        var lines = [console.bold("Two attempts at \(later.promptTitle)") + console.dim("  (earlier on the left)"), ""]
        let header: [(String, String, String, String)] = [
            ("Session", earlier.sessionID, later.sessionID, ""),
            ("Date", dates.minute(earlier.startedAt), dates.minute(later.startedAt), ""),
            ("Mode", mode(earlier), mode(later), ""),
            ("Overall", score(earlier.overall, earlier.verdict), score(later.overall, later.verdict), change(earlier.overall, later.overall)),
            ("Time", time(earlier.activeSeconds, earlier.budgetSeconds), time(later.activeSeconds, later.budgetSeconds), ""),
        ]
        // The left values line up in one column, as wide as the widest of them.
        let leftWidth = max(column - 10, header.map { DisplayWidth.of($0.1) }.max() ?? 0) + 1
        let rightWidth = header.map { DisplayWidth.of($0.2) }.max() ?? 0
        for (label, left, right, change) in header {
            lines.append(label.padding(toLength: 10, withPad: " ", startingAt: 0) + pad(left, leftWidth) + " "
                + (change.isEmpty ? right : pad(right, rightWidth) + " " + change))
        }

        // Phases in only one attempt (a drill against a full interview) get one line; the rest are compared.
        let inEarlier = Set(earlier.phases.map(\.phase)), inLater = Set(later.phases.map(\.phase))
        let phases = Phase.allCases.filter { inEarlier.contains($0) && inLater.contains($0) }
        if inEarlier != inLater { lines.append("") }
        for phase in Phase.allCases where inEarlier.contains(phase) != inLater.contains(phase) {
            let only = (earlier.phases + later.phases).first { $0.phase == phase }
            lines.append(console.dim("\(phase.title): only in the \(inEarlier.contains(phase) ? "earlier" : "later") attempt (\(score(only?.score, nil)))."))
        }
        for phase in phases {
            let a = earlier.phases.first { $0.phase == phase }
            let b = later.phases.first { $0.phase == phase }
            lines.append("")
            lines.append(console.bold("── \(phase.position)/6 \(phase.title)") + "  "
                + (a.map { "\(score($0.score, nil)) in \(TimeStatus.clock($0.elapsedSeconds))" } ?? "not in this attempt") + "  →  "
                + (b.map { "\(score($0.score, nil)) in \(TimeStatus.clock($0.elapsedSeconds))" } ?? "not in this attempt")
                + "  " + change(a?.score, b?.score))
            // Items of either rubric version, in the later attempt's order.
            var ids: [String] = []
            for line in (b?.items ?? []) + (a?.items ?? []) where !ids.contains(line.result.id) { ids.append(line.result.id) }
            if !ids.isEmpty { lines.append(console.dim("   earlier later")) }
            for id in ids {
                let left = a?.items.first { $0.result.id == id }
                let right = b?.items.first { $0.result.id == id }
                let description = (right ?? left)?.result.description ?? id
                lines.append("   " + mark(left) + "       " + mark(right) + "     " + description)
            }
            let flagsA = a?.redFlags.map(\.description) ?? [], flagsB = b?.redFlags.map(\.description) ?? []
            if !flagsA.isEmpty || !flagsB.isEmpty {
                lines.append("   red flags: " + (flagsA.isEmpty ? "none" : flagsA.joined(separator: "; ")) + "  →  "
                    + (flagsB.isEmpty ? "none" : flagsB.joined(separator: "; ")))
            }
            lines.append("")
            lines.append(console.dim(pad("Earlier answer", column) + " │ Later answer"))
            lines += columns.sideBySide(answer(a), answer(b))
        }
        return lines.map { line in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    private func mode(_ transcript: SessionTranscript) -> String {
        transcript.mode == "full" ? "full interview" : "\(Phase(rawValue: transcript.mode)?.title ?? transcript.mode) drill"
    }

    private func answer(_ phase: SessionTranscript.PhaseTranscript?) -> String {
        guard let phase else { return "(not in this attempt)" }
        var text = phase.answerText.isEmpty ? "(no answer)" : phase.answerText
        if let followUp = phase.followUp {
            text += "\n\nFollow-up: \(followUp.question)\n" + (followUp.replyText.isEmpty ? "(no reply)" : followUp.replyText)
        }
        return text
    }

    private func mark(_ line: SessionTranscript.ItemLine?) -> String {
        guard let line else { return console.dim("·") }
        return line.result.matched ? console.green("✓") : console.red("✗")
    }

    private func score(_ score: Int?, _ verdict: Verdict?) -> String {
        guard let score else { return "not scored" }
        return "\(score)" + (verdict.map { " (\($0.rawValue))" } ?? "")
    }

    private func time(_ seconds: Double, _ budget: Int) -> String {
        TimeStatus.clock(seconds) + " of " + TimeStatus.clock(Double(budget))
    }

    private func change(_ before: Int?, _ after: Int?) -> String {
        guard let before, let after else { return "" }
        let delta = after - before
        if delta == 0 { return console.dim("±0") }
        return delta > 0 ? console.green("+\(delta)") : console.red("−\(-delta)")
    }

    /// Pads to `width` columns; longer text is kept whole and followed by two spaces.
    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(width - DisplayWidth.of(text), 2))
    }
}
