import Foundation

/// Spaced repetition over single rubric items — (case study, phase, item) — for `mlsd drill`: the same
/// SM-2 engine as ``SpacedRepetition``, fed with every time an item was scored. An item covered in a
/// finished interview or drill is a passing review (100), a missed one a failing review (0), so an
/// item missed comes back the next day and one covered twice in a row moves out to 6 days and beyond.
///
/// Only items missed at least once are drill candidates ("items you keep missing"); one of those is
/// *mastered* once it has been covered in its last ``masteryStreak`` reviews.
///
/// ```swift
/// let schedule = ItemSchedule(summaries: listing.summaries, drills: try log.load(), prompts: prompts)
/// schedule.next(at: now)          // the most urgent item to drill
/// schedule.masteredByWeek(...)    // items mastered over time, for stats
/// ```
public struct ItemSchedule: Sendable {
    /// How many covered reviews in a row make a once-missed item mastered.
    public static let masteryStreak = 2

    /// One scoring of one item.
    public struct Review: Sendable, Equatable {
        public var promptID: String
        public var phase: Phase
        public var itemID: String
        public var covered: Bool
        public var at: Date
        /// Tie-break for reviews at the same instant (file order).
        public var order: Int
        /// The item's number in this schedule: equal for equal (prompt, phase, item), so folding the
        /// reviews needs no hashing of strings per review.
        var slot: Int = 0
    }

    /// A drill candidate's schedule.
    public struct ItemCard: Codable, Sendable, Equatable {
        public var promptID: String
        public var phase: Phase
        public var itemID: String
        /// From the current prompt; nil when it no longer has the item.
        public var description: String?
        public var card: SpacedRepetition.Card
        public var misses: Int
        public var reviews: Int
        /// Misses in a row at the end (0 when the last review covered it).
        public var missStreak: Int
        /// Covered reviews in a row at the end.
        public var coveredStreak: Int

        public var isMastered: Bool { coveredStreak >= ItemSchedule.masteryStreak }
        public var due: Date { card.due }
    }

    public let engine: SpacedRepetition
    public let reviews: [Review]
    let prompts: [String: PromptOutline]

    /// - Parameters:
    ///   - summaries: sessions; only finished, non-abandoned ones count (see ``SessionSummary/countsAsPractice``).
    ///   - drills: the drill log's attempts.
    ///   - prompts: the case studies that can be practised: items of other prompts are left out.
    public init(summaries: [SessionSummary], drills: [DrillAttempt], prompts: [Prompt], engine: SpacedRepetition = SpacedRepetition()) {
        self.init(summaries: summaries, drills: drills, outlines: prompts.map(\.outline), engine: engine)
    }

