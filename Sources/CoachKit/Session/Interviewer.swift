/// The interviewer's side of the conversation: answers clarifying questions from the prompt's facts
/// and picks the follow-up probe after a phase. Pure; no clock, no I/O.
public struct Interviewer: Sendable {
    public let prompt: Prompt
    public let matcher: QuestionMatcher

    /// What the interviewer says when no fact covers the question. Real interviewers do this too:
    /// the candidate is expected to assume something sensible, say it out loud, and carry on.
    public static let noSuchDetail =
        "I don't have a specific number or detail for that. State your assumption explicitly and carry on."

    public init(prompt: Prompt, lexicon: Lexicon) {
        self.prompt = prompt
        matcher = QuestionMatcher(lexicon: lexicon)
    }

    /// The interviewer's reply to `/ask QUESTION`.
    public struct Reply: Sendable, Equatable {
        public var text: String
        /// The facts that answered, best first; empty when there was no such detail.
        public var factIDs: [String]
        /// The best-matching fact, or nil when there was no such detail.
        public var factID: String? { factIDs.first }

        public init(text: String, factIDs: [String]) {
            self.text = text
            self.factIDs = factIDs
        }
    }

    /// At most this many facts answer one question ("how many users, and how fast must it be?").
    public static let maximumFactsPerReply = 3

    /// Answers with the fact whose signals match the question best (the longest match; the earlier
    /// fact on a tie), or ``noSuchDetail``. A question that asks several things gets several facts:
    /// besides the best one, every fact matched by a phrase of two or more words — a single shared
    /// word is too weak a sign that the candidate asked about it.
    public func answer(_ question: String) -> Reply {
        let words = matcher.words(question)
        guard !words.isEmpty else {
            return Reply(text: "What would you like to know? Ask it as '/ask your question'.", factIDs: [])
        }
        var matches: [(fact: InterviewerFact, strength: Int, order: Int)] = []
        for (order, fact) in prompt.facts.enumerated() {
            let strength = fact.signals.map { matcher.strength(of: $0, in: words) }.max() ?? 0
            if strength > 0 { matches.append((fact, strength, order)) }
        }
        matches.sort { $0.strength != $1.strength ? $0.strength > $1.strength : $0.order < $1.order }
        guard let best = matches.first else { return Reply(text: Self.noSuchDetail, factIDs: []) }
        let chosen = [best] + matches.dropFirst().filter { $0.strength >= 2 }.prefix(Self.maximumFactsPerReply - 1)
        return Reply(text: chosen.map(\.fact.answer).joined(separator: " "), factIDs: chosen.map(\.fact.id))
    }

    /// The probe to ask after `phase`: the follow-up aimed at the most missed rubric weight (the first
    /// such on a tie); when the answer missed nothing any probe aims at, the first follow-up (probing a
    /// strong answer deeper). Nil when the phase has no follow-ups.
    public func followUp(for phase: Phase, missed: [ItemResult]) -> FollowUp? {
        let followUps = prompt.spec(phase).followUps
        guard !followUps.isEmpty else { return nil }
        let missedWeight = Dictionary(missed.map { ($0.id, $0.weight) }, uniquingKeysWith: max)
        var best: (followUp: FollowUp, weight: Double)?
        for followUp in followUps {
            let weight = followUp.targets.compactMap { missedWeight[$0] }.reduce(0, +)
            if weight > 0, weight > (best?.weight ?? 0) { best = (followUp, weight) }
        }
        return best?.followUp ?? followUps[0]
    }

    /// The `number`th guiding question of a phase (0-based), or nil when they have all been shown.
    public func hint(for phase: Phase, number: Int) -> String? {
        let questions = prompt.spec(phase).questions
        return questions.indices.contains(number) ? questions[number] : nil
    }
}
