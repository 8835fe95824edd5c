/// Scores answers against a prompt's rubric. Pure and deterministic; safe to share across threads.
///
/// The prompt and lexicon are compiled once here (phrases and lexicon terms normalised, stemmed and
/// interned); scoring an answer then analyses each sentence once — tokens, stems, typo fixes,
/// clauses, negation, quantities, lists, restatements — and matches every signal against it, so the
/// cost grows linearly with the answer's length.
public struct Scorer: Sendable {
    public let prompt: Prompt
    public let lexicon: Lexicon
    let model: ScoringModel

    public init(prompt: Prompt, lexicon: Lexicon) {
        self.prompt = prompt
        self.lexicon = lexicon
        model = ScoringModel(prompt: prompt, lexicon: lexicon)
    }

    public func score(_ phase: Phase, answer: String) -> PhaseScore {
        let sentences = AnswerAnalyzer(model: model).analyze(answer, phase: phase)
        var score = PhaseScorer(model: model, phase: phase, sentences: sentences).score()
        if AnswerAnalyzer.scoredPart(of: answer).endIndex != answer.endIndex {
            score.notes.append(
                "Only the first \(InputLimits.maximumScoredCharacters) characters of this answer were scored "
                    + "(the limit for one phase); the rest was not read.")
        }
        return score
    }

    /// Scores every phase; a phase missing from `answers` counts as empty.
    public func score(answers: [Phase: String]) -> ScoreReport {
        var phases: [Phase: PhaseScore] = [:]
        for phase in Phase.allCases { phases[phase] = score(phase, answer: answers[phase] ?? "") }
        return ScoreReport(promptID: prompt.id, phases: phases)
    }

    /// Ids of the phase's rubric items a text mentions at all (a guiding question's topics), whatever
    /// the guards would say about it as an answer.
    public func itemIDs(_ phase: Phase, mentionedIn text: String) -> Set<String> {
        let matchers = AnswerAnalyzer(model: model).analyze(text).map { SentenceMatcher(model: model, sentence: $0) }
        return Set(model.items(of: phase).filter { item in matchers.contains { $0.best(of: item.signals, mode: .flag) != nil } }.map(\.item.id))
    }

    /// The interviewer fact a clarifying question asks about: the one with the most signals matching
    /// the question (ties go to the fact listed first), or nil when none matches.
    public func fact(answering question: String) -> InterviewerFact? {
        let matchers = AnswerAnalyzer(model: model).analyze(question).map { SentenceMatcher(model: model, sentence: $0) }
        var best: (fact: InterviewerFact, count: Int)?
        for fact in model.facts {
            let count = fact.signals.filter { signal in matchers.contains { $0.best(signal, mode: .flag) != nil } }.count
            if count > 0, count > (best?.count ?? 0) { best = (fact.fact, count) }
        }
        return best?.fact
    }
}
