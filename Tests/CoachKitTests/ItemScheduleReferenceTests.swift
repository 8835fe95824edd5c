import Foundation
import Testing
@testable import CoachKit

/// ``ItemSchedule`` numbers items, merges presorted sessions and drills and folds SM-2 on bare numbers
/// (issue 10: `stats` and `next` over 10,000 sessions). These tests hold it to the plain definition —
/// every review made, sorted by (time, order given), folded card by card keyed by strings — on varied
/// histories with ties in time, drills between sessions, unfinished and abandoned sessions, case
/// studies that are gone and items a case study no longer has.
@Suite("Item schedule against its plain definition")
struct ItemScheduleReferenceTests {
    let f = ProgressFixtures.self

    /// The schedule as first written: one review value per scored item, sorted, folded with string keys.
    struct Reference {
        struct Review { var promptID: String; var phase: Phase; var itemID: String; var covered: Bool; var at: Date; var order: Int }
        struct Key: Hashable { var prompt: String; var phase: Phase; var item: String }
        let engine = SpacedRepetition()
        var reviews: [Review] = []
        let outlines: [String: PromptOutline]

        init(summaries: [SessionSummary], drills: [DrillAttempt], outlines list: [PromptOutline]) {
            outlines = Dictionary(list.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var order = 0
            for summary in summaries where summary.countsAsPractice && outlines[summary.promptID] != nil {
                for record in summary.phases where record.score != nil {
                    for (items, covered) in [(record.matched, true), (record.missed, false)] {
                        for item in items {
                            reviews.append(Review(promptID: summary.promptID, phase: record.phase, itemID: item, covered: covered, at: summary.startedAt, order: order))
                            order += 1
                        }
                    }
                }
            }
            for attempt in drills where outlines[attempt.promptID] != nil {
                reviews.append(Review(promptID: attempt.promptID, phase: attempt.phase, itemID: attempt.itemID, covered: attempt.covered, at: attempt.startedAt, order: order))
                order += 1
            }
            reviews.sort { ($0.at, $0.order) < ($1.at, $1.order) }
        }

        /// Candidates (missed at least once, still in the prompt) after the reviews up to `cutoff`, unsorted.
        func candidates(upTo cutoff: Date?) -> [ItemSchedule.ItemCard] {
            var cards: [Key: ItemSchedule.ItemCard] = [:]
            for review in reviews {
                if let cutoff, review.at > cutoff { break }
                let key = Key(prompt: review.promptID, phase: review.phase, item: review.itemID)
                let score = review.covered ? 100 : 0
                if var card = cards[key] {
                    card.card = engine.review(card.card, promptID: review.promptID, phase: review.phase, score: score, at: review.at)
                    card.reviews += 1
                    card.misses += review.covered ? 0 : 1
                    card.missStreak = review.covered ? 0 : card.missStreak + 1
                    card.coveredStreak = review.covered ? card.coveredStreak + 1 : 0
                    cards[key] = card
                } else {
                    cards[key] = ItemSchedule.ItemCard(
                        promptID: review.promptID, phase: review.phase, itemID: review.itemID,
                        description: outlines[review.promptID]?.itemDescription(review.phase, review.itemID),
                        card: engine.review(nil, promptID: review.promptID, phase: review.phase, score: score, at: review.at),
                        misses: review.covered ? 0 : 1, reviews: 1, missStreak: review.covered ? 0 : 1, coveredStreak: review.covered ? 1 : 0)
                }
            }
            return cards.values.filter { $0.misses > 0 && $0.description != nil }
        }
    }

