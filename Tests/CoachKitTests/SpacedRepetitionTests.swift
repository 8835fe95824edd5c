import Foundation
import Testing
@testable import CoachKit

@Suite("Spaced repetition")
struct SpacedRepetitionTests {
    let f = ProgressFixtures.self
    let scheduler = SpacedRepetition()

    @Test func passingReviewsGrowTheIntervalOneDaySixDaysThenTimesTheEasiness() {
        var card = scheduler.review(nil, promptID: "p", phase: .data, score: 80, at: f.start)
        #expect(card.intervalDays == 1 && card.repetitions == 1 && card.attempts == 1)
        #expect(abs(card.easiness - 2.5) < 1e-9)  // quality 4 keeps the easiness
        card = scheduler.review(card, promptID: "p", phase: .data, score: 80, at: card.due)
        #expect(card.intervalDays == 6 && card.repetitions == 2)
        card = scheduler.review(card, promptID: "p", phase: .data, score: 100, at: card.due)
        #expect(abs(card.easiness - 2.6) < 1e-9)  // quality 5 adds 0.1
        #expect(abs(card.intervalDays - 6 * 2.6) < 1e-9)
        #expect(card.due == card.lastPracticed + card.intervalDays * f.day)
    }

    @Test func aFailingScoreBringsThePhaseBackTheNextDayAndLowersTheEasiness() {
        var card = scheduler.review(nil, promptID: "p", phase: .model, score: 90, at: f.start)
        card = scheduler.review(card, promptID: "p", phase: .model, score: 90, at: f.start + f.day)
        card = scheduler.review(card, promptID: "p", phase: .model, score: 90, at: f.start + 7 * f.day)
        #expect(card.intervalDays > 6)
        let easiness = card.easiness
        card = scheduler.review(card, promptID: "p", phase: .model, score: 35, at: f.start + 20 * f.day)
        #expect(card.intervalDays == 1 && card.repetitions == 0 && card.lastScore == 35)
        #expect(card.easiness < easiness)
        // The easiness never falls below the floor, however badly it goes.
        for day in 21..<40 { card = scheduler.review(card, promptID: "p", phase: .model, score: 0, at: f.start + Double(day) * f.day) }
        #expect(card.easiness == scheduler.minimumEasiness)
        #expect(card.intervalDays == 1)
    }

    @Test func aLatePassCountsPartOfTheExtraTime() {
        var onTime = scheduler.review(nil, promptID: "p", phase: .frame, score: 80, at: f.start)
        onTime = scheduler.review(onTime, promptID: "p", phase: .frame, score: 80, at: f.start + f.day)
        var late = onTime
        onTime = scheduler.review(onTime, promptID: "p", phase: .frame, score: 80, at: onTime.due)
        late = scheduler.review(late, promptID: "p", phase: .frame, score: 80, at: late.due + 10 * f.day)
        #expect(abs(onTime.intervalDays - 15) < 1e-9)  // 6 × 2.5
        #expect(abs(late.intervalDays - (6 + 16) / 2 * 2.5) < 1e-9)  // half of the 10 extra days count
    }

    @Test func cardsReplayEverySessionOldestFirstAndSkipUnscoredPhases() {
        let summaries = [
            f.summary(at: f.start + 7 * f.day, scores: [.data: 70], drill: .data),
            f.summary(at: f.start, scores: [.clarify: 90, .data: 40]),
            f.summary(at: f.start + 8 * f.day, scores: [:], finished: false),
        ]
        let cards = scheduler.cards(from: summaries)
        #expect(cards.count == 6)
        let data = cards.first { $0.phase == .data }
        #expect(data?.attempts == 2 && data?.lastScore == 70 && data?.lastPracticed == f.start + 7 * f.day && data?.repetitions == 1)
    }

    @Test func withoutSessionsAFullInterviewOnTheFirstCaseStudyIsRecommended() throws {
        let recommendation = try #require(scheduler.next(summaries: [], prompts: [f.prompt(id: "a", title: "Alpha"), f.prompt(id: "b")], now: f.start))
        #expect(recommendation.kind == .newPrompt && recommendation.promptID == "a" && recommendation.phase == nil)
        #expect(recommendation.reason.contains("Alpha"))
        #expect(scheduler.next(summaries: [], prompts: [], now: f.start) == nil)
    }

    @Test func theWeakestMostOverduePhaseComesFirst() throws {
        let prompts = [f.prompt(id: "fixture-feed", title: "Fixture feed")]
        // Two days ago: data failed (interval 1 day), everything else passed (interval 1 day too, first review).
        // Yesterday: everything but data was reviewed again and passed (interval 6 days).
        let summaries = [
            f.summary(at: f.start - 2 * f.day, scores: [.clarify: 80, .frame: 80, .data: 30, .model: 80, .evaluate: 80, .deploy: 80]),
            f.summary(at: f.start - f.day, scores: [.clarify: 80, .frame: 80, .data: 30, .model: 80, .evaluate: 80, .deploy: 80]),
        ]
        let schedule = scheduler.schedule(summaries: summaries, prompts: prompts, now: f.start)
        #expect(schedule.dueCount == 1)
        let recommendation = try #require(schedule.recommendation)
        #expect(recommendation.kind == .due && recommendation.phase == .data && recommendation.lastScore == 30)
        #expect(recommendation.reason.contains("Data on Fixture feed scored 30 yesterday"))
        #expect(recommendation.reason.contains("under 60"))
        #expect(schedule.cards.first?.phase == .data)
        // The rest follow by due date.
        #expect(zip(schedule.cards.dropFirst(), schedule.cards.dropFirst(2)).allSatisfy { $0.due <= $1.due })
    }

