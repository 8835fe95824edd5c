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

    /// One scoring of one item, by the item's number (see ``items``): 500,000 of these over 10,000
    /// sessions, so no strings are copied, hashed or released per review.
    struct Review: Sendable, Equatable {
        var slot: Int32
        var covered: Bool
        var at: Date
    }

    /// One (case study, phase, rubric item) reviewed, numbered by its place in ``items``.
    struct Item: Sendable, Hashable {
        var promptID: String
        var phase: Phase
        var itemID: String
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
    /// Every review, oldest first (reviews at the same instant in the order they were given: sessions
    /// in the order passed, then drills).
    let reviews: [Review]
    /// The items reviewed, each once; a review's `slot` is a place in this list.
    let items: [Item]
    /// Each item's description in the current prompt; nil when the prompt no longer has it (then the
    /// item is never a candidate).
    let descriptions: [String?]

    /// - Parameters:
    ///   - summaries: sessions; only finished, non-abandoned ones count (see ``SessionSummary/countsAsPractice``).
    ///   - drills: the drill log's attempts.
    ///   - prompts: the case studies that can be practised: items of other prompts are left out.
    public init(summaries: [SessionSummary], drills: [DrillAttempt], prompts: [Prompt], engine: SpacedRepetition = SpacedRepetition()) {
        self.init(summaries: summaries, drills: drills, outlines: prompts.map(\.outline), engine: engine)
    }

    /// The same from prompt outlines, which is all it reads (ids and rubric item descriptions).
    /// - Parameter itemResults: the listing's item results by number (``SessionListing/itemResults``):
    ///   the same reviews without looking half a million item ids up by their strings.
    public init(
        summaries: [SessionSummary], drills: [DrillAttempt], outlines prompts: [PromptOutline], engine: SpacedRepetition = SpacedRepetition(),
        itemResults: ItemResults? = nil
    ) {
        self.engine = engine
        let outlines = Dictionary(prompts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var numbering = ItemNumbering(outlines: outlines)
        // Sessions oldest first (a stable sort keeps the given order for equal start times), their
        // reviews in order, then the drills the same way: merged, that is every review sorted by
        // (time, order given) without sorting half a million reviews.
        let sessions = summaries.indices
            .filter { summaries[$0].countsAsPractice && outlines[summaries[$0].promptID] != nil }
            .sorted { (summaries[$0].startedAt, $0) < (summaries[$1].startedAt, $1) }
        var fromSessions: [Review] = []
        let numbered = itemResults.flatMap { $0.lines(up: summaries) ? $0 : nil }
        if let numbered {
            // Half a million reviews: room for all of them at once rather than regrowing the array.
            fromSessions.reserveCapacity(sessions.reduce(0) { $0 + numbered.results(at: $1).count })
        }
        for position in sessions {
            if let numbered {
                let startedAt = summaries[position].startedAt
                for result in numbered.results(at: position) {
                    let slot = numbering.slot(number: result >> 1, in: numbered)
                    fromSessions.append(Review(slot: slot, covered: result & 1 == 1, at: startedAt))
                }
                continue
            }
            let summary = summaries[position]
            let prompt = numbering.promptNumber(summary.promptID)
            for record in summary.phases where record.score != nil {
                for item in record.matched {
                    let slot = numbering.slot(prompt: prompt, promptID: summary.promptID, phase: record.phase, itemID: item)
                    fromSessions.append(Review(slot: slot, covered: true, at: summary.startedAt))
                }
                for item in record.missed {
                    let slot = numbering.slot(prompt: prompt, promptID: summary.promptID, phase: record.phase, itemID: item)
                    fromSessions.append(Review(slot: slot, covered: false, at: summary.startedAt))
                }
            }
        }
        let fromDrills = drills.indices
            .filter { outlines[drills[$0].promptID] != nil }
            .sorted { (drills[$0].startedAt, $0) < (drills[$1].startedAt, $1) }
            .map { position in
                let attempt = drills[position]
                let slot = numbering.slot(promptID: attempt.promptID, phase: attempt.phase, itemID: attempt.itemID)
                return Review(slot: slot, covered: attempt.covered, at: attempt.startedAt)
            }
        reviews = Self.merge(fromSessions, fromDrills)
        items = numbering.items
        descriptions = numbering.descriptions
    }

    /// Two lists sorted by time merged into one; on equal times the first list's review comes first
    /// (session reviews were numbered before drills).
    static func merge(_ first: [Review], _ second: [Review]) -> [Review] {
        guard !second.isEmpty else { return first }
        var merged: [Review] = []
        merged.reserveCapacity(first.count + second.count)
        var (i, j) = (0, 0)
        while i < first.count || j < second.count {
            if j == second.count || (i < first.count && first[i].at <= second[j].at) {
                merged.append(first[i])
                i += 1
            } else {
                merged.append(second[j])
                j += 1
            }
        }
        return merged
    }

    /// The candidates (items missed at least once) from the reviews up to `cutoff`, most urgent first at `now`.
    public func cards(at now: Date, upTo cutoff: Date? = nil) -> [ItemCard] {
        var fold = ItemFold(engine: engine, itemCount: items.count)
        for review in reviews {
            if let cutoff, review.at > cutoff { break }
            fold.add(review)
        }
        return cards(of: fold, at: now)
    }

    /// The candidates of a fold, most urgent first at `now`.
    private func cards(of fold: ItemFold, at now: Date) -> [ItemCard] {
        let candidates = fold.states.indices.compactMap { slot in card(slot, fold.states[slot]) }
        return candidates.sorted { a, b in
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

    /// Whether a folded item is a drill candidate: missed at least once, and still in its prompt.
    func isCandidate(_ slot: Int, _ state: ItemFold.State) -> Bool {
        state.misses > 0 && descriptions[slot] != nil
    }

    /// The card of a candidate, its strings filled in (the fold leaves them out); nil for others.
    private func card(_ slot: Int, _ state: ItemFold.State) -> ItemCard? {
        guard isCandidate(slot, state) else { return nil }
        let item = items[slot]
        return ItemCard(
            promptID: item.promptID, phase: item.phase, itemID: item.itemID, description: descriptions[slot],
            card: SpacedRepetition.Card(promptID: item.promptID, phase: item.phase, recall: state.recall),
            misses: state.misses, reviews: state.reviews, missStreak: state.missStreak, coveredStreak: state.coveredStreak)
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
        progress(now: now, calendar: calendar, weeks: weeks).weekly
    }

    /// ``masteredByWeek(now:calendar:weeks:)`` and ``cards(at:upTo:)`` at `now` from one pass over the
    /// reviews (`stats` wants both, over half a million reviews): the fold that counted the last week
    /// goes on with any later reviews, which is the fold of them all.
    public func progress(now: Date, calendar: Calendar, weeks: Int) -> (weekly: [(mastered: Int, candidates: Int)], cards: [ItemCard]) {
        let thisWeek = calendar.dateInterval(of: .weekOfYear, for: now)?.start ?? calendar.startOfDay(for: now)
        let ends = (0..<weeks).map { index in
            let weekStart = calendar.date(byAdding: .weekOfYear, value: index - (weeks - 1), to: thisWeek) ?? thisWeek
            return index == weeks - 1 ? now : (calendar.date(byAdding: .weekOfYear, value: 1, to: weekStart) ?? weekStart).addingTimeInterval(-0.001)
        }
        var fold = ItemFold(engine: engine, itemCount: items.count)
        var next = 0
        let weekly = ends.map { end in
            while next < reviews.count, reviews[next].at <= end {
                fold.add(reviews[next])
                next += 1
            }
            var (mastered, candidates) = (0, 0)
            for (slot, state) in fold.states.enumerated() where isCandidate(slot, state) {
                candidates += 1
                if state.coveredStreak >= Self.masteryStreak { mastered += 1 }
            }
            return (mastered, candidates)
        }
        while next < reviews.count {
            fold.add(reviews[next])
            next += 1
        }
        return (weekly, cards(of: fold, at: now))
    }
}
