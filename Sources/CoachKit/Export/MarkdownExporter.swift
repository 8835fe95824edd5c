import Foundation

/// A session as Markdown a mentor can read: the question, a score table, then per phase the answer
/// (evidence in bold with the covered item's number), the interviewer exchange, the rubric results
/// and what a strong answer says. Text the candidate typed is escaped, so it cannot break the layout.
public struct MarkdownExporter: Sendable {
    public var timeZone: TimeZone

    public init(timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
        self.timeZone = timeZone
    }

    public func render(_ transcript: SessionTranscript) -> String {
        var out: [String] = []
        out.append("# \(escape(transcript.promptTitle)) — mock interview")
        out.append("")
        out.append("| | |")
        out.append("|---|---|")
        out.append("| Session | `\(transcript.sessionID)` |")
        out.append("| Case study | \(escape(transcript.promptTitle)) (`\(transcript.promptID)`, version \(transcript.promptVersion)) |")
        out.append("| Date | \(ExportText.dateTime(transcript.startedAt, timeZone: timeZone)) |")
        out.append("| Mode | \(ExportText.mode(transcript)) |")
        out.append("| Status | \(escape(ExportText.status(transcript))) |")
        out.append("| Time | \(ExportText.time(elapsed: transcript.activeSeconds, budget: transcript.budgetSeconds)) |")
        out.append("| Overall | **\(ExportText.score(transcript.overall, transcript.verdict))** |")
        if let statement = transcript.statement {
            out += ["", "## The question", ""]
            out += quote(statement)
        }
        out += ["", "## Scores", "", "| Phase | Score | Verdict | Time | Covered | Red flags |", "|---|---:|---|---|---:|---:|"]
        for phase in transcript.phases {
            out.append(
                "| \(phase.phase.title) | \(phase.score.map(String.init) ?? "–") | \(phase.verdict?.rawValue ?? "–") | "
                    + "\(ExportText.time(elapsed: phase.elapsedSeconds, budget: phase.budgetSeconds)) | "
                    + "\(phase.matched.count)/\(phase.items.count) | \(phase.redFlags.count) |")
        }
        for phase in transcript.phases { out += ["", ""] + section(phase, count: transcript.phases.count) }
        return out.joined(separator: "\n") + "\n"
    }

    private func section(_ phase: SessionTranscript.PhaseTranscript, count: Int) -> [String] {
        var out = ["## \(phase.phase.position)/6 \(phase.phase.title) — \(ExportText.score(phase.score, phase.verdict))", ""]
        var facts = ["Time: \(ExportText.time(elapsed: phase.elapsedSeconds, budget: phase.budgetSeconds))"]
        if phase.skipped { facts.append("skipped") }
        if phase.hintsUsed > 0 { facts.append("\(phase.hintsUsed) hint\(phase.hintsUsed == 1 ? "" : "s") used") }
        out.append("*" + facts.joined(separator: " · ") + "*")
        if let goal = phase.goal { out += ["", "**Goal:** \(escape(goal))"] }
        out += ["", "### Answer", ""]
        out += phase.answer.isEmpty ? ["*(no answer)*"] : quote(segments: phase.answer)
        let moments = phase.moments.filter { $0.kind != .followUp }
        if !moments.isEmpty || phase.followUp != nil {
            out += ["", "### Interviewer", ""]
            for moment in moments {
                let (label, text, reply) = ExportText.moment(moment)
                out.append("- **\(label):** \(escape(text))")
                if let reply { out.append("  - **Interviewer:** \(escape(reply))") }
            }
            if let followUp = phase.followUp {
                out.append("- **Follow-up:** \(escape(followUp.question))")
                out.append("")
                out += followUp.reply.isEmpty ? ["  *(no reply)*"] : quote(segments: followUp.reply).map { "  " + $0 }
            }
        }
        if !phase.items.isEmpty {
            out += ["", "### Rubric", ""]
            for line in phase.items {
                let item = line.result
                if item.matched {
                    var text = "- ✅ **\(line.label.map { "[\($0)] " } ?? "")\(escape(item.description))**"
                    if let evidence = item.evidence { text += " — “\(escape(evidence.sentence))”" }
                    out.append(text)
                } else if item.level == .named {
                    var text = "- 🟡 **\(escape(item.description))** (named: \(Int((item.credit * 100).rounded()))% credit)"
                    if let evidence = item.evidence { text += " — “\(escape(evidence.sentence))”" }
                    out.append(text)
                    if let lift = item.lift { out.append("  - To cover it: \(escape(lift))") }
                } else {
                    out.append("- ❌ **\(escape(item.description))**" + (item.note.map { " (\(escape($0)))" } ?? ""))
                    out.append("  - Hint: \(escape(item.hint))")
                    out.append("  - Why it matters: \(escape(item.why))")
                }
            }
        }
        if !phase.redFlags.isEmpty {
            out += ["", "### Red flags", ""]
            for flag in phase.redFlags {
                out.append("- ⚑ **−\(flag.penalty) \(escape(flag.description))** — “\(escape(flag.evidence.sentence))”")
                out.append("  - Why: \(escape(flag.why))")
            }
        }
        if !phase.notes.isEmpty {
            out += ["", "### Notes", ""]
            out += phase.notes.map { "- \(escape($0))" }
        }
        if !phase.reference.isEmpty {
            out += ["", "### What a strong answer says", ""]
            out += phase.reference.map { "- \(escape($0))" }
        }
        return out
    }

    /// Plain text as a block quote, line by line.
    private func quote(_ text: String) -> [String] {
        text.components(separatedBy: "\n").map { $0.isEmpty ? ">" : "> " + escape($0) + "  " }
    }

    /// Highlighted text as a block quote: evidence in bold followed by its item numbers, red-flag text
    /// in italics with ⚑.
    private func quote(segments: [TextSegment]) -> [String] {
        var lines = [""]
        for segment in segments {
            let pieces = segment.text.components(separatedBy: "\n")
            for (index, piece) in pieces.enumerated() {
                if index > 0 { lines.append("") }
                guard segment.isHighlighted, !piece.trimmingCharacters(in: .whitespaces).isEmpty else {
                    lines[lines.count - 1] += escape(piece)
                    continue
                }
                // Emphasis may not start or end with a space in CommonMark: keep the spaces outside.
                let core = piece.trimmingCharacters(in: .whitespaces)
                let leading = String(piece.prefix { $0 == " " }), trailing = String(piece.reversed().prefix { $0 == " " })
                let marked = segment.redFlag && segment.items.isEmpty ? "_\(escape(core))_" : "**\(escape(core))**"
                var label = ""
                if index == pieces.count - 1 {
                    label = TextSegment.superscript(segment.items) + (segment.redFlag ? "⚑" : "")
                }
                lines[lines.count - 1] += leading + marked + label + trailing
            }
        }
        return lines.map { $0.isEmpty ? ">" : "> " + $0 + "  " }
    }

    /// Backslash-escapes the characters Markdown would read as formatting.
    func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in SafeText.clean(text) {
            if "\\`*_{}[]<>#|!~".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
