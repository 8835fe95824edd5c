import CoachKit
import Foundation
import TerminalKit

/// The end of the interview. By default a compact summary that fits one 80×24 screen — per phase its
/// score bar, verdict and time against budget, the Overall score, the three most valuable things to
/// improve, and the commands for the details — so the verdict is never scrolled out of sight.
/// `--report full` adds everything before it: what was covered (with the sentence that earned it), what
/// was missed (hint and why), red flags. `--reference` adds, per phase, what was said next to what a
/// strong answer says — only now, after the attempt.
struct InterviewReport {
    let console: Console
    let prompt: Prompt
    /// The terminal width, or 80 when printing to a pipe.
    var width: Int = 80

    /// The details that come before the summary (`--report full`).
    func details(session: Session, report: ScoreReport) -> String {
        let scores = ScoreReportRenderer(console: console, prompt: prompt)
        var text = "\n" + console.bold("Details — \(prompt.title)") + "\n\n"
        text += timeTable(session) + "\n"
        for phase in session.phases.map(\.phase) {
            if let score = report.phases[phase] { text += scores.details(score) + "\n" }
        }
        return text
    }

    /// The compact summary, last on screen. `file` is where the session was saved; nil when it could
    /// not be (the launcher says why).
    func summary(session: Session, report: ScoreReport, savedAt file: URL?, showedDetails: Bool) -> String {
        let scores = ScoreReportRenderer(console: console, prompt: prompt)
        // The id is in the "Saved to" line too: on a narrow screen the title line drops it.
        let heading = "Interview over — \(prompt.title)"
        let withID = DisplayWidth.of(heading) + 4 + session.id.count <= width
        var lines = ["", withID ? console.bold(heading) + console.dim("  (\(session.id))") : fit(console.bold(heading), plain: heading), ""]
        if session.isAbandoned {
            lines.append(console.yellow("No answer was given, so this session is kept as abandoned: it is left out of stats and 'mlsd next'."))
            lines.append(console.dim("(--keep-empty keeps such a session as a normal one.)"))
            if let file { lines.append("Session saved to \(file.path)") }
            return lines.joined(separator: "\n") + "\n"
        }
        // Bar width: as wide as 20, narrower on a narrow terminal so each row stays on one line.
        let barWidth = max(5, min(ScoreReportRenderer.barWidth, width - 47))
        lines.append(console.dim(pad("Phase", 9) + " " + pad("Score", barWidth + 4) + "  " + pad("Verdict", 14) + "  Time / budget"))
        for record in session.phases {
            guard let score = report.phases[record.phase] else { continue }
            var time = TimeStatus.clock(record.elapsedSeconds) + " / " + TimeStatus.clock(Double(record.budgetSeconds))
            if record.skipped { time += " skipped" } else if record.overtimeSeconds >= 1 { time = console.yellow(time + " over") }
            lines.append(pad(record.phase.title, 9) + " " + scores.bar(score.score, width: barWidth) + " " + pad("\(score.score)", 3, right: true)
                + "  " + console.dim(pad(score.verdict.rawValue, 14)) + "  " + time)
        }
        let used = TimeStatus.clock(session.activeSeconds) + " / " + TimeStatus.clock(Double(session.phases.map(\.budgetSeconds).reduce(0, +)))
        lines.append(console.bold(pad("Overall", 9)) + " " + scores.bar(report.overall, width: barWidth) + " "
            + console.bold(pad("\(report.overall)", 3, right: true)) + "  " + console.bold(pad(report.verdict.rawValue, 14)) + "  " + used)
        let tips = scores.improvements(report)
        if !tips.isEmpty {
            lines.append("")
            lines.append(console.bold("Improve next"))
            for (index, tip) in tips.enumerated() { lines += clip(tip, first: "  \(index + 1). ", rows: 2) }
        }
        lines.append("")
        let review = "mlsd review last"
        lines.append(fit("Details: " + console.cyan(review) + (showedDetails ? "" : console.dim("  (or --report full next time)")),
                         plain: "Details: \(review)" + (showedDetails ? "" : "  (or --report full next time)")))
        if let file { lines.append(fit("Saved to \(file.path)", plain: "Saved to \(file.path)")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Per phase, the answer given (its first lines) and the prompt's reference notes: what a strong
    /// answer says. Shown only after the interview (`--reference`).
    func reference(session: Session) -> String {
        var text = "\n" + console.bold("What was said, and what a strong answer says") + "\n"
        for record in session.phases {
            let notes = prompt.spec(record.phase).reference
            text += "\n" + console.bold("\(record.phase.position)/6 \(record.phase.title)") + "\n"
            text += "  " + console.dim("You said:") + "\n"
            let said = record.scoredText.split(separator: "\n").map(String.init)
            if said.isEmpty {
                text += console.dim("    (nothing)") + "\n"
            } else {
                for line in said.prefix(4) { text += "    " + line + "\n" }
                if said.count > 4 { text += console.dim("    … \(said.count - 4) more lines") + "\n" }
            }
            text += "  " + console.dim("A strong answer says:") + "\n"
            text += notes.isEmpty ? console.dim("    (this case study has no reference notes)") + "\n" : notes.map { "    - " + $0 + "\n" }.joined()
        }
        return text
    }

    /// Time used against budget per phase: the same table `mlsd review` shows.
    func timeTable(_ session: Session) -> String {
        SessionReviewRenderer(console: console, dates: DateText())
            .timeTable(SessionTranscript(session: session, prompt: prompt))
    }

    /// The end of an item drill (`mlsd drill`): covered or not, with the evidence or the hint, the time,
    /// and when the item comes back.
    func drillSummary(session: Session, report: ScoreReport, next: String?, showReference: Bool) -> String {
        guard let item = session.drillItem else { return "" }
        var lines = ["", console.bold("Drill over — \(prompt.title) · \(item.phase.title)"), ""]
        if session.isAbandoned {
            lines.append(console.yellow("No answer was given; nothing is recorded."))
            return lines.joined(separator: "\n") + "\n"
        }
        let result = report.phases[item.phase]?.items.first
        if let result, result.matched {
            lines.append(console.green("✓ Covered: ") + item.description)
            if let evidence = result.evidence { lines.append(console.dim("    “\(evidence.sentence)”")) }
        } else if let result, result.level == .named {
            lines.append(console.yellow("◐ Named, not covered: ") + item.description)
            if let lift = result.lift { lines.append(console.dim("    to cover it: \(lift)")) }
            if let evidence = result.evidence { lines.append(console.dim("    “\(evidence.sentence)”")) }
        } else {
            lines.append(console.red("✗ Not covered: ") + item.description)
            if let note = result?.note { lines.append(console.dim("    (\(note))")) }
            if let why = result?.why, !why.isEmpty { lines.append(console.dim("    why: \(why)")) }
        }
        if let record = session.phases.first {
            lines.append("Time: " + TimeStatus.clock(record.elapsedSeconds) + " of " + TimeStatus.clock(Double(record.budgetSeconds)))
        }
        if showReference {
            let notes = prompt.spec(item.phase).reference
            if !notes.isEmpty {
                lines.append("")
                lines.append(console.dim("A strong \(item.phase.title) answer says:"))
                lines += notes.map { "  - " + $0 }
            }
        }
        if let next { lines.append(next) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A line shortened to the width (a path or id too long for it would wrap and push the summary up).
    private func fit(_ styled: String, plain: String) -> String {
        DisplayWidth.of(plain) <= width ? styled : DisplayWidth.truncate(plain, toWidth: width)
    }

    /// `text` word-wrapped to the width after `first`, continuation rows indented under the text, at
    /// most `rows` rows (the last one ends with "…" when cut).
    private func clip(_ text: String, first: String, rows: Int) -> [String] {
        let indent = String(repeating: " ", count: first.count)
        let room = max(20, width - indent.count)
        var wrapped: [String] = []
        var row = ""
        for word in text.split(separator: " ") {
            if !row.isEmpty, DisplayWidth.of(row) + 1 + DisplayWidth.of(word) > room {
                wrapped.append(row)
                row = ""
            }
            row += (row.isEmpty ? "" : " ") + word
        }
        if !row.isEmpty { wrapped.append(row) }
        var kept = Array(wrapped.prefix(rows))
        if wrapped.count > rows, let last = kept.last {
            kept[kept.count - 1] = DisplayWidth.truncate(last, toWidth: room - 2) + " …"
        }
        return kept.enumerated().map { ($0.offset == 0 ? first : indent) + $0.element }
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        return right ? padding + text : text + padding
    }
}
