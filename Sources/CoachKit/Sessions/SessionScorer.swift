/// Scores a session — running or saved — from its answers: every phase, or the one phase of a phase
/// drill, or the one item of an item drill, with the facts each phase uncovered through /ask. It needs
/// no interview engine, so `review --rescore` scores a saved session exactly as the interview does.
public struct SessionScorer: Sendable {
    let scorer: Scorer

    public init(scorer: Scorer) {
        self.scorer = scorer
    }

    public init(prompt: Prompt, lexicon: Lexicon) {
        self.init(scorer: Scorer(prompt: prompt, lexicon: lexicon))
    }

    public func score(_ session: Session) -> ScoreReport {
        let answers = Dictionary(uniqueKeysWithValues: session.phases.map { ($0.phase, $0.scoredText) })
        if let item = session.drillItem { return scoreDrill(item, answer: answers[item.phase] ?? "") }
        var report: ScoreReport
        if session.drillPhase == nil {
            report = scorer.score(answers: answers)
        } else {
            var phases: [Phase: PhaseScore] = [:]
            for (phase, text) in answers { phases[phase] = scorer.score(phase, answer: text) }
            report = ScoreReport(promptID: scorer.prompt.id, phases: phases)
        }
        for record in session.phases { report.phases[record.phase]?.uncoveredFacts = Self.uncoveredFacts(record) }
        return report
    }

    /// One phase of a session, with what its /ask questions uncovered (for feedback phase by phase).
    public func score(_ record: PhaseRecord) -> PhaseScore {
        var score = scorer.score(record.phase, answer: record.scoredText)
        score.uncoveredFacts = Self.uncoveredFacts(record)
        return score
    }

    /// The replies to the phase's /ask questions that stated a fact, each once; nil when there are none.
    static func uncoveredFacts(_ record: PhaseRecord) -> [String]? {
        var facts: [String] = []
        for asked in record.asked where !asked.factIDs.isEmpty && !facts.contains(asked.reply) { facts.append(asked.reply) }
        return facts.isEmpty ? nil : facts
    }

    /// An item drill counts one thing: how far the answer got on the item — covered (100), named (the
    /// item's partial credit) or not there (0). Red flags and the phase's other items are left out:
    /// they were not asked for.
    private func scoreDrill(_ item: ItemDrill, answer: String) -> ScoreReport {
        let full = scorer.score(item.phase, answer: answer)
        let result = full.items.first { $0.id == item.itemID }
            ?? ItemResult(id: item.itemID, description: item.description, weight: 1, matched: false, evidence: nil, hint: item.question, why: "")
        let score = Int((max(0, min(1, result.credit)) * 100).rounded())
        let phaseScore = PhaseScore(
            phase: item.phase, score: score, verdict: Verdict(score: score), items: [result], redFlags: [], notes: full.notes)
        return ScoreReport(promptID: scorer.prompt.id, phases: [item.phase: phaseScore])
    }
}
