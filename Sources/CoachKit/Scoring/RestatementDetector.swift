/// Recognises sentences that only restate the prompt's statement ("So we need to design a system
/// that recommends videos on the home feed"). Repeating the question back is not an answer to it;
/// a sentence that adds its own content words, a number, or asks a question is not a restatement.
struct RestatementDetector: Sendable {
    /// A sentence is a restatement when at least this share of its content words come from the statement…
    static let overlap = 0.8
    /// …and it has at least this many content words (short fragments are judged by the matcher alone).
    static let minimumContentWords = 4
    /// The share of an answer's content words in restatements above which the answer restates the question.
    static let restatementShare = 0.5

    /// Within an answer that mostly restates the question, sentences sharing this much are restatements too.
    static let overlapInRestatingAnswer = 0.5

    /// The share of `contentStems` that occur in the statement.
    func overlap(contentStems: [String], statementStems: Set<String>) -> Double {
        guard !contentStems.isEmpty else { return 0 }
        return Double(contentStems.filter { statementStems.contains($0) }.count) / Double(contentStems.count)
    }

    func isRestatement(overlap: Double, contentWords: Int, isQuestion: Bool, threshold: Double = RestatementDetector.overlap) -> Bool {
        !isQuestion && contentWords >= Self.minimumContentWords && overlap >= threshold
    }
}
