import Foundation
import Testing
@testable import CoachKit

/// `mlsd drill` in the library: the one-item drill run by the interview engine on a manual clock, its
/// record, the drill log, and the spaced-repetition schedule over (case study, phase, item).
@Suite struct ItemDrillTests {
    typealias F = InterviewFixtures
    let day: TimeInterval = 86_400

    func drill(_ itemID: String = "deploy-b") -> ItemDrill {
        ItemDrill(prompt: F.prompt(), itemID: itemID)!
    }

    @Test func theQuestionIsBuiltFromTheItemAndTheItemIsFoundInItsPhase() throws {
        let item = drill()
        #expect(item.phase == .deploy)
        #expect(item.question == "Say beta.")
        #expect(item.description == "B for deploy")
        #expect(ItemDrill(prompt: F.prompt(), itemID: "no-such-item") == nil)
    }

    @Test func aDrillIsOnePhaseOfItsSecondsScoredOnTheOneItemWithNoFollowUp() throws {
        let clock = ManualClock()
        var (engine, notices) = InterviewEngine.startDrill(
            prompt: F.prompt(), lexicon: F.lexicon, item: drill(), seconds: 90, clock: clock, id: "d1", save: { _ in })
        guard case .phaseStarted(let intro) = notices.first else { Issue.record("no intro: \(notices)"); return }
        #expect(intro.drillQuestion == "Say beta.")
        #expect(intro.budgetSeconds == 90)
        #expect(engine.session.phases.count == 1 && engine.session.options.followUps == false)
        #expect(!engine.asksFollowUps)
        // Alpha deploy is the phase's other (heavier) item: it does not count in a drill on beta.
        _ = engine.submit("We say alpha deploy and then beta deploy for the rollout.")
        clock.advance(by: 91)
        #expect(engine.tick().contains(.timeUp(.deploy)))
        let end = engine.submit("/next")
        guard case .finished(let report) = end.last else { Issue.record("not finished: \(end)"); return }
        #expect(report.overall == 100)
        let phase = try #require(report.phases[.deploy])
        #expect(phase.items.map(\.id) == ["deploy-b"])
        #expect(engine.session.phases[0].followUp == nil)
        let attempt = try #require(DrillAttempt(session: engine.session))
        #expect(attempt.covered && attempt.itemID == "deploy-b" && attempt.phase == .deploy)
        #expect(attempt.evidence?.contains("beta deploy") == true)
        #expect(attempt.elapsedSeconds == 91)
    }

    @Test func aMissIsScoredZeroAndAnEmptyDrillIsNotRecorded() throws {
        var (missed, _) = InterviewEngine.startDrill(
            prompt: F.prompt(), lexicon: F.lexicon, item: drill(), seconds: 60, clock: ManualClock(), id: "d2", save: { _ in })
        _ = missed.submit("Only alpha deploy here.")
        _ = missed.endOfInput()
        #expect(missed.session.report?.overall == 0)
        #expect(DrillAttempt(session: missed.session)?.covered == false)

        var (empty, _) = InterviewEngine.startDrill(
            prompt: F.prompt(), lexicon: F.lexicon, item: drill(), seconds: 60, clock: ManualClock(), id: "d3", save: { _ in })
        _ = empty.endOfInput()
        #expect(empty.session.isAbandoned)
        #expect(DrillAttempt(session: empty.session) == nil)
    }

    // MARK: - Schedule

    func attempt(_ item: String, covered: Bool, at date: Date) -> DrillAttempt {
        DrillAttempt(
            id: "\(date.timeIntervalSince1970)", promptID: "fixture-feed", promptVersion: 1, phase: .deploy, itemID: item,
            question: "Say it.", answer: "…", startedAt: date, budgetSeconds: 90, elapsedSeconds: 60, covered: covered, evidence: nil)
    }

