/// Where a signal matched within a sentence, and whether a negation reaches the matched words.
struct SignalHit: Sendable, Equatable {
    /// Term indices of the first and last matched word (the span quoted as evidence).
    var first: Int
    var last: Int
    /// Index of a dismissive negation cue covering a matched word, or -1.
    var dismissedBy: Int
    /// Index of any negation cue covering a matched word, or -1.
    var negatedBy: Int
    /// Index of a contrast cue setting a matched word aside ("rather than X"), or -1.
    var rejectedBy: Int = -1

    /// No credit: the topic is dismissed or set aside in favour of another.
    var isWithheld: Bool { dismissedBy >= 0 || rejectedBy >= 0 }

    /// Merges the hits of the parts of an `all` signal.
    func merged(with other: SignalHit) -> SignalHit {
        SignalHit(
            first: min(first, other.first), last: max(last, other.last),
            dismissedBy: dismissedBy >= 0 ? dismissedBy : other.dismissedBy,
            negatedBy: negatedBy >= 0 ? negatedBy : other.negatedBy,
            rejectedBy: rejectedBy >= 0 ? rejectedBy : other.rejectedBy)
    }
}
