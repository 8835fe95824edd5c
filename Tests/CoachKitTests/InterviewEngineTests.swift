import Foundation
import Testing
@testable import CoachKit

/// The interview engine driven by a manual clock: a 45-minute interview runs in milliseconds.
@Suite struct InterviewEngineTests {
    typealias F = InterviewFixtures

    @Test func aSavedSessionRescoresWithoutAnEngineToTheSameReport() throws {
        var (engine, _, _, log) = F.start(followUps: false)
        for phase in Phase.allCases {
            _ = engine.submit("My \(phase.rawValue) answer with some detail.")
            _ = engine.submit("/next")
        }
        let saved = try #require(log.last)
        let decoded = try JSONDecoder().decode(Session.self, from: JSONEncoder().encode(saved))
        let rescored = SessionScorer(prompt: F.prompt(followUps: false), lexicon: F.lexicon).score(decoded)
        #expect(rescored == engine.score())
        #expect(rescored.phases.count == Phase.allCases.count)
    }

    @Test func startPlansBudgetsSavesAndIntroducesTheFirstPhase() throws {
        let (engine, notices, clock, log) = F.start()
        let session = try #require(log.last)
        #expect(session == engine.session)
        #expect(session.promptID == "fixture-feed")
        #expect(session.promptVersion == 3)
        #expect(session.startedAt == clock.now())
        #expect(session.phases.map(\.phase) == Phase.allCases)
        #expect(session.phases.map(\.budgetSeconds) == [300, 300, 480, 600, 480, 540])
        #expect(session.events.map(\.kind) == [.phaseStart])
        guard case .phaseStarted(let intro) = notices.first else { Issue.record("no intro: \(notices)"); return }
        #expect(intro.phase == .clarify)
        #expect(intro.position == 1 && intro.count == 6)
        #expect(intro.budgetSeconds == 300)
        #expect(intro.goal == "Goal of clarify.")
        #expect(intro.questions.isEmpty)
        #expect(engine.stage == .answering)
    }

    @Test func minutesScaleTheBudgetsToTheRequestedTotal() {
        let (engine, _, _, _) = F.start(options: SessionOptions(minutes: 30))
        let budgets = engine.session.phases.map(\.budgetSeconds)
        #expect(budgets.reduce(0, +) == 30 * 60)
        #expect(budgets == [200, 200, 320, 400, 320, 360])
    }

    @Test func everyLineAndCommandIsSavedAtOnce() throws {
        var (engine, _, clock, log) = F.start()
        clock.advance(by: 10)
        _ = engine.submit("Who are the users?")
        #expect(log.count == 2)
        #expect(log.last?.phases[0].answer == "Who are the users?")
        #expect(log.last?.phases[0].elapsedSeconds == 10)
        _ = engine.submit("And how many of them?")
        #expect(log.last?.phases[0].answer == "Who are the users?\nAnd how many of them?")
        _ = engine.submit("/time")
        #expect(log.count == 4)
        _ = engine.submit("   ")
        #expect(log.last?.phases[0].answer == "Who are the users?\nAnd how many of them?")
        #expect(log.last == engine.session)
    }

