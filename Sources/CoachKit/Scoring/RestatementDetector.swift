/// Recognises sentences that only restate the prompt ("So we need to design a system that
/// recommends videos on the home feed"). Repeating the question back is not an answer to it;
/// a sentence that adds its own content words, a number, or asks a question is not a restatement
/// of the statement.
///
/// The prompt's other texts are echoed too: its guiding questions and follow-ups (shown by /hint)
/// and its rubric descriptions and hints (shown after scoring). An *echo* is
/// - outside Clarify, a question drawn from those texts ("Which guardrails should we use?"): it
///   asks what the phase should answer;
/// - in any phase, a statement made only of one guiding question's words.
/// In Clarify, where asking is the answer, a question is never an echo: asking the case's own guiding
/// question ("Roughly what fraction of ad impressions get clicked?") is what an interviewer hopes for.
struct RestatementDetector: Sendable {
    /// A sentence is a restatement when at least this share of its content words come from the statement…
    static let overlap = 0.8
    /// …and it has at least this many content words (short fragments are judged by the matcher alone).
    static let minimumContentWords = 4
    /// The share of an answer's content words in restatements above which the answer restates the question.
    static let restatementShare = 0.5

    /// Within an answer that mostly restates the question, sentences sharing this much are restatements too.
    static let overlapInRestatingAnswer = 0.5

    /// A statement echoing a guiding question covers at least this share of it.
    static let echoedStatementShare = 0.6

    /// A text of the prompt a candidate could echo, as the stems of its content words.
    struct Source: Sendable {
        enum Kind: Sendable { case guidingQuestion, rubricText }
        var kind: Kind
        var stems: Set<String>
    }

    /// The share of `contentStems` that occur in the statement.
    func overlap(contentStems: [String], statementStems: Set<String>) -> Double {
        guard !contentStems.isEmpty else { return 0 }
        return Double(contentStems.filter { statementStems.contains($0) }.count) / Double(contentStems.count)
    }

    func isRestatement(overlap: Double, contentWords: Int, isQuestion: Bool, threshold: Double = RestatementDetector.overlap) -> Bool {
        !isQuestion && contentWords >= Self.minimumContentWords && overlap >= threshold
    }

    /// Whether the sentence echoes one of the prompt's guiding questions or rubric texts (see the type's comment).
    /// `phase` is the phase being answered; nil when unknown (an /ask question), which never echoes.
    /// `postings` maps a stem to the indices of the sources holding it; a source sharing no stem with the
    /// sentence can never be echoed, so only the sources in the sentence's postings are checked.
    func isEcho(contentStems: [String], isQuestion: Bool, phase: Phase?, sources: [Source], postings: [String: [Int]]) -> Bool {
        guard let phase, !contentStems.isEmpty else { return false }
        let distinct = Set(contentStems)
        var sharedCounts: [Int: Int] = [:]
        for stem in distinct {
            for index in postings[stem] ?? [] { sharedCounts[index, default: 0] += 1 }
        }
        for (index, shared) in sharedCounts {
            let source = sources[index]
            let overlap = Double(shared) / Double(distinct.count)
            let coverage = source.stems.isEmpty ? 0 : Double(shared) / Double(source.stems.count)
            if isQuestion {
                if phase != .clarify && overlap >= Self.overlap { return true }
            } else if source.kind == .guidingQuestion, overlap >= 1, distinct.count >= Self.minimumContentWords {
                if coverage >= Self.echoedStatementShare { return true }
            }
        }
        return false
    }
}
