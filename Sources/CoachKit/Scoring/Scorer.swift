/// Scores answers against a prompt's rubric. Pure and deterministic; safe to share across threads.
/// (Placeholder body: the scoring helper replaces it with the real matcher.)
public struct Scorer: Sendable {
    public let prompt: Prompt
    public let lexicon: Lexicon

    public init(prompt: Prompt, lexicon: Lexicon) {
        self.prompt = prompt
        self.lexicon = lexicon
    }

    public func score(_ phase: Phase, answer: String) -> PhaseScore {
        let spec = prompt.spec(phase)
        let items = spec.rubric.map {
            ItemResult(id: $0.id, description: $0.description, weight: $0.weight, matched: false, evidence: nil, hint: $0.hint, why: $0.why)
        }
        return PhaseScore(phase: phase, score: 0, verdict: Verdict(score: 0), items: items, redFlags: [], notes: [])
    }

    /// Scores every phase; a phase missing from `answers` counts as empty.
    public func score(answers: [Phase: String]) -> ScoreReport {
        var phases: [Phase: PhaseScore] = [:]
        for phase in Phase.allCases { phases[phase] = score(phase, answer: answers[phase] ?? "") }
        let overall = Int((Double(phases.values.map(\.score).reduce(0, +)) / Double(Phase.allCases.count)).rounded())
        return ScoreReport(promptID: prompt.id, phases: phases, overall: overall, verdict: Verdict(score: overall))
    }
}
