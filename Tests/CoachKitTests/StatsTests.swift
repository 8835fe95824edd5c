import Foundation
import Testing
@testable import CoachKit

@Suite("Progress stats")
struct StatsTests {
    let f = ProgressFixtures.self
    var prompts: [Prompt] { [f.prompt(id: "a", title: "A"), f.prompt(id: "b", title: "B"), f.prompt(id: "fixture-feed"), f.prompt(id: "c", title: "C")] }

    func stats(_ summaries: [SessionSummary], now: Date? = nil, calendar: Calendar? = nil) -> ProgressStats {
        ProgressStats(summaries: summaries, prompts: prompts, now: now ?? f.start + 0.5 * f.day, calendar: calendar ?? f.utc)
    }

    @Test func totalsCountSessionsFinishedOnesAndTimeSpent() {
        let summaries = [
            f.summary(at: f.start, scores: [.clarify: 50], elapsed: [.clarify: 600, .frame: 0, .data: 0, .model: 0, .evaluate: 0, .deploy: 0]),
            f.summary(at: f.start - f.day, scores: [:], finished: false,
                      elapsed: [.clarify: 1200, .frame: 1800, .data: 0, .model: 0, .evaluate: 0, .deploy: 0]),
        ]
        let result = stats(summaries)
        #expect(result.sessions == 2)
        #expect(result.finishedSessions == 1)
        #expect(result.practicedSeconds == 3600)
        #expect(result.practicedHours == 1)
        #expect(result.firstPracticed == f.start - f.day)
        #expect(result.lastPracticed == f.start)
    }

    @Test("stats --json and next --json keep their keys' spelling whatever the Swift names")
    func jsonKeysAreAStableInterface() throws {
        let summaries = [f.summary(at: f.start, scores: [.clarify: 50], elapsed: [.clarify: 600, .frame: 0, .data: 0, .model: 0, .evaluate: 0, .deploy: 0])]
        let encoder = JSONEncoder()
        let statsKeys = try #require(try JSONSerialization.jsonObject(with: encoder.encode(stats(summaries))) as? [String: Any]).keys
        #expect(Set(statsKeys).isSuperset(of: ["sessions", "finishedSessions", "practisedSeconds", "firstPractised", "lastPractised", "neverPractised", "phases", "weakestItems", "overrunningPhases", "streak"]))
        let card = try #require(SpacedRepetition().schedule(summaries: summaries, prompts: prompts, now: f.start).cards.first)
        let cardKeys = try #require(try JSONSerialization.jsonObject(with: encoder.encode(card)) as? [String: Any]).keys
        #expect(Set(cardKeys) == ["promptID", "phase", "repetitions", "easiness", "intervalDays", "lastPractised", "lastScore", "attempts"])
    }

    @Test func phaseAveragesCountOnlyScoredPhases() {
        let summaries = [
            f.summary(at: f.start, scores: [.clarify: 40, .data: 90]),
            f.summary(at: f.start + 1, scores: [.clarify: 80]),
            f.summary(at: f.start + 2, scores: [.data: 30], drill: .data),
            f.summary(at: f.start + 3, scores: [:], finished: false),
        ]
        let result = stats(summaries)
        let clarify = result.phases[0], data = result.phases[2]
        #expect(result.phases.map(\.phase) == Phase.allCases)
        #expect(clarify.attempts == 2 && clarify.average == 60)
        #expect(data.attempts == 3 && data.average == 40)  // 90, 0 and 30
        #expect(stats([]).phases.allSatisfy { $0.average == nil && $0.attempts == 0 && $0.trend == nil })
    }

    @Test func trendComparesTheLastFiveAttemptsWithTheFiveBefore() {
        #expect(ProgressStats.trend([50]) == nil)
        #expect(ProgressStats.trend([40, 60]) == 20)
        #expect(ProgressStats.trend([10, 20, 30, 40]) == 20)  // (30+40)/2 − (10+20)/2
        let scores = [0, 0, 0, 10, 10, 10, 10, 10, 50, 50, 50, 50, 50]
        #expect(ProgressStats.trend(scores) == 40)  // the last five average 50, the five before them 10
    }

    @Test func weeklyAveragesEndWithTheCurrentWeekAndLeaveGapsEmpty() {
        // 2027-01-15 is a Friday; ISO weeks start on Monday.
        let now = f.start
        let summaries = [
            f.summary(at: now - 1 * f.day, scores: [.clarify: 80]),  // this week
            f.summary(at: now - 2 * f.day, scores: [.clarify: 60]),  // this week
            f.summary(at: now - 14 * f.day, scores: [.clarify: 30]),  // two weeks ago
            f.summary(at: now - 200 * f.day, scores: [.clarify: 10]),  // before the window
        ]
        let weekly = stats(summaries, now: now).phases[0].weekly
        #expect(weekly.count == ProgressStats.weeks)
        #expect(weekly.last == 70)
        #expect(weekly[ProgressStats.weeks - 3] == 30)
        #expect(weekly.compactMap { $0 }.count == 2)
        #expect(stats(summaries, now: now).phases[0].average == 45)
    }