    /// The same from prompt outlines, which is all it reads (ids and rubric item descriptions).
    public init(summaries: [SessionSummary], drills: [DrillAttempt], outlines prompts: [PromptOutline], engine: SpacedRepetition = SpacedRepetition()) {
        self.engine = engine
        self.prompts = Dictionary(prompts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var reviews: [Review] = []
        var order = 0
        for summary in summaries where summary.countsAsPractice && self.prompts[summary.promptID] != nil {
            for record in summary.phases where record.score != nil {
                for (items, covered) in [(record.matched, true), (record.missed, false)] {
                    for item in items {
                        reviews.append(Review(promptID: summary.promptID, phase: record.phase, itemID: item, covered: covered, at: summary.startedAt, order: order))
                        order += 1
                    }
                }
            }
        }
        for attempt in drills where self.prompts[attempt.promptID] != nil {
            reviews.append(Review(promptID: attempt.promptID, phase: attempt.phase, itemID: attempt.itemID, covered: attempt.covered, at: attempt.startedAt, order: order))
            order += 1
        }
        struct Key: Hashable { var prompt: String; var phase: Phase; var item: String }
        var slots: [Key: Int] = [:]
        for index in reviews.indices {
            let key = Key(prompt: reviews[index].promptID, phase: reviews[index].phase, item: reviews[index].itemID)
            if let slot = slots[key] {
                reviews[index].slot = slot
            } else {
                reviews[index].slot = slots.count
                slots[key] = slots.count
            }
        }
        slotCount = slots.count
        self.reviews = reviews.sorted { ($0.at, $0.order) < ($1.at, $1.order) }
    }

    /// How many different (prompt, phase, item) the reviews cover.
    let slotCount: Int

    /// The candidates (items missed at least once) from the reviews up to `cutoff`, most urgent first at `now`.
    public func cards(at now: Date, upTo cutoff: Date? = nil) -> [ItemCard] {
        var fold = Fold(schedule: self)
        for review in reviews {
            if let cutoff, review.at > cutoff { break }
            fold.add(review)
        }
        return fold.candidates.sorted { a, b in
            let (dueA, dueB) = (a.card.isDue(at: now), b.card.isDue(at: now))
            if dueA != dueB { return dueA }
            if dueA {
                let (pa, pb) = (engine.priority(of: a.card, at: now), engine.priority(of: b.card, at: now))
                if pa != pb { return pa > pb }
                if a.misses != b.misses { return a.misses > b.misses }
            } else if a.due != b.due {
                return a.due < b.due
            }
            return (a.promptID, a.phase, a.itemID) < (b.promptID, b.phase, b.itemID)
        }
    }

    /// The reviews folded, in order, into one card per (prompt, phase, item).
    private struct Fold {
        let schedule: ItemSchedule
        var cards: [ItemCard?]

        init(schedule: ItemSchedule) {
            self.schedule = schedule
            cards = Array(repeating: nil, count: schedule.slotCount)
        }

        /// Items missed at least once that the prompt still has, in no particular order.
        var candidates: [ItemCard] { cards.compactMap { $0 }.filter { $0.misses > 0 && $0.description != nil } }

        mutating func add(_ review: Review) {
            let key = review.slot
            let score = review.covered ? 100 : 0
            let engine = schedule.engine
            if var existing = cards[key] {
                existing.card = engine.review(existing.card, promptID: review.promptID, phase: review.phase, score: score, at: review.at)
                existing.reviews += 1
                existing.misses += review.covered ? 0 : 1
                existing.missStreak = review.covered ? 0 : existing.missStreak + 1
                existing.coveredStreak = review.covered ? existing.coveredStreak + 1 : 0
                cards[key] = existing
            } else {
                cards[key] = ItemCard(
                    promptID: review.promptID, phase: review.phase, itemID: review.itemID,
                    description: schedule.prompts[review.promptID]?.itemDescription(review.phase, review.itemID),
                    card: engine.review(nil, promptID: review.promptID, phase: review.phase, score: score, at: review.at),
                    misses: review.covered ? 0 : 1, reviews: 1, missStreak: review.covered ? 0 : 1, coveredStreak: review.covered ? 1 : 0)
            }
        }
    }

    /// What to drill now: the most urgent due candidate, else (nothing due) the one due soonest; nil
    /// when no item was ever missed. `isDue` says which.
    public func next(at now: Date) -> (card: ItemCard, isDue: Bool)? {
        guard let first = cards(at: now).first else { return nil }
        return (first, first.card.isDue(at: now))
    }

    /// The item drill to do instead of `recommendation` (from ``SpacedRepetition/schedule(summaries:prompts:now:)``),
    /// when a drill is the best use of the next ten minutes: an item is due, and either no phase is due
    /// for review (the alternative is a new case study or getting ahead) or the item was missed in its
    /// last two reviews or more — a gap a two-minute drill closes faster than another 45-minute interview.
    public func drillInstead(of recommendation: PracticeRecommendation?, at now: Date) -> ItemCard? {
        let due = cards(at: now).filter { $0.card.isDue(at: now) }
        guard let recommendation, recommendation.kind == .due else { return due.first }
        return due.first { $0.missStreak >= 2 }
    }

    /// Drill candidates that are mastered at the end of each of the last `weeks` weeks (oldest first),
    /// and the number of candidates at that time — "items mastered over time" in `mlsd stats`.
    public func masteredByWeek(now: Date, calendar: Calendar, weeks: Int) -> [(mastered: Int, candidates: Int)] {
        let thisWeek = calendar.dateInterval(of: .weekOfYear, for: now)?.start ?? calendar.startOfDay(for: now)
        let ends = (0..<weeks).map { index in
            let weekStart = calendar.date(byAdding: .weekOfYear, value: index - (weeks - 1), to: thisWeek) ?? thisWeek
            return index == weeks - 1 ? now : (calendar.date(byAdding: .weekOfYear, value: 1, to: weekStart) ?? weekStart).addingTimeInterval(-0.001)
        }
        // One pass over the reviews, counting at each week's end (stats runs this over every session).
        var fold = Fold(schedule: self)
        var next = 0
        return ends.map { end in
            while next < reviews.count, reviews[next].at <= end {
                fold.add(reviews[next])
                next += 1
            }
            let candidates = fold.candidates
            return (candidates.filter(\.isMastered).count, candidates.count)
        }
    }
}