    @Test func whenNothingIsDueANewCaseStudyThenAnUnscoredPhaseThenTheNextDueOne() throws {
        let one = f.prompt(id: "one", title: "One"), two = f.prompt(id: "two", title: "Two")
        let drilled = [f.summary(prompt: "one", at: f.start, scores: [.data: 90], drill: .data)]
        let now = f.start + 3600
        var recommendation = try #require(scheduler.next(summaries: drilled, prompts: [one, two], now: now))
        #expect(recommendation.kind == .newPrompt && recommendation.promptID == "two")
        recommendation = try #require(scheduler.next(summaries: drilled, prompts: [one], now: now))
        #expect(recommendation.kind == .newPhase && recommendation.promptID == "one" && recommendation.phase == .clarify)
        let full = [f.summary(prompt: "one", at: f.start, scores: [.clarify: 90, .frame: 80, .data: 70, .model: 95, .evaluate: 90, .deploy: 90])]
        recommendation = try #require(scheduler.next(summaries: full, prompts: [one], now: now))
        #expect(recommendation.kind == .ahead && recommendation.phase == .data)  // same due date: the lowest score first
        #expect(recommendation.reason.contains("Nothing is due"))
    }

    @Test func sessionsOfCaseStudiesNoLongerAvailableAreLeftOut() throws {
        let gone = [f.summary(prompt: "gone", at: f.start - 5 * f.day, scores: [.clarify: 10])]
        let recommendation = try #require(scheduler.next(summaries: gone, prompts: [f.prompt(id: "here")], now: f.start))
        #expect(recommendation.promptID == "here")
    }

    /// Eight weeks of a learner who practises once a day whatever `next` says. Their true skill: every
    /// phase scores 85 except data, which starts at 30 and gains 10 points each time it is practised.
    @Test func overSimulatedWeeksWeakPhasesComeBackSoonerAndStrongOnesSpreadOut() throws {
        let prompts = [f.prompt(id: "p1", title: "P1"), f.prompt(id: "p2", title: "P2")]
        var practiced: [String: Int] = [:]
        func score(_ prompt: String, _ phase: Phase) -> Int {
            phase == .data ? min(90, 30 + 10 * practiced["\(prompt)/data", default: 0]) : 85
        }
        var summaries: [SessionSummary] = []
        var log: [(day: Int, recommendation: PracticeRecommendation, dueBefore: Int)] = []
        for day in 0..<56 {
            let now = f.start + Double(day) * f.day
            let schedule = scheduler.schedule(summaries: summaries, prompts: prompts, now: now)
            let recommendation = try #require(schedule.recommendation)
            log.append((day, recommendation, schedule.dueCount))
            let phases = recommendation.phase.map { [$0] } ?? Phase.allCases
            var scores: [Phase: Int] = [:]
            for phase in phases {
                scores[phase] = score(recommendation.promptID, phase)
                practiced["\(recommendation.promptID)/\(phase.rawValue)", default: 0] += 1
            }
            summaries.append(f.summary(prompt: recommendation.promptID, at: now, scores: scores, drill: recommendation.phase))
        }
        // Something due always wins over new material.
        #expect(log.allSatisfy { $0.dueBefore == 0 || $0.recommendation.kind == .due })
        // Both case studies were started, each with a full interview.
        #expect(log.filter { $0.recommendation.kind == .newPrompt }.map(\.recommendation.promptID) == ["p1", "p2"])
        // The weak phase was drilled more than any strong one.
        let p1Data = practiced["p1/data", default: 0]
        #expect(Phase.allCases.filter { $0 != .data }.allSatisfy { practiced["p1/\($0.rawValue)", default: 0] < p1Data })
        // The day after the first interview, the failed phase comes first of the six due ones, and while it
        // keeps failing it returns within a few days, ahead of the backlog of passing phases.
        #expect(log[1].recommendation.phase == .data && log[1].dueBefore == 6)
        let failingDrills = log.filter { $0.recommendation.promptID == "p1" && $0.recommendation.phase == .data && ($0.recommendation.lastScore ?? 100) < 60 }
        let days = failingDrills.map(\.day)
        #expect(days.count >= 3)
        #expect(zip(days, days.dropFirst()).allSatisfy { $1 - $0 <= 4 })
        // By the end the strong phases are spaced out far beyond a week, and data has caught up.
        let cards = scheduler.cards(from: summaries).filter { $0.promptID == "p1" }
        #expect(cards.filter { $0.phase != .data }.allSatisfy { $0.intervalDays >= 14 })
        let data = try #require(cards.first { $0.phase == .data })
        #expect(data.lastScore >= 60 && data.intervalDays >= 6)
    }
}