    @Test func phasesThatRunOverInMostAttemptsAreReported() {
        let budget = Double(f.minutes[.model]! * 60)
        let summaries = [
            f.summary(at: f.start, scores: [:], elapsed: [.model: budget + 120]),
            f.summary(at: f.start + 1, scores: [:], elapsed: [.model: budget + 60]),
            f.summary(at: f.start + 2, scores: [:], elapsed: [.model: budget - 60]),
            f.summary(at: f.start + 3, scores: [:], elapsed: [.model: budget + 180]),
        ]
        let result = stats(summaries)
        let model = result.phases[3]
        #expect(model.timedAttempts == 4 && model.overruns == 3)
        #expect(model.averageOvertimeSeconds == 120)
        #expect(model.usuallyOverruns)
        #expect(result.overrunningPhases == [.model])
        // One overrun is not "usually".
        #expect(!stats([summaries[0]]).phases[3].usuallyOverruns)
    }

    @Test func skippedPhasesNeverOverrunAndOverBudgetCountsTheSameAttemptsAsAttempts() {
        var summary = f.summary(at: f.start, scores: [:])
        summary.phases[0] = f.phase(.clarify, score: 0, elapsed: 0, skipped: true)
        let clarify = stats([summary]).phases[0]
        #expect(clarify.overruns == 0)
        // "Over budget x/y" and "Attempts" are over the same scored attempts, so they always agree.
        #expect(clarify.timedAttempts == clarify.attempts)
    }

    @Test func abandonedSessionsAreLeftOutOfStats() {
        var abandoned = f.summary(at: f.start, scores: [.clarify: 0])
        for index in abandoned.phases.indices { abandoned.phases[index].skipped = true }
        #expect(abandoned.isAbandoned)
        let kept = f.summary(at: f.start + 60, scores: [.clarify: 80])
        let result = stats([abandoned, kept])
        #expect(result.sessions == 1)
        #expect(result.phases[0].attempts == 1)
        #expect(result.phases[0].average == 80)
    }

    @Test func weakestItemsAreTheOnesMissedMostOftenWithTheirDescriptions() throws {
        let summaries = [
            f.summary(at: f.start, scores: [.clarify: 95], drill: .clarify),  // clarify-a ✓, clarify-b ✓
            f.summary(at: f.start + 1, scores: [.clarify: 70], drill: .clarify),  // clarify-a ✓, clarify-b ✗
            f.summary(at: f.start + 2, scores: [.clarify: 50], drill: .clarify),  // both ✗
            f.summary(at: f.start + 3, scores: [.data: 65], drill: .data),  // data-a ✓, data-b ✗
            f.summary(at: f.start + 4, scores: [.data: 10], drill: .data),  // both ✗
            f.summary(prompt: "a", at: f.start + 5, scores: [.deploy: 10], drill: .deploy),  // one attempt: too few to rank
        ]
        let items = stats(summaries).weakestItems
        #expect(items.map(\.itemID) == ["data-b", "clarify-b", "data-a", "clarify-a"])
        #expect(items.map(\.misses) == [2, 2, 1, 1])
        #expect(items.map(\.attempts) == [2, 3, 2, 3])
        let first = try #require(items.first)
        #expect(first.promptID == "fixture-feed" && first.phase == .data && first.missRate == 1)
        #expect(first.description == "B for data")
        // Items of a prompt that is gone keep their id and have no description; the limit applies.
        let gone = ProgressStats(summaries: summaries, prompts: [], now: f.start, calendar: f.utc, weakestLimit: 2)
        #expect(gone.weakestItems.map(\.itemID) == ["data-b", "clarify-b"])
        #expect(gone.weakestItems.allSatisfy { $0.description == nil })
    }

    @Test func promptsNeverPracticedKeepTheLibraryOrder() {
        let result = stats([f.summary(prompt: "b", at: f.start, scores: [:]), f.summary(at: f.start, scores: [:])])
        #expect(result.neverPracticed == ["a", "c"])
    }

    @Test func theStreakCountsConsecutiveDaysEndingTodayOrYesterday() {
        let now = f.start + 10 * 3600  // Friday 18:00 UTC
        let days = [0, 1, 2, 5, 6, 7, 8]  // days ago
        let summaries = days.map { f.summary(at: now - Double($0) * f.day, scores: [:]) }
        var streak = stats(summaries, now: now).streak
        #expect(streak == .init(current: 3, longest: 4, practicedToday: true, practiceDays: 7))
        // Nothing yet today: yesterday's streak is still alive.
        streak = stats(Array(summaries.dropFirst()), now: now).streak
        #expect(streak.current == 2 && !streak.practicedToday && streak.longest == 4)
        // Two days without practice break it.
        streak = stats(Array(summaries.dropFirst(3)), now: now).streak
        #expect(streak.current == 0 && streak.longest == 4)
        // Several sessions on one day are one day.
        streak = stats(summaries + [f.summary(at: now - 1, scores: [:])], now: now).streak
        #expect(streak.practiceDays == 7)
    }

    @Test func daysFollowTheUsersTimeZone() {
        // 23:30 UTC on Thursday is already Friday in UTC+2.
        let late = f.start - 8.5 * 3600
        let friday = f.start + 3600
        var plusTwo = Calendar(identifier: .iso8601)
        plusTwo.timeZone = TimeZone(secondsFromGMT: 7200)!
        let summaries = [f.summary(at: late, scores: [:]), f.summary(at: friday, scores: [:])]
        #expect(stats(summaries, now: friday, calendar: f.utc).streak.current == 2)
        #expect(stats(summaries, now: friday, calendar: plusTwo).streak.current == 1)
        #expect(stats(summaries, now: friday, calendar: plusTwo).streak.practiceDays == 1)
    }
}
