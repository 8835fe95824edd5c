import Foundation

/// An ``ItemSchedule``'s reviews folded, in order, into one SM-2 state per item number. Only numbers
/// and dates are touched per review (no card, whose strings would be retained and released half a
/// million times in `mlsd stats`); the schedule makes cards of the few candidates it returns.
struct ItemFold {
    /// One item's schedule so far; `reviews` is 0 for an item not reviewed yet.
    struct State {
        var recall = SpacedRepetition.Recall(repetitions: 0, easiness: 0, intervalDays: 0, lastPracticed: .distantPast, lastScore: 0, attempts: 0)
        var misses = 0
        var reviews = 0
        var missStreak = 0
        var coveredStreak = 0
    }

    let engine: SpacedRepetition
    /// By item number.
    private(set) var states: [State]

    init(engine: SpacedRepetition, itemCount: Int) {
        self.engine = engine
        states = Array(repeating: State(), count: itemCount)
    }

    /// One review more: covered is a passing review (100), missed a failing one (0).
    mutating func add(_ review: ItemSchedule.Review) {
        let slot = Int(review.slot)
        let covered = review.covered
        let previous = states[slot].reviews == 0 ? nil : states[slot].recall
        states[slot].recall = engine.review(previous, score: covered ? 100 : 0, at: review.at)
        states[slot].reviews += 1
        states[slot].misses += covered ? 0 : 1
        states[slot].missStreak = covered ? 0 : states[slot].missStreak + 1
        states[slot].coveredStreak = covered ? states[slot].coveredStreak + 1 : 0
    }
}