    /// A small deterministic generator (the same histories on every run).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Sessions on two case studies and one that is gone, some starting at the same second, with
    /// items the prompt does not have; drills, some at a session's very time.
    func history(seed: UInt64) -> (summaries: [SessionSummary], drills: [DrillAttempt]) {
        var random = Generator(state: seed)
        var summaries: [SessionSummary] = []
        for index in 0..<60 {
            let prompt = ["fixture-feed", "other-feed", "gone"][random.next(3)]
            let at = f.start + Double(random.next(40)) * f.day / 2
            let scores = Dictionary(uniqueKeysWithValues: Phase.allCases.map { ($0, random.next(101)) })
            var summary = f.summary(prompt: prompt, at: at, scores: scores, drill: random.next(5) == 0 ? .data : nil,
                                    finished: random.next(6) != 0, id: "s\(index)")
            if random.next(10) == 0 { summary.phases[0].missed.append("clarify-removed") }
            if random.next(12) == 0 { for i in summary.phases.indices { summary.phases[i].skipped = true } }
            summaries.append(summary)
        }
        var drills: [DrillAttempt] = []
        for index in 0..<25 {
            let phase = Phase.allCases[random.next(6)]
            let at = random.next(3) == 0 ? summaries[random.next(summaries.count)].startedAt : f.start + Double(random.next(40 * 24)) * 3600
            drills.append(DrillAttempt(
                id: "d\(index)", promptID: ["fixture-feed", "other-feed", "gone"][random.next(3)], promptVersion: 1, phase: phase,
                itemID: "\(phase.rawValue)-\(["a", "b", "removed"][random.next(3)])", question: "Q?", answer: "A.", startedAt: at,
                budgetSeconds: 90, elapsedSeconds: 30, covered: random.next(2) == 0, evidence: nil))
        }
        return (summaries, drills)
    }

    func sortedLikeTheSchedule(_ cards: [ItemSchedule.ItemCard]) -> [ItemSchedule.ItemCard] {
        cards.sorted { ($0.promptID, $0.phase, $0.itemID) < ($1.promptID, $1.phase, $1.itemID) }
    }

    @Test("cards, the next drill and mastery by week are what the plain fold gives", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func matchesTheReference(seed: UInt64) throws {
        let outlines = [f.prompt().outline, f.prompt(id: "other-feed", title: "Other").outline]
        let (summaries, drills) = history(seed: seed)
        // From the summaries' strings, and from their item results by number (as `stats` and `next` get them).
        var numbered = ItemResults()
        for summary in summaries { numbered.append(id: summary.id, results: numbered.results(of: summary)) }
        for schedule in [ItemSchedule(summaries: summaries, drills: drills, outlines: outlines),
                         ItemSchedule(summaries: summaries, drills: drills, outlines: outlines, itemResults: numbered)] {
            try expect(schedule, matches: Reference(summaries: summaries, drills: drills, outlines: outlines))
        }
    }

    func expect(_ schedule: ItemSchedule, matches reference: Reference) throws {
        #expect(schedule.reviews.count == reference.reviews.count)
        for now in [f.start + 5 * f.day, f.start + 21 * f.day, f.start + 60 * f.day] {
            let cards = schedule.cards(at: now)
            #expect(sortedLikeTheSchedule(cards) == sortedLikeTheSchedule(reference.candidates(upTo: nil)))
            #expect(!cards.isEmpty)
            let cutoff = f.start + 10 * f.day
            #expect(sortedLikeTheSchedule(schedule.cards(at: now, upTo: cutoff)) == sortedLikeTheSchedule(reference.candidates(upTo: cutoff)))
            let weekly = schedule.masteredByWeek(now: now, calendar: f.utc, weeks: 8)
            // Both from one pass (what `stats` uses), reviews after `now` included in the cards: the same.
            let progress = schedule.progress(now: now, calendar: f.utc, weeks: 8)
            #expect(progress.cards == cards)
            #expect(progress.weekly.map(\.mastered) == weekly.map(\.mastered))
            #expect(progress.weekly.map(\.candidates) == weekly.map(\.candidates))
            let thisWeek = try #require(f.utc.dateInterval(of: .weekOfYear, for: now)).start
            for (index, week) in weekly.enumerated() {
                let start = try #require(f.utc.date(byAdding: .weekOfYear, value: index - 7, to: thisWeek))
                let end = index == 7 ? now : try #require(f.utc.date(byAdding: .weekOfYear, value: 1, to: start)).addingTimeInterval(-0.001)
                let expected = reference.candidates(upTo: end)
                #expect(week.candidates == expected.count && week.mastered == expected.filter(\.isMastered).count)
            }
        }
    }
}
