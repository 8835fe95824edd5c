import CoachKit

/// A `ScoreReport` as readable text: score bars, then per phase the evidence for what was covered,
/// the misses with hints and why they matter, and red flags. Used by `score`, `practice` and `review`.
struct ScoreReportRenderer {
    let console: Console
    let prompt: Prompt

    static let barWidth = 20

    func bar(_ score: Int, width: Int = barWidth) -> String {
        let filled = Int((Double(max(0, min(100, score))) / 100 * Double(width)).rounded())
        let text = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        return score >= 70 ? console.green(text) : score >= 40 ? console.yellow(text) : console.red(text)
    }

    /// The bar chart: one row per phase and the overall score with its verdict.
    func summary(_ report: ScoreReport, phases: [Phase] = Phase.allCases) -> String {
        var lines: [String] = []
        for phase in phases {
            guard let score = report.phases[phase] else { continue }
            lines.append(pad(phase.title, 9) + " " + bar(score.score) + " " + pad("\(score.score)", 3, right: true) + "  " + console.dim(score.verdict.rawValue))
        }
        lines.append(console.bold(pad("Overall", 9)) + " " + bar(report.overall) + " " + console.bold(pad("\(report.overall)", 3, right: true)) + "  " + console.bold(report.verdict.rawValue))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Everything about one phase.
    func details(_ score: PhaseScore) -> String {
        var lines = [console.bold("\(score.phase.position)/6 \(score.phase.title) — \(score.score)/100 (\(score.verdict.rawValue))")]
        for note in score.notes { lines.append("  " + console.yellow("! ") + note) }
        if let facts = score.uncoveredFacts {
            lines.append("  " + console.cyan("Facts you uncovered with /ask:"))
            lines += facts.map { "    - " + $0 }
        }
        for item in score.matched {
            lines.append("  " + console.green("✓ ") + item.description)
            if let evidence = item.evidence { lines.append(console.dim("      “\(evidence.sentence)”")) }
        }
        for item in score.named {
            lines.append("  " + console.yellow("~ ") + item.description + console.dim(" (named: \(Int((item.credit * 100).rounded()))% credit)"))
            if let evidence = item.evidence { lines.append(console.dim("      “\(evidence.sentence)”")) }
            if let lift = item.lift { lines.append("      to cover it: \(lift)") }
        }
        for item in score.missed where item.level == .none {
            lines.append("  " + console.red("✗ ") + item.description)
            if let note = item.note { lines.append(console.dim("      (\(note))")) }
            lines.append("      hint: \(item.hint)")
            lines.append(console.dim("      why: \(item.why)"))
        }
        for flag in score.redFlags {
            lines.append("  " + console.red("⚑ −\(flag.penalty) ") + flag.description)
            lines.append(console.dim("      “\(flag.evidence.sentence)”"))
            lines.append(console.dim("      why: \(flag.why)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The three most valuable things to improve: the heaviest missed items of the weakest phases,
    /// and any red flag (red flags first: they cost the most).
    func improvements(_ report: ScoreReport, limit: Int = 3) -> [String] {
        var tips: [(Double, String)] = []
        for (phase, score) in report.phases {
            for flag in score.redFlags { tips.append((1000 + Double(flag.penalty), "\(phase.title): avoid — \(flag.description). \(flag.why)")) }
            let total = score.items.map(\.weight).reduce(0, +)
            for item in score.missed where total > 0 {
                let advice = item.lift.map { "\(item.description) — \($0)" } ?? item.hint
                tips.append((item.weight * (1 - item.credit) / total * Double(100 - score.score + 1), "\(phase.title): \(advice)"))
            }
        }
        return tips.sorted { $0.0 > $1.0 }.prefix(limit).map(\.1)
    }

    func full(_ report: ScoreReport) -> String {
        var text = console.bold("\(prompt.title)") + console.dim("  (\(prompt.id))") + "\n\n" + summary(report) + "\n"
        for phase in Phase.allCases {
            if let score = report.phases[phase] { text += details(score) + "\n" }
        }
        let tips = improvements(report)
        if !tips.isEmpty {
            text += console.bold("Improve next") + "\n" + tips.enumerated().map { "  \($0.offset + 1). \($0.element)" }.joined(separator: "\n") + "\n"
        }
        return text
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