    @Test func missedItemsBecomeCardsThatComeBackAsTheEngineSaysAndCountAsMasteredAfterTwoCoveredTries() throws {
        let start = ProgressFixtures.start
        let prompts = [ProgressFixtures.prompt()]
        // A finished interview: every phase scored 70, so item a covered and item b missed everywhere.
        let interview = ProgressFixtures.summary(at: start, scores: Dictionary(uniqueKeysWithValues: Phase.allCases.map { ($0, 70) }))
        var schedule = ItemSchedule(summaries: [interview], drills: [], prompts: prompts)
        let cards = schedule.cards(at: start + day / 2)
        #expect(cards.count == 6)  // only the missed "-b" items are candidates
        #expect(cards.allSatisfy { $0.itemID.hasSuffix("-b") && $0.misses == 1 && !$0.isMastered })
        // A miss comes back after a day.
        #expect(schedule.next(at: start + day / 2)?.isDue == false)
        let due = try #require(schedule.next(at: start + day + 60))
        #expect(due.isDue)

        let drills = [attempt("deploy-b", covered: true, at: start + day + 60), attempt("deploy-b", covered: true, at: start + 2 * day + 120)]
        schedule = ItemSchedule(summaries: [interview], drills: drills, prompts: prompts)
        let deploy = try #require(schedule.cards(at: start + 2 * day + 180).first { $0.itemID == "deploy-b" })
        #expect(deploy.coveredStreak == 2 && deploy.isMastered)
        #expect(deploy.card.intervalDays == 6)  // SM-2: 1 day, then 6
        #expect(!deploy.card.isDue(at: start + 2 * day + 180))
        // The other five are due and come first; the mastered one is last.
        #expect(schedule.cards(at: start + 2 * day + 180).last?.itemID == "deploy-b")

        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let weekly = schedule.masteredByWeek(now: start + 2 * day + 180, calendar: calendar, weeks: 3)
        #expect(weekly.map(\.mastered) == [0, 0, 1] || weekly.map(\.mastered) == [0, 1, 1])
        #expect(weekly.last?.candidates == 6)
        let progress = DrillProgress(schedule: schedule, drills: drills, now: start + 2 * day + 180, calendar: calendar, weeks: 3)
        #expect(progress.drills == 2 && progress.drillsCovered == 2 && progress.mastered == 1 && progress.candidates == 6 && progress.due == 5)
    }

    @Test func abandonedAndUnfinishedSessionsAndOtherPromptsFeedNoCards() {
        let start = ProgressFixtures.start
        var abandoned = ProgressFixtures.summary(at: start, scores: [:])
        for index in abandoned.phases.indices { abandoned.phases[index].skipped = true }
        let unfinished = ProgressFixtures.summary(at: start, scores: [.clarify: 10], finished: false)
        let other = ProgressFixtures.summary(prompt: "gone", at: start, scores: [:])
        let schedule = ItemSchedule(summaries: [abandoned, unfinished, other], drills: [], prompts: [ProgressFixtures.prompt()])
        #expect(schedule.cards(at: start + 10 * day).isEmpty)
        #expect(schedule.next(at: start + 10 * day) == nil)
    }

    @Test func aDrillIsRecommendedWhenNoPhaseIsDueOrTheItemWasMissedTwiceInARow() throws {
        let start = ProgressFixtures.start
        let prompts = [ProgressFixtures.prompt()]
        let interview = ProgressFixtures.summary(at: start, scores: Dictionary(uniqueKeysWithValues: Phase.allCases.map { ($0, 70) }))
        let now = start + 1.5 * day
        let phaseDue = PracticeRecommendation(kind: .due, promptID: "fixture-feed", phase: .model, due: start, lastScore: 40, reason: "r")
        let newPrompt = PracticeRecommendation(kind: .newPrompt, promptID: "other", phase: nil, due: nil, lastScore: nil, reason: "r")
        let once = ItemSchedule(summaries: [interview], drills: [], prompts: prompts)
        #expect(once.drillInstead(of: phaseDue, at: now) == nil)
        #expect(once.drillInstead(of: newPrompt, at: now) != nil)
        #expect(once.drillInstead(of: nil, at: now) != nil)
        // Not due yet: no drill whatever the alternative.
        #expect(once.drillInstead(of: newPrompt, at: start + day / 2) == nil)
        let twice = ItemSchedule(summaries: [interview], drills: [attempt("deploy-b", covered: false, at: start + day + 60)], prompts: prompts)
        let card = try #require(twice.drillInstead(of: phaseDue, at: start + 2.5 * day))
        #expect(card.itemID == "deploy-b" && card.missStreak == 2)
    }

    // MARK: - Log

    @Test func theLogKeepsAttemptsAndNeverOverwritesADamagedFile() throws {
        let folder = ProgressFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = DrillLog(url: folder.appendingPathComponent("drills.json"))
        #expect(try log.load().isEmpty)
        let first = attempt("deploy-b", covered: true, at: ProgressFixtures.start)
        let second = attempt("deploy-a", covered: false, at: ProgressFixtures.start + 60)
        try log.append(first)
        try log.append(second)
        #expect(try log.load() == [first, second])

        try Data("{not json".utf8).write(to: log.url)
        #expect(throws: DrillLog.LogError.self) { try log.load() }
        #expect(throws: DrillLog.LogError.self) { try log.append(first) }
        #expect(try String(contentsOf: log.url, encoding: .utf8) == "{not json")

        try Data(#"{"schemaVersion": 99, "attempts": []}"#.utf8).write(to: log.url)
        #expect(throws: DrillLog.LogError.newerVersion(path: log.url.path, version: 99)) { try log.load() }
    }
}
