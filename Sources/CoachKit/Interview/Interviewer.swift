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
        var chosen = [best] + matches.dropFirst().filter { $0.strength >= 2 }
        // Each part of a several-part question ("how many posts per day and what languages?") gets
        // the fact that answers it best, even when that part is a single word.
        for part in Self.parts(of: question).dropFirst() {
            let partWords = matcher.words(part)
            var partBest: (fact: InterviewerFact, strength: Int, order: Int)?
            for (order, fact) in prompt.facts.enumerated() {
                let strength = fact.signals.map { matcher.strength(of: $0, in: partWords) }.max() ?? 0
                if strength > (partBest?.strength ?? 0) { partBest = (fact, strength, order) }
            }
            if let partBest { chosen.append(partBest) }
        }
        var seen = Set<String>()
        chosen = Array(chosen.filter { seen.insert($0.fact.id).inserted }.prefix(Self.maximumFactsPerReply))
        return Reply(text: chosen.map(\.fact.answer).joined(separator: " "), factIDs: chosen.map(\.fact.id))
    }

    /// Words that open a new question inside one line ("… and what languages?").
    static let questionOpeners: Set<String> = [
        "what", "which", "how", "who", "where", "when", "why", "is", "are", "do", "does", "can", "should", "will", "any",
    ]

    /// The parts of a question: split at "?", ";" and at "and"/"," followed by a question word — and,
    /// in a part that opens with a question word, at any "and" ("what is the click rate and latency
    /// budget?" asks two things).
    static func parts(of question: String) -> [String] {
        var parts: [String] = []
        for piece in question.split(whereSeparator: { $0 == "?" || $0 == ";" }) {
            let words = piece.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            var current: [String] = []
            for (index, word) in words.enumerated() {
                let bare = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
                let next = index + 1 < words.count ? words[index + 1].lowercased().trimmingCharacters(in: .punctuationCharacters) : ""
                let opensQuestion = current.first.map { questionOpeners.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) } ?? false
                if (bare == "and" || bare == "also") && (questionOpeners.contains(next) || (bare == "and" && opensQuestion)) && !current.isEmpty {
                    parts.append(current.joined(separator: " "))
                    current = []
                } else if word.hasSuffix(","), questionOpeners.contains(next) {
                    current.append(String(word.dropLast()))
                    parts.append(current.joined(separator: " "))
                    current = []
                } else {
                    current.append(word)
                }
            }
            if !current.isEmpty { parts.append(current.joined(separator: " ")) }
        }
        return parts
    }

    /// The probe to ask after `phase`: the follow-up aimed at the most missed rubric weight (the first
    /// such on a tie); when the answer missed nothing any probe aims at, the first follow-up (probing a
    /// strong answer deeper). Nil when the phase has no follow-ups.
    /// A follow-up whose question the interviewer has just answered (it asks about one of
    /// `answeredFacts`, the facts revealed by the candidate's /ask questions) is not asked.
    public func followUp(for phase: Phase, missed: [ItemResult], answeredFacts: Set<String> = []) -> FollowUp? {
        let followUps = prompt.spec(phase).followUps.filter { followUp in
            answeredFacts.isEmpty || Set(answer(followUp.question).factIDs).isDisjoint(with: answeredFacts)
        }
        guard !followUps.isEmpty else { return nil }
        let missedWeight = Dictionary(missed.map { ($0.id, $0.weight * (1 - $0.credit)) }, uniquingKeysWith: max)
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

    /// The next hint chosen from what is still missing: the first guiding question not shown yet that
    /// asks about an item the answer has not covered (`isOpen`), else the first not shown; nil when all
    /// have been shown. A question about something just stated is no help.
    public func hint(for phase: Phase, shown: [String], isOpen: (String) -> Bool) -> String? {
        let remaining = prompt.spec(phase).questions.filter { !shown.contains($0) }
        return remaining.first(where: isOpen) ?? remaining.first
    }
}
