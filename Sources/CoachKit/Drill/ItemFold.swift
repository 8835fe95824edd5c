import Foundation

/// An ``ItemSchedule``'s reviews folded, in order, into one SM-2 state per item number. Only numbers
/// and dates are touched per review: the card's case study and phase are left blank here and filled in
/// by the schedule for the few cards it returns (copying a card with strings in it, half a million
/// times, was most of `mlsd stats`).
struct ItemFold {
    /// One item's schedule so far.
    struct State {
        /// Its `promptID` is empty and its `phase` a placeholder (see above).
        var card: SpacedRepetition.Card
        var misses: Int
        var reviews: Int
        var missStreak: Int
        var coveredStreak: Int
    }

    let engine: SpacedRepetition
    /// By item number; nil for an item with no review yet.
    private(set) var states: [State?]

    init(engine: SpacedRepetition, itemCount: Int) {
        self.engine = engine
        states = Array(repeating: nil, count: itemCount)
    }

    /// One review more: covered is a passing review (100), missed a failing one (0).
    mutating func add(_ review: ItemSchedule.Review) {
        let slot = Int(review.slot)
        let score = review.covered ? 100 : 0
        guard var state = states[slot] else {
            states[slot] = State(
                card: engine.review(nil, promptID: "", phase: .clarify, score: score, at: review.at),
                misses: review.covered ? 0 : 1, reviews: 1,
                missStreak: review.covered ? 0 : 1, coveredStreak: review.covered ? 1 : 0)
            return
        }
        state.card = engine.review(state.card, promptID: "", phase: .clarify, score: score, at: review.at)
        state.reviews += 1
        state.misses += review.covered ? 0 : 1
        state.missStreak = review.covered ? 0 : state.missStreak + 1
        state.coveredStreak = review.covered ? state.coveredStreak + 1 : 0
        states[slot] = state
    }
}
