import Foundation
import Testing
@testable import CoachKit

/// The terminal's way in: the editor owns the draft and hands it over with `update(draft:)`; the
/// engine keeps that one copy, acts on it, saves it and scores it (see "The answer text" on
/// ``InterviewEngine``).
@Suite struct InterviewEngineDraftTests {
    typealias F = InterviewFixtures

    @Test func handingADraftOverSavesNothingAndMovesNoClock() {
        var (engine, _, clock, log) = F.start()
        let saves = log.count
        clock.advance(by: 10)
        engine.update(draft: "Half of a first line")
        #expect(log.count == saves)
        #expect(engine.currentText == "Half of a first line")
        #expect(engine.session.phases[0].elapsedSeconds == 0)
    }

    @Test func theRubricIsCompiledOnlyWhenAPhaseEndsNotForTheFirstScreen() {
        var (engine, _, clock, _) = F.start()
        engine.update(draft: "We optimise long-term watch time.")
        clock.advance(by: 5)
        _ = engine.checkpoint()
        _ = engine.tick()
        #expect(!engine.hasCompiledScorer)
        let copy = engine
        _ = engine.perform(.next)
        #expect(engine.hasCompiledScorer)
        // Copies share the one compiled scorer.
        #expect(copy.hasCompiledScorer)
    }

    @Test func aCheckpointAfterTheClockMovedSavesExactlyTheDraftHandedOver() throws {
        var (engine, _, clock, log) = F.start()
        engine.update(draft: "Line one\nLine two, half")
        clock.advance(by: 42)
        let notices = engine.checkpoint()
        #expect(notices.isEmpty)
        let saved = try #require(log.last)
        #expect(saved.phases[0].answer == "Line one\nLine two, half")
        #expect(saved.phases[0].elapsedSeconds == 42)
        #expect(saved == engine.session)
    }

    @Test func theLatestDraftReplacesTheEarlierOneInsteadOfAddingToIt() throws {
        var (engine, _, _, log) = F.start()
        engine.update(draft: "Frist line")
        engine.update(draft: "First line\n\n  ")
        _ = engine.checkpoint()
        #expect(try #require(log.last).phases[0].answer == "First line")
        #expect(engine.currentText == "First line")
    }

    @Test func aPastedDraftThenQuitIsSavedAndResumesWhereItStood() throws {
        var (engine, _, clock, log) = F.start()
        let paste = (1...50).map { "Pasted line \($0)." }.joined(separator: "\n")
        engine.update(draft: paste + "\n")
        clock.advance(by: 5)
        #expect(engine.perform(.quit) == [.paused])
        let saved = try #require(log.last)
        #expect(saved.phases[0].answer == paste)
        #expect(saved.events.last?.kind == .pause)

        var resumed = InterviewEngine(session: saved, prompt: F.prompt(), lexicon: F.lexicon, clock: clock, save: { _ in })
        _ = resumed.resume()
        #expect(resumed.currentText == paste)
    }

    @Test func aCommandActsOnTheDraftHandedOverJustBeforeIt() {
        var (engine, _, _, log) = F.start()
        // An empty answer gets no follow-up; the draft handed over makes the answer non-empty.
        engine.update(draft: "An answer typed but not yet entered")
        #expect(engine.perform(.next) == [.followUp("Probe for clarify?")])
        #expect(log.last?.phases[0].answer == "An answer typed but not yet entered")
        // During the follow-up the draft is the reply; the answer stays as it was.
        engine.update(draft: "The reply")
        _ = engine.perform(.next)
        #expect(engine.session.phases[0].answer == "An answer typed but not yet entered")
        #expect(engine.session.phases[0].followUp?.reply == "The reply")
        // The next phase opens with its own, empty draft: nothing of the last one is carried over.
        #expect(engine.currentPhase == .frame)
        #expect(engine.currentText == "")
    }

    @Test func theScoreReadsTheDraftHandedOver() throws {
        var (engine, _, _, _) = F.start(drill: .clarify, followUps: false)
        engine.update(draft: "First we say alpha clarify.")
        let notices = engine.perform(.next)
        guard case .finished(let report) = notices.last else { Issue.record("\(notices)"); return }
        #expect(try #require(report.phases[.clarify]).matched.map(\.id) == ["clarify-a"])
    }

    @Test func endOfInputKeepsTheDraftHeld() throws {
        var (engine, _, _, log) = F.start()
        engine.update(draft: "Typed, never entered")
        let notices = engine.endOfInput()
        guard case .finished = notices.last else { Issue.record("\(notices)"); return }
        let saved = try #require(log.last)
        #expect(saved.phases[0].answer == "Typed, never entered")
        #expect(!saved.isAbandoned)
    }

    @Test func aDraftHandedOverWhileSavesFailIsKeptAndSavedOnceTheyWork() throws {
        var (engine, _, _, log) = F.start()
        log.failure = F.DiskFull()
        engine.update(draft: "Written while the disk is full")
        #expect(engine.checkpoint() == [.saveFailed("No space left on device")])
        #expect(engine.currentText == "Written while the disk is full")
        log.failure = nil
        engine.update(draft: "Written while the disk is full, and more")
        #expect(engine.checkpoint() == [.saveRecovered])
        #expect(log.last?.phases[0].answer == "Written while the disk is full, and more")
    }

    @Test func nothingIsTakenOnceTheInterviewIsOver() {
        var (engine, _, _, log) = F.start(followUps: false)
        engine.update(draft: "Answer.")
        _ = engine.endOfInput()
        let saves = log.count
        engine.update(draft: "Too late")
        #expect(engine.session.phases[0].answer == "Answer.")
        #expect(engine.checkpoint().isEmpty)
        #expect(engine.applyEdit("Too late").isEmpty)
        #expect(log.count == saves)
    }
}
