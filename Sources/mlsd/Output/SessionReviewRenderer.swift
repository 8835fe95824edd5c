import CoachKit
import Foundation

/// `mlsd review`: a whole interview in the terminal — the question, score bars, the time table, then
/// per phase the answer with the evidence for each covered item highlighted (and numbered like the
/// item), the interviewer's answers, hints and follow-up, the rubric results, red flags and what a
/// strong answer says where something was missed. Without color, evidence is shown «like this»¹.
struct SessionReviewRenderer {
    let console: Console
    let dates: DateText

    func render(_ transcript: SessionTranscript, report: ScoreReport?, prompt: Prompt?) -> String {
        var text = header(transcript)
        if let statement = transcript.statement {
            text += "\n" + console.bold("The question") + "\n" + indent(statement, by: 2) + "\n"
        }
        if let report {
            text += "\n" + scoreRenderer(transcript, prompt: prompt).summary(report, phases: transcript.phases.map(\.phase))
        }
        text += "\n" + timeTable(transcript)
        for phase in transcript.phases { text += "\n" + section(phase) }
        if let report {
            let tips = scoreRenderer(transcript, prompt: prompt).improvements(report)
            if !tips.isEmpty {
                text += "\n" + console.bold("Improve next") + "\n"
                text += tips.enumerated().map { "  \($0.offset + 1). \($0.element)" }.joined(separator: "\n") + "\n"
            }
        }
        return text
    }

    func header(_ transcript: SessionTranscript) -> String {
        let mode = transcript.mode == "full" ? "full interview" : "\(Phase(rawValue: transcript.mode)?.title ?? transcript.mode) drill"
        var facts = [dates.minute(transcript.startedAt), mode, transcript.isFinished ? "finished" : "unfinished"]
        facts.append(TimeStatus.clock(transcript.activeSeconds) + " of " + TimeStatus.clock(Double(transcript.budgetSeconds)))
        var text = console.bold(transcript.promptTitle) + console.dim("  (\(transcript.sessionID))") + "\n"
        text += facts.joined(separator: " · ") + "\n"
        if !transcript.isFinished { text += console.yellow("Not finished: continue it with 'mlsd resume \(transcript.sessionID)'.") + "\n" }
        return text
    }

    /// The bars come from the score renderer used after an interview, so both look the same.
    func scoreRenderer(_ transcript: SessionTranscript, prompt: Prompt?) -> ScoreReportRenderer {
        ScoreReportRenderer(
            console: console,
            prompt: prompt ?? Prompt(
                id: transcript.promptID, title: transcript.promptTitle, category: "", difficulty: .medium, statement: "",
                minutes: 0, phases: [:]))
    }

    /// Time used against budget per phase, with overtime, hints, questions asked and the follow-up.
    func timeTable(_ transcript: SessionTranscript) -> String {
        var lines = [console.bold("Time")]
        for phase in transcript.phases {
            var row = "  " + phase.phase.title.padding(toLength: 9, withPad: " ", startingAt: 0)
                + TimeStatus.clock(phase.elapsedSeconds) + " of " + TimeStatus.clock(Double(phase.budgetSeconds))
            if phase.overtimeSeconds >= 1 { row += "  " + console.yellow("+\(TimeStatus.clock(phase.overtimeSeconds)) over") }
            var notes: [String] = []
            if phase.skipped { notes.append("skipped") }
            if phase.hintsUsed > 0 { notes.append("\(phase.hintsUsed) hint\(phase.hintsUsed == 1 ? "" : "s")") }
            let asks = phase.moments.filter { $0.kind == .question }.count
            if asks > 0 { notes.append("\(asks) question\(asks == 1 ? "" : "s") asked") }
            if let followUp = phase.followUp { notes.append(followUp.replyText.isEmpty ? "follow-up skipped" : "follow-up answered") }
            if !notes.isEmpty { row += console.dim("  (" + notes.joined(separator: ", ") + ")") }
            lines.append(row)
        }
        var total = "  " + "Total".padding(toLength: 9, withPad: " ", startingAt: 0)
            + TimeStatus.clock(transcript.activeSeconds) + " of " + TimeStatus.clock(Double(transcript.budgetSeconds))
        if transcript.overtimeSeconds >= 1 { total += "  " + console.yellow("+\(TimeStatus.clock(transcript.overtimeSeconds)) over") }
        lines.append(total)
        return lines.joined(separator: "\n") + "\n"
    }