    @Test func aFullInterviewWithFollowUpsEndsWithAReport() throws {
        var (engine, _, clock, log) = F.start()
        for phase in Phase.allCases {
            #expect(engine.currentPhase == phase)
            clock.advance(by: 60)
            _ = engine.submit("My \(phase.rawValue) answer.")
            let probe = engine.submit("/next")
            #expect(probe == [.followUp("Probe for \(phase.rawValue)?")])
            #expect(engine.stage == .followUp("Probe for \(phase.rawValue)?"))
            clock.advance(by: 30)
            _ = engine.submit("My reply about \(phase.rawValue).")
            let next = engine.submit("/next")
            if phase == .deploy {
                guard case .finished(let report) = next.last else { Issue.record("not finished: \(next)"); return }
                #expect(report.phases.count == 6)
                #expect(report.promptID == "fixture-feed")
            } else {
                guard case .phaseStarted(let intro) = next.last else { Issue.record("no next phase: \(next)"); return }
                #expect(intro.position == phase.position + 1)
            }
        }
        let session = try #require(log.last)
        #expect(session.isFinished)
        #expect(session.finishedAt == clock.now())
        #expect(session.report != nil)
        #expect(engine.stage == .finished)
        for record in session.phases {
            #expect(record.finished)
            #expect(record.elapsedSeconds == 90)
            #expect(record.answer == "My \(record.phase.rawValue) answer.")
            #expect(record.followUp?.reply == "My reply about \(record.phase.rawValue).")
            #expect(record.scoredText == "My \(record.phase.rawValue) answer.\nMy reply about \(record.phase.rawValue).")
        }
        #expect(session.activeSeconds == 540)
        #expect(session.events.filter { $0.kind == .followUp }.count == 6)
        // Nothing more happens after the end.
        do { let result = engine.submit("late text"); #expect(result.isEmpty) }
        do { let result = engine.tick(); #expect(result.isEmpty) }
    }

    @Test func anEmptyFollowUpReplySkipsItAndAnEmptyAnswerGetsNoProbe() {
        var (engine, _, _, _) = F.start()
        _ = engine.submit("Answer.")
        _ = engine.submit("/next")
        let moved = engine.submit("/next")
        #expect(engine.currentPhase == .frame)
        #expect(engine.session.phases[0].followUp?.reply == "")
        guard case .phaseStarted = moved.last else { Issue.record("\(moved)"); return }
        // Nothing typed in frame: /next moves straight on.
        _ = engine.submit("/next")
        #expect(engine.currentPhase == .data)
        #expect(engine.session.phases[1].followUp == nil)
    }

    @Test func phasesWithoutFollowUpsFinishOnTheFirstNext() {
        var (engine, _, _, _) = F.start(followUps: false)
        _ = engine.submit("Answer.")
        _ = engine.submit("/next")
        #expect(engine.currentPhase == .frame)
    }

    @Test func oneMinuteWarningTimeUpAndOvertimeAreReportedOnceAndRecorded() throws {
        var (engine, _, clock, log) = F.start()
        clock.advance(by: 239)
        do { let result = engine.tick(); #expect(result.isEmpty) }
        clock.advance(by: 1)
        do { let result = engine.tick(); #expect(result == [.oneMinuteLeft(.clarify)]) }
        #expect(log.last?.events.last?.kind == .oneMinuteWarning)
        clock.advance(by: 30)
        do { let result = engine.tick(); #expect(result.isEmpty) }
        clock.advance(by: 30)
        do { let result = engine.tick(); #expect(result == [.timeUp(.clarify)]) }
        clock.advance(by: 65)
        do { let result = engine.tick(); #expect(result.isEmpty) }
        let status = engine.timeStatus()
        #expect(status.phaseElapsedSeconds == 365)
        #expect(status.isPhaseOvertime)
        #expect(TimeStatus.describe(remaining: status.phaseRemainingSeconds) == "+01:05 over")
        #expect(engine.currentPhase == .clarify)  // not strict: stays
        _ = engine.submit("late thought")
        let session = try #require(log.last)
        #expect(session.phases[0].overtimeSeconds == 65)
        let timeUp = try #require(session.events.first { $0.kind == .timeUp })
        #expect(timeUp.at == session.startedAt.addingTimeInterval(300))
        let warning = try #require(session.events.first { $0.kind == .oneMinuteWarning })
        #expect(warning.at == session.startedAt.addingTimeInterval(240))
    }

    @Test func aJumpPastTheWholeBudgetStillRecordsTheWarningAtItsMoment() throws {
        var (engine, _, clock, _) = F.start()
        clock.advance(by: 400)
        do { let result = engine.tick(); #expect(result == [.timeUp(.clarify)]) }
        let warning = try #require(engine.session.events.first { $0.kind == .oneMinuteWarning })
        #expect(warning.at == engine.session.startedAt.addingTimeInterval(240))
    }

    @Test func strictModeMovesOnAtTimeUpKeepingTheTextOnScreen() throws {
        var (engine, _, clock, log) = F.start(options: SessionOptions(minutes: 45, strict: true))
        _ = engine.submit("First line.")
        clock.advance(by: 299)
        engine.update(draft: "First line.\nHalf-typed secon")
        do { let result = engine.tick(); #expect(result == [.oneMinuteLeft(.clarify)]) }
        clock.advance(by: 3)
        let notices = engine.tick()
        #expect(notices.prefix(2) == [.timeUp(.clarify), .autoAdvanced(.clarify)])
        guard case .phaseStarted(let intro) = notices.last else { Issue.record("\(notices)"); return }
        #expect(intro.phase == .frame)
        let session = try #require(log.last)
        #expect(session.phases[0].answer == "First line.\nHalf-typed secon")
        #expect(session.phases[0].elapsedSeconds == 300)
        #expect(session.phases[0].finished)
        #expect(session.phases[0].followUp == nil)
        #expect(session.phases[1].elapsedSeconds == 2)
        #expect(session.currentPhaseIndex == 1)
    }

    @Test func strictModeEndsTheFollowUpToo() {
        var (engine, _, clock, _) = F.start(options: SessionOptions(minutes: 45, strict: true))
        _ = engine.submit("Answer.")
        _ = engine.submit("/next")
        _ = engine.submit("Part of a reply")
        clock.advance(by: 301)
        _ = engine.tick()
        #expect(engine.currentPhase == .frame)
        #expect(engine.session.phases[0].followUp?.reply == "Part of a reply")
        #expect(engine.stage == .answering)
    }

    @Test func strictModeAfterALongGapGivesEachPhaseExactlyItsBudget() throws {
        var (engine, _, clock, _) = F.start(options: SessionOptions(minutes: 45, strict: true))
        clock.advance(by: 46 * 60)
        let notices = engine.tick()
        #expect(notices.filter { if case .autoAdvanced = $0 { true } else { false } }.count == 6)
        guard case .finished = notices.last else { Issue.record("\(notices)"); return }
        #expect(engine.session.phases.map(\.elapsedSeconds) == [300, 300, 480, 600, 480, 540])
        #expect(engine.session.isFinished)
    }

    @Test func aNextRacingAStrictMoveDoesNotEndTheFollowingPhase() {
        var (engine, _, clock, _) = F.start(options: SessionOptions(minutes: 45, strict: true))
        _ = engine.submit("Answer.")
        clock.advance(by: 310)
        let notices = engine.submit("/next")
        #expect(notices.contains(.autoAdvanced(.clarify)))
        #expect(engine.currentPhase == .frame)
        #expect(engine.stage == .answering)
    }

    @Test func textTypedBeforeAStrictMoveStaysInItsPhase() {
        var (engine, _, clock, _) = F.start(options: SessionOptions(minutes: 45, strict: true))
        clock.advance(by: 305)
        _ = engine.submit("Typed just as time ran out.")
        #expect(engine.session.phases[0].answer == "Typed just as time ran out.")
        #expect(engine.session.phases[1].answer == "")
    }

    @Test func resumeContinuesWithTheTimersWhereTheyStood() throws {
        var (engine, _, clock, log) = F.start()
        _ = engine.submit("Clarify answer.")
        _ = engine.submit("/next")
        _ = engine.submit("/next")
        clock.advance(by: 100)
        _ = engine.submit("Half of frame.")
        let quit = engine.submit("/quit")
        #expect(quit == [.paused])
        #expect(!engine.isRunning)
        let saved = try #require(log.last)
        #expect(!saved.isFinished)
        #expect(saved.events.last?.kind == .pause)

        clock.advance(by: 3 * 3600)  // three hours away from the keyboard
        let decoded = try SessionStore.decode(try SessionStore.encoder().encode(saved), file: "x.json")
        var resumed = InterviewEngine(session: decoded, prompt: F.prompt(), lexicon: F.lexicon, clock: clock, save: { [log] session in try log.save(session) })
        let notices = resumed.resume()
        guard case .phaseStarted(let intro) = notices.first else { Issue.record("\(notices)"); return }
        #expect(intro.phase == .frame)
        #expect(intro.isReturn)
        #expect(intro.elapsedSeconds == 100)
        #expect(resumed.timeStatus().phaseElapsedSeconds == 100)
        clock.advance(by: 20)
        _ = resumed.submit("Rest of frame.")
        #expect(resumed.session.phases[1].elapsedSeconds == 120)
        #expect(resumed.session.phases[1].answer == "Half of frame.\nRest of frame.")
        #expect(resumed.session.events.map(\.kind).suffix(2) == [.pause, .resume])
    }

    @Test func aSessionQuitDuringTheFollowUpResumesInTheFollowUp() throws {
        var (engine, _, clock, log) = F.start()
        _ = engine.submit("Answer.")
        _ = engine.submit("/next")
        _ = engine.submit("Half a reply")
        _ = engine.pause()
        var resumed = InterviewEngine(session: try #require(log.last), prompt: F.prompt(), lexicon: F.lexicon, clock: clock, save: { _ in })
        let notices = resumed.resume()
        guard case .phaseStarted(let intro) = notices.first else { Issue.record("\(notices)"); return }
        #expect(intro.pendingFollowUp == "Probe for clarify?")
        #expect(resumed.stage == .followUp("Probe for clarify?"))
        #expect(resumed.currentText == "Half a reply")
        _ = resumed.submit("and the rest.")
        #expect(resumed.session.phases[0].followUp?.reply == "Half a reply\nand the rest.")
    }

    @Test func timeDoesNotRunWhilePausedOrBackwards() {
        var (engine, _, clock, _) = F.start()
        clock.advance(by: 50)
        _ = engine.pause()
        clock.advance(by: 1000)
        do { let result = engine.tick(); #expect(result.isEmpty) }
        #expect(engine.timeStatus().phaseElapsedSeconds == 50)
        _ = engine.resume()
        clock.advance(by: -30)  // the wall clock was set back
        _ = engine.tick()
        #expect(engine.session.phases[0].elapsedSeconds == 50)
        clock.advance(by: 40)
        _ = engine.submit("x")
        #expect(engine.session.phases[0].elapsedSeconds == 90)
    }

    @Test func backReopensThePreviousPhaseForMoreText() {
        var (engine, _, clock, _) = F.start()
        _ = engine.submit("Clarify.")
        _ = engine.submit("/next")
        _ = engine.submit("Reply.")
        _ = engine.submit("/next")
        clock.advance(by: 10)
        do { let result = engine.submit("/back"); #expect(result.last.map { if case .phaseStarted(let i) = $0 { i.phase == .clarify && i.isReturn } else { false } } == true) }
        #expect(engine.currentPhase == .clarify)
        #expect(!engine.session.phases[0].finished)
        _ = engine.submit("One more point.")
        #expect(engine.session.phases[0].answer == "Clarify.\nOne more point.")
        // The follow-up was already asked: /next goes straight back to frame.
        _ = engine.submit("/next")
        #expect(engine.currentPhase == .frame)
        #expect(engine.session.phases[0].finished)
        #expect(engine.session.events.contains { $0.kind == .back && $0.phase == .clarify })
        #expect(engine.session.phases[1].elapsedSeconds == 10)
    }

    @Test func backOnTheFirstPhaseIsRefused() {
        var (engine, _, _, _) = F.start()
        do { let result = engine.submit("/back"); #expect(result == [.cannotGoBack]) }
        #expect(engine.currentPhase == .clarify)
    }

    @Test func skipLeavesThePhaseWithoutAFollowUp() {
        var (engine, _, _, _) = F.start()
        _ = engine.submit("Something.")
        let notices = engine.submit("/skip")
        #expect(notices.first == .skipped(.clarify))
        #expect(engine.currentPhase == .frame)
        #expect(engine.session.phases[0].skipped)
        #expect(engine.session.phases[0].followUp == nil)
        #expect(engine.session.phases[0].answer == "Something.")
    }

    @Test func hintsComeOneAtATimeAndAreCounted() {
        var (engine, _, _, log) = F.start()
        do { let result = engine.submit("/hint"); #expect(result == [.hint("First question about clarify?", number: 1, total: 2)]) }
        do { let result = engine.submit("/hint"); #expect(result == [.hint("Second question about clarify?", number: 2, total: 2)]) }
        do { let result = engine.submit("/hint"); #expect(result == [.noMoreHints(.clarify)]) }
        #expect(log.last?.phases[0].hintsUsed == 2)
        #expect(log.last?.events.filter { $0.kind == .hint }.map(\.text) == ["First question about clarify?", "Second question about clarify?"])
    }

    @Test func hintsUpFrontAreInTheIntro() {
        let (_, notices, _, _) = F.start(options: SessionOptions(minutes: 45, hintsUpFront: true))
        guard case .phaseStarted(let intro) = notices.first else { Issue.record("\(notices)"); return }
        #expect(intro.questions == ["First question about clarify?", "Second question about clarify?"])
    }

    @Test func askIsAnsweredFromTheFactsAndRecorded() throws {
        var (engine, _, _, log) = F.start()
        let notices = engine.submit("/ask How many users are there?")
        #expect(notices == [.reply(question: "How many users are there?", Interviewer.Reply(text: "Two billion users.", factIDs: ["scale"]))])
        let unknown = engine.submit("/ask What colour is the logo?")
        #expect(unknown == [.reply(question: "What colour is the logo?", Interviewer.Reply(text: Interviewer.noSuchDetail, factIDs: []))])
        do { let result = engine.submit("/ask"); #expect(result == [.emptyQuestion]) }
        let asks = try #require(log.last).events.filter { $0.kind == .ask }
        #expect(asks.map(\.text) == ["How many users are there?", "What colour is the logo?"])
        #expect(asks.map(\.reply) == ["Two billion users.", Interviewer.noSuchDetail])
        #expect(engine.session.phases[0].answer.isEmpty)
    }

    @Test func unknownCommandsAreNotAnswerText() {
        var (engine, _, _, _) = F.start()
        do { let result = engine.submit("/nxt"); #expect(result == [.unknownCommand("/nxt", suggestion: "/next")]) }
        _ = engine.submit("/api/v1/feed returns 20 items")
        #expect(engine.session.phases[0].answer == "/api/v1/feed returns 20 items")
    }

    @Test func editReplacesTheCurrentTextAndIsRecorded() throws {
        var (engine, _, _, log) = F.start()
        _ = engine.submit("Frist draft.")
        do { let result = engine.submit("/edit"); #expect(result == [.editRequested("Frist draft.")]) }
        do { let result = engine.applyEdit("First draft, fixed.\n\n"); #expect(result == [.edited(.clarify)]) }
        #expect(log.last?.phases[0].answer == "First draft, fixed.")
        #expect(log.last?.events.last?.kind == .edit)
        // Unchanged text records no edit.
        do { let result = engine.applyEdit("First draft, fixed."); #expect(result.isEmpty) }
    }

    @Test func theTerminalEditorsTextReplacesTheAnswer() {
        var (engine, _, _, log) = F.start()
        engine.update(draft: "Line one\nLine two\n")
        _ = engine.checkpoint()
        #expect(log.last?.phases[0].answer == "Line one\nLine two")
        engine.update(draft: "Line one\nLine two, revised")
        let notices = engine.perform(.next)
        #expect(notices == [.followUp("Probe for clarify?")])
        #expect(engine.session.phases[0].answer == "Line one\nLine two, revised")
        engine.update(draft: "My reply")
        #expect(engine.session.phases[0].followUp?.reply == "My reply")
    }

    @Test func phaseFeedbackScoresEachPhaseAsItEnds() throws {
        var (engine, _, _, log) = F.start(options: SessionOptions(minutes: 45, feedback: .phase))
        _ = engine.submit("Answer.")
        _ = engine.submit("/next")
        let notices = engine.submit("/next")
        guard case .phaseFeedback(let score) = notices.first else { Issue.record("\(notices)"); return }
        #expect(score.phase == .clarify)
        #expect(score.items.map(\.id) == ["clarify-a", "clarify-b"])
        let report = try #require(log.last?.report)
        #expect(Array(report.phases.keys) == [.clarify])
    }

    @Test func endFeedbackGivesNoScoresBeforeTheEnd() {
        var (engine, _, _, _) = F.start()
        _ = engine.submit("Answer.")
        _ = engine.submit("/next")
        let notices = engine.submit("/next")
        #expect(!notices.contains { if case .phaseFeedback = $0 { true } else { false } })
        #expect(engine.session.report == nil)
    }

    @Test func aDrillHasOnePhaseAndScoresOnlyIt() throws {
        var (engine, notices, _, log) = F.start(options: SessionOptions(minutes: 12), drill: .model)
        guard case .phaseStarted(let intro) = notices.first else { Issue.record("\(notices)"); return }
        #expect(intro.phase == .model && intro.isDrill)
        #expect(engine.session.phases.map(\.budgetSeconds) == [720])
        #expect(engine.session.drillPhase == .model)
        _ = engine.submit("Two towers.")
        _ = engine.submit("/next")
        let end = engine.submit("/next")
        guard case .finished(let report) = end.last else { Issue.record("\(end)"); return }
        #expect(Array(report.phases.keys) == [.model])
        #expect(report.overall == report.phases[.model]?.score)
        #expect(try #require(log.last).isFinished)
    }

    @Test func endOfInputFinishesAndMarksUnreachedPhasesSkipped() throws {
        var (engine, _, _, log) = F.start()
        _ = engine.submit("Clarify.")
        _ = engine.submit("/next")
        _ = engine.submit("/next")
        _ = engine.submit("Frame line.")
        engine.update(draft: engine.currentText + "\nunterminated last line")
        let notices = engine.endOfInput()
        guard case .finished = notices.last else { Issue.record("\(notices)"); return }
        let session = try #require(log.last)
        #expect(session.isFinished)
        #expect(session.phases[1].answer == "Frame line.\nunterminated last line")
        #expect(!session.phases[1].skipped)
        #expect(session.phases[2...].allSatisfy { $0.skipped && $0.finished })
    }

    @Test func aFailingSaveIsReportedOnceAndTheInterviewGoesOn() {
        var (engine, _, _, log) = F.start()
        log.failure = F.DiskFull()
        do { let result = engine.submit("one"); #expect(result == [.saveFailed("No space left on device")]) }
        do { let result = engine.submit("two"); #expect(result.isEmpty) }
        log.failure = nil
        do { let result = engine.submit("three"); #expect(result == [.saveRecovered]) }
        #expect(log.last?.phases[0].answer == "one\ntwo\nthree")
    }

    @Test func aFortyFiveMinuteInterviewRunsInMilliseconds() {
        let started = Date()
        var (engine, _, clock, _) = F.start()
        var warnings = 0
        var timeUps = 0
        for _ in Phase.allCases {
            for _ in 0..<(11 * 60) {  // eleven minutes of one-second ticks per phase
                clock.advance(by: 1)
                for notice in engine.tick() {
                    if case .oneMinuteLeft = notice { warnings += 1 }
                    if case .timeUp = notice { timeUps += 1 }
                }
            }
            _ = engine.submit("/next")
        }
        #expect(engine.isFinished)
        #expect(warnings == 6 && timeUps == 6)
        #expect(engine.session.phases.allSatisfy { $0.elapsedSeconds == 660 })
        #expect(Date().timeIntervalSince(started) < 5)
    }
}

/// Follow-ups on and off, the empty reply that skips one, and sessions with no answer.
@Suite struct InterviewEngineLineUpTests {
    typealias F = InterviewFixtures

    @Test func withFollowUpsOffEachNextMovesOnSoAnswerThenNextPerPhaseLinesUp() throws {
        var (engine, _, _, _) = F.start()
        engine.asksFollowUps = false
        for phase in Phase.allCases {
            _ = engine.submit("My \(phase.rawValue) answer with alpha \(phase.rawValue).")
            _ = engine.submit("/next")
        }
        #expect(engine.isFinished)
        for record in engine.session.phases {
            #expect(record.answer == "My \(record.phase.rawValue) answer with alpha \(record.phase.rawValue).")
            #expect(record.followUp == nil)
        }
        let report = try #require(engine.session.report)
        #expect(report.phases.values.allSatisfy { $0.matched.map(\.id) == ["\($0.phase.rawValue)-a"] })
    }

    @Test func theOptionTurnsFollowUpsOffAndOldSessionsKeepThemOn() {
        let (off, _, _, _) = F.start(options: SessionOptions(minutes: 45, followUps: false))
        #expect(!off.asksFollowUps)
        let (legacy, _, _, _) = F.start()
        #expect(legacy.asksFollowUps)
    }

    @Test func anEmptyLineSkipsTheFollowUpButNotAReplyUnderWay() {
        var (engine, _, _, _) = F.start()
        _ = engine.submit("Clarify answer.")
        #expect(engine.submit("/next") == [.followUp("Probe for clarify?")])
        let skipped = engine.submit("")
        #expect(engine.currentPhase == .frame)
        #expect(skipped.contains { if case .phaseStarted = $0 { true } else { false } })
        #expect(engine.session.phases[0].followUp?.reply == "")

        _ = engine.submit("Frame answer.")
        _ = engine.submit("/next")
        _ = engine.submit("First line of the reply.")
        _ = engine.submit("")  // a blank line inside a reply is just a blank line
        #expect(engine.currentPhase == .frame)
        _ = engine.submit("Second line.")
        _ = engine.submit("/next")
        #expect(engine.currentPhase == .data)
        #expect(engine.session.phases[1].followUp?.reply == "First line of the reply.\nSecond line.")
    }

    @Test func aSessionWithNoAnswerIsAbandonedUnlessKeptEmpty() {
        var (engine, _, _, _) = F.start()
        _ = engine.endOfInput()
        #expect(engine.isFinished && engine.session.isAbandoned)
        #expect(SessionSummary(engine.session).isAbandoned && !SessionSummary(engine.session).countsAsPractice)

        var (kept, _, _, _) = F.start(options: SessionOptions(minutes: 45, keepEmpty: true))
        _ = kept.endOfInput()
        #expect(kept.isFinished && !kept.session.isAbandoned)

        var (answered, _, _, _) = F.start()
        _ = answered.submit("Something.")
        _ = answered.endOfInput()
        #expect(!answered.session.isAbandoned)
    }
}
