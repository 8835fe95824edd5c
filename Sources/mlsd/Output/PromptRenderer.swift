import CoachKit

/// `mlsd prompts show`: a case study as readable text.
struct PromptRenderer {
    let console: Console

    func render(_ loaded: LoadedPrompt, full: Bool) -> String {
        let prompt = loaded.prompt
        var lines: [String] = []
        lines.append(console.bold(prompt.title) + console.dim("  (\(prompt.id), version \(prompt.version))"))
        lines.append("\(prompt.category) · \(prompt.difficulty.rawValue) · \(prompt.minutes) minutes · source: \(loaded.source)")
        if !prompt.tags.isEmpty { lines.append("tags: " + prompt.tags.joined(separator: ", ")) }
        lines.append("")
        lines.append(prompt.statement)
        for phase in Phase.allCases {
            let spec = prompt.spec(phase)
            lines.append("")
            lines.append(console.bold("\(phase.position)/6 \(phase.title)") + console.dim("  \(spec.minutes) min"))
            lines.append("  " + spec.goal)
            guard full else { continue }
            if !spec.questions.isEmpty {
                lines.append("  Guiding questions:")
                lines += spec.questions.map { "    - \($0)" }
            }
            lines.append("  Rubric:")
            for item in spec.rubric {
                lines.append("    [\(formatWeight(item.weight))] \(item.id): \(item.description)")
                lines.append(console.dim("        hint: \(item.hint)"))
            }
            if !spec.redFlags.isEmpty {
                lines.append("  Red flags:")
                lines += spec.redFlags.map { "    -\($0.penalty) \($0.id): \($0.description)" }
            }
            if !spec.followUps.isEmpty {
                lines.append("  Follow-ups:")
                lines += spec.followUps.map { "    ? \($0.question)" }
            }
            if !spec.reference.isEmpty {
                lines.append("  A strong answer:")
                lines += spec.reference.map { "    \($0)" }
            }
        }
        if full && !prompt.facts.isEmpty {
            lines.append("")
            lines.append(console.bold("Interviewer facts"))
            lines += prompt.facts.map { "  \($0.id): \($0.answer)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func formatWeight(_ weight: Double) -> String {
        weight == weight.rounded() ? String(Int(weight)) : String(weight)
    }
}