    func section(_ phase: SessionTranscript.PhaseTranscript) -> String {
        let score = phase.score.map { "\($0)/100 (\(phase.verdict?.rawValue ?? ""))" } ?? "not scored"
        var lines = [console.bold("── \(phase.phase.position)/6 \(phase.phase.title) — \(score)")
            + console.dim(" · " + TimeStatus.clock(phase.elapsedSeconds) + " of " + TimeStatus.clock(Double(phase.budgetSeconds)))]
        if let goal = phase.goal { lines.append(console.dim("  Goal: " + goal)) }
        lines.append("  " + console.bold("Answer"))
        lines.append(phase.answer.isEmpty ? console.dim("    (no answer)") : indent(highlighted(phase.answer), by: 4))
        let moments = phase.moments.filter { $0.kind != .followUp }
        if !moments.isEmpty || phase.followUp != nil {
            lines.append("  " + console.bold("Interviewer"))
            for moment in moments {
                let at = console.dim(TimeStatus.clock(max(0, moment.offsetSeconds)))
                switch moment.kind {
                case .question:
                    lines.append("    \(at) you asked: \(moment.text ?? "")")
                    if let reply = moment.reply { lines.append("          " + console.cyan("interviewer: ") + reply) }
                case .hint:
                    lines.append("    \(at) hint: \(moment.text ?? "")")
                case .skipped: lines.append("    \(at) skipped")
                case .edited: lines.append("    \(at) edited in the editor")
                case .wentBack: lines.append("    \(at) went back to this phase")
                case .oneMinuteWarning: lines.append("    \(at) one minute left")
                case .timeUp: lines.append("    \(at) " + console.yellow("time up"))
                case .movedOnAutomatically: lines.append("    \(at) moved on automatically (strict)")
                case .followUp: break
                }
            }
            if let followUp = phase.followUp {
                lines.append("    " + console.cyan("follow-up: ") + followUp.question)
                lines.append(followUp.reply.isEmpty ? console.dim("      (no reply)") : indent(highlighted(followUp.reply), by: 6))
            }
        }
        if !phase.items.isEmpty || !phase.redFlags.isEmpty || !phase.notes.isEmpty {
            lines.append("  " + console.bold("Results") + console.dim("  \(phase.matched.count) of \(phase.items.count) items covered"))
            for note in phase.notes { lines.append("    " + console.yellow("! ") + note) }
            for line in phase.items {
                let item = line.result
                if item.matched {
                    lines.append("    " + console.green("✓") + console.dim(TextSegment.superscript(line.label.map { [$0] } ?? [])) + " " + item.description)
                    if let evidence = item.evidence { lines.append(console.dim("        “\(evidence.sentence)”")) }
                } else if item.level == .named {
                    lines.append("    " + console.yellow("~") + " " + item.description + console.dim(" (named: \(Int((item.credit * 100).rounded()))% credit)"))
                    if let evidence = item.evidence { lines.append(console.dim("        “\(evidence.sentence)”")) }
                    if let lift = item.lift { lines.append("        to cover it: \(lift)") }
                } else {
                    lines.append("    " + console.red("✗") + " " + item.description + (item.note.map { console.dim(" (\($0))") } ?? ""))
                    lines.append("        hint: \(item.hint)")
                    lines.append(console.dim("        why: \(item.why)"))
                }
            }
            for flag in phase.redFlags {
                lines.append("    " + console.red("⚑ −\(flag.penalty)") + " " + flag.description)
                lines.append(console.dim("        “\(flag.evidence.sentence)”"))
                lines.append(console.dim("        why: \(flag.why)"))
            }
        }
        if !phase.reference.isEmpty {
            lines.append("  " + console.bold("A strong answer says"))
            lines += phase.reference.map { "    - " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Evidence in bold green (numbered like its item), red-flag text in red; «guillemets» without color.
    func highlighted(_ segments: [TextSegment]) -> String {
        segments.map { segment in
            guard segment.isHighlighted else { return segment.text }
            let label = TextSegment.superscript(segment.items) + (segment.redFlag ? "⚑" : "")
            guard console.usesColor else { return "«\(segment.text)»\(label)" }
            let text = segment.items.isEmpty ? console.red(segment.text) : console.bold(console.green(segment.text))
            return text + console.dim(label)
        }.joined()
    }

    func indent(_ text: String, by spaces: Int) -> String {
        // Byte by byte (UTF-8 never has a newline byte inside a character): splitting into lines by
        // Character took seconds on a 50 MB answer. Empty lines stay empty.
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var atLineStart = true
        for byte in text.utf8 {
            if atLineStart && byte != UInt8(ascii: "\n") { output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces)) }
            output.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
        return String(decoding: output, as: UTF8.self)
    }
}
