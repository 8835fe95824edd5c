import CoachKit
import Foundation
@preconcurrency import Glibc
import Testing

/// `mlsd practice` and `mlsd resume` with standard input piped: the plain line mode.
@Suite struct PracticePipeTests {
    let home = MLSDProcess.temporaryHome()

    func sessions() -> [Session] {
        SessionFixtures.sessions(in: home)
    }

    /// Input for a whole interview: an answer, /next, a follow-up reply, /next for each phase.
    func wholeInterview() -> String {
        Phase.allCases.map { phase in
            "My \(phase.rawValue) answer, first line.\nSecond line of \(phase.rawValue).\n/next\nReply about \(phase.rawValue).\n/next\n"
        }.joined()
    }

    /// Issue 14's reproduction: questions asked with /ask are Clarify content (it scored 19 with scale,
    /// latency and click rate missed), and the report shows what they uncovered.
    @Test func askQuestionsEarnClarifyCredit() throws {
        let input = "/ask how many daily active users and ad requests per second?\n/ask what is the latency budget?\n"
            + "/ask how often are ads clicked?\nI will assume we optimise revenue.\n/next\n/next\n"
        // The facts are listed with the phase's details: --report full (the default end is a one-screen summary).
        let result = try MLSDProcess.run(["practice", "ad-click-prediction", "--phase", "clarify", "--report", "full"], home: home, stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        let clarify = try #require(sessions().first?.report?.phases[.clarify])
        #expect(clarify.score > 19)
        #expect(Set(clarify.matched.map(\.id)).isSuperset(of: ["clarify-scale", "clarify-latency", "clarify-base-rate"]))
        #expect(result.stdout.contains("Facts you uncovered with /ask:"))
        #expect(result.stdout.contains("150 ms at p99"))
    }

    @Test func aWholeInterviewThroughAPipe() throws {
        let input = "/ask how many users are there?\n/hint\n/time\n" + wholeInterview()
        let result = try MLSDProcess.run(["practice", "video-recommendation", "--follow-ups", "--report", "full"], home: home, stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(!out.contains("\u{1B}"))
        for text in [
            "Video platform home-feed recommendations", "45:00 in all", "Phase 1/6 · Clarify · 05:00",
            "Goal: ", "You asked: how many users are there?", "Interviewer: About 2 billion", "Hint 1/",
            "Phase 6/6 · Deploy · 09:00", "Interview over", "Overall", "Time",
            "Total", "Improve next", "Saved to \(home.path)/sessions/", "Details: mlsd review last",
        ] {
            #expect(out.contains(text), "output shows \(text)")
        }
        // /time: the real clock runs, so on a slow machine a second or two may have passed.
        #expect(out.range(of: #"Clarify: 0[0-5]:\d\d left of 05:00"#, options: .regularExpression) != nil)
        // The report lists every phase with its score bar and its time against the budget.
        for phase in Phase.allCases {
            #expect(out.contains("\(phase.position)/6 \(phase.title) — "), "details of \(phase)")
        }
        #expect(out.contains("of 05:00"))
        let session = try #require(sessions().first)
        #expect(session.isFinished)
        #expect(session.promptID == "video-recommendation")
        #expect(session.phases.count == 6)
        for record in session.phases {
            #expect(record.answer == "My \(record.phase.rawValue) answer, first line.\nSecond line of \(record.phase.rawValue).")
            #expect(record.followUp?.reply == "Reply about \(record.phase.rawValue).")
            #expect(record.finished)
        }
        #expect(session.phases[0].hintsUsed == 1)
        let report = try #require(session.report)
        #expect(report.phases.count == 6)
        #expect(out.contains("Overall   "))
        #expect(out.contains("\(report.overall)"))
    }

    @Test func endOfInputEndsTheInterviewKeepingAnUnterminatedLine() throws {
        let result = try MLSDProcess.run(["practice", "search-ranking"], home: home, stdin: "Clarify text.\n/next\nFrame text without newline")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Interview over"))
        let session = try #require(sessions().first)
        #expect(session.isFinished)
        #expect(session.phases[1].answer == "Frame text without newline")
        #expect(session.phases[2...].allSatisfy { $0.skipped })
    }

    @Test func anUnterminatedLastLineIsAnswerTextEvenWhenItLooksLikeACommand() throws {
        let result = try MLSDProcess.run(["practice", "search-ranking"], home: home, stdin: "Clarify text.\n/next\nFrame text.\n/quit")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Interview over"))
        let session = try #require(sessions().first)
        #expect(session.isFinished)
        #expect(session.phases[1].answer == "Frame text.\n/quit")
    }

    @Test func quitSavesAndResumeContinuesInTheSamePhase() throws {
        let first = try MLSDProcess.run(["practice", "video-recommendation", "--minutes", "30"], home: home, stdin: "Clarify.\n/next\nHalf of frame.\n/quit\nnot read\n")
        #expect(first.status == 0)
        let paused = try #require(sessions().first)
        #expect(first.stdout.contains("Saved. Continue with: mlsd resume \(paused.id)"))
        #expect(!first.stdout.contains("Interview over"))
        #expect(!paused.isFinished)
        #expect(paused.currentPhaseIndex == 1)
        #expect(paused.phases[1].answer == "Half of frame.")

        let second = try MLSDProcess.run(["resume", String(paused.id.prefix(12))], home: home, stdin: "Rest of frame.\n/next\n")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Resuming session \(paused.id)"))
        #expect(second.stdout.contains("Phase 2/6 · Frame · 03:20"))
        #expect(second.stdout.contains("Interview over"))
        let done = try #require(sessions().first)
        #expect(done.id == paused.id)
        #expect(done.isFinished)
        #expect(done.phases[1].answer == "Half of frame.\nRest of frame.")
        #expect(done.options.minutes == 30)
        #expect(done.events.map(\.kind).contains(.resume))

        let again = try MLSDProcess.run(["resume", paused.id], home: home, stdin: "")
        #expect(again.status == 1)
        #expect(again.stderr.contains("already finished"))
        let none = try MLSDProcess.run(["resume"], home: home, stdin: "")
        #expect(none.status == 1)
        #expect(none.stderr.contains("no unfinished interview"))
    }

    @Test func optionsShapeTheSession() throws {
        let drill = try MLSDProcess.run(["practice", "video-recommendation", "--phase", "model", "--minutes", "3", "--hints", "--strict"], home: home, stdin: "Two towers.\n/next\n/next\n")
        #expect(drill.status == 0, "\(drill.stderr)")
        #expect(drill.stdout.contains("Drill · Model · 03:00"))
        #expect(drill.stdout.contains("Guiding questions:"))
        #expect(drill.stdout.contains("strict"))
        let session = try #require(sessions().first)
        #expect(session.drillPhase == .model)
        #expect(session.phases.map(\.phase) == [.model])
        #expect(session.phases[0].budgetSeconds == 180)
        #expect(session.options == SessionOptions(minutes: 3, strict: true, feedback: .end, hintsUpFront: true))
        #expect(session.report?.phases.keys.map { $0 } == [.model])
    }

    @Test func phaseFeedbackComesAfterEachPhase() throws {
        let result = try MLSDProcess.run(["practice", "video-recommendation", "--feedback", "phase"], home: home, stdin: "Clarify.\n/next\n/next\n/quit\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Feedback on Clarify: "))
        let session = try #require(sessions().first)
        #expect(session.report?.phases[.clarify] != nil)
        #expect(!session.isFinished)
    }

    @Test func withoutAnIDThePipeTakesTheLeastPracticedCaseStudy() throws {
        let list = try MLSDProcess.run(["prompts", "list", "--json"], home: home)
        let ids = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(ids.count >= 2)
        // A finished attempt counts; one quit at once does not (the menu and `next` agree on that).
        let first = try MLSDProcess.run(["practice"], home: home, stdin: "An answer.\n")
        #expect(first.status == 0)
        #expect(first.stderr.contains("practising the least-practised one: \(ids[0])"))
        let second = try MLSDProcess.run(["practice"], home: home, stdin: "/quit\n")
        #expect(second.stderr.contains("practising the least-practised one: \(ids[1])"))
        // The second was quit at once: not an attempt, so it is still the least practised.
        let third = try MLSDProcess.run(["practice"], home: home, stdin: "/quit\n")
        #expect(third.stderr.contains("practising the least-practised one: \(ids[1])"))
        #expect(Set(sessions().map(\.promptID)) == Set(ids.prefix(2)))
    }

    @Test func badOptionsAreUsageErrors() throws {
        let minutes = try MLSDProcess.run(["practice", "video-recommendation", "--minutes", "0"], home: home, stdin: "")
        #expect(minutes.status == 64)
        #expect(minutes.stderr.contains("expected a whole number from 1 to 600"))
        let phase = try MLSDProcess.run(["practice", "video-recommendation", "--phase", "modle"], home: home, stdin: "")
        #expect(phase.status == 64)
        #expect(phase.stderr.contains("Did you mean 'model'?"))
        let feedback = try MLSDProcess.run(["practice", "video-recommendation", "--feedback", "never"], home: home, stdin: "")
        #expect(feedback.status == 64)
        let both = try MLSDProcess.run(["practice", "video-recommendation", "--random"], home: home, stdin: "")
        #expect(both.status == 64)
        let unknown = try MLSDProcess.run(["practice", "video-recomendation"], home: home, stdin: "")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("Did you mean 'video-recommendation'?"))
        #expect(sessions().isEmpty)
        let help = try MLSDProcess.run(["practice", "--help"], home: home)
        for option in ["--random", "--phase <phase>", "--minutes <n>", "--strict", "--feedback <when>", "--hints"] {
            #expect(help.stdout.contains(option), "help lists \(option)")
        }
    }

    @Test func randomPicksAnExistingCaseStudy() throws {
        let result = try MLSDProcess.run(["practice", "--random"], home: home, stdin: "/quit\n")
        #expect(result.status == 0)
        let session = try #require(sessions().first)
        let list = try MLSDProcess.run(["prompts", "list"], home: home)
        #expect(list.stdout.contains(session.promptID))
    }

    @Test func aSessionFolderThatCannotBeWrittenKeepsTheInterviewAndRescuesTheAnswers() throws {
        let blocker = home.appendingPathComponent("sessions")
        try Data("not a folder".utf8).write(to: blocker)
        let result = try MLSDProcess.run(
            ["practice", "video-recommendation"], home: home, stdin: "text\n", environment: ["TMPDIR": home.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Cannot save sessions"))
        let rescued = try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0.hasPrefix("mlsd-unsaved-") }
        #expect(rescued.count == 1)
        #expect(result.stdout.contains("text") || result.stderr.contains("text"))
    }

    @Test func sigtermInLineModeSaves() throws {
        let run = try InterviewProcess(["practice", "video-recommendation"], home: home, mode: .pipe)
        #expect(run.waitFor("Phase 1/6"))
        run.type("A line before the signal.\n")
        #expect(run.waitForSession { $0.phases[0].answer == "A line before the signal." } != nil)
        run.send(SIGTERM)
        let exit = try #require(run.waitForExit())
        #expect(exit.reason == .uncaughtSignal && exit.status == SIGTERM)
        #expect(run.sessions().first?.events.last?.kind == .pause)
        #expect(run.screen.contains("Saved. Continue with: mlsd resume"))
    }

    // MARK: - Answers line up with their phases (issue 11)

    @Test func answerThenNextPerPhasePutsEachAnswerInItsPhase() throws {
        let prompt = try #require(SessionFixtures.library.prompt(id: "ad-click-prediction")?.prompt)
        let answers = SessionFixtures.answers(.strong, prompt: prompt)
        let input = Phase.allCases.map { (answers[$0] ?? "") + "\n/next\n" }.joined()
        let result = try MLSDProcess.run(["practice", "ad-click-prediction"], home: home, stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("Interviewer:"), "no follow-up in line mode by default")
        #expect(result.stdout.contains("No follow-up questions in line mode"))
        let session = try #require(sessions().first)
        let report = try #require(session.report)
        let scorer = Scorer(prompt: prompt, lexicon: SessionFixtures.library.lexicon)
        for record in session.phases {
            let expected = (answers[record.phase] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(record.answer == expected, "answer of \(record.phase)")
            #expect(record.followUp == nil)
            // Each phase is scored on its own answer: the strong answer's score, not 0.
            #expect(report.phases[record.phase]?.score == scorer.score(record.phase, answer: expected).score)
            #expect((report.phases[record.phase]?.score ?? 0) >= 60, "\(record.phase) scored on its own answer")
        }
        // The summary is the last thing printed: Overall and the command for the details at the end.
        let tail = result.stdout.split(separator: "\n").suffix(14).joined(separator: "\n")
        #expect(tail.contains("Overall   ") && tail.contains("Details: mlsd review last") && tail.contains("Improve next") == (report.overall < 100))
        #expect(!result.stdout.contains("hint: "), "details only with --report full")
    }

    @Test func withFollowUpsAReplyEndsWithNextAndAnEmptyLineSkipsIt() throws {
        let input = "Clarify answer.\n/next\nClarify reply.\n/next\nFrame answer.\n/next\n\nData answer.\n/next\n\n"
        let result = try MLSDProcess.run(["practice", "video-recommendation", "--follow-ups"], home: home, stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Follow-ups are on"))
        let session = try #require(sessions().first)
        #expect(session.phases[0].answer == "Clarify answer." && session.phases[0].followUp?.reply == "Clarify reply.")
        #expect(session.phases[1].answer == "Frame answer." && session.phases[1].followUp?.reply == "")
        #expect(session.phases[2].answer == "Data answer." && session.phases[2].followUp?.reply == "")
        #expect(session.options.followUps == true)
    }

    @Test func aSessionWithNoAnswerIsAbandonedAndLeftOutOfStatsUnlessKeptEmpty() throws {
        let result = try MLSDProcess.run(["practice", "video-recommendation"], home: home, stdin: "\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("kept as abandoned"))
        #expect(!result.stdout.contains("Overall"))
        let session = try #require(sessions().first)
        #expect(session.isFinished && session.isAbandoned)
        let stats = try MLSDProcess.run(["stats"], home: home)
        #expect(stats.stdout.hasPrefix("No sessions yet"))
        let history = try MLSDProcess.run(["history"], home: home)
        #expect(history.stdout.contains(session.id), "still listed in history")

        let kept = try MLSDProcess.run(["practice", "video-recommendation", "--keep-empty"], home: home, stdin: "\n")
        #expect(kept.stdout.contains("Overall"))
        let keptStats = try MLSDProcess.run(["stats"], home: home)
        #expect(keptStats.stdout.contains("Practice  1 session (1 finished)"))
    }

    @Test func referenceNotesComeAfterTheAttemptAndTheSummaryStaysLast() throws {
        let prompt = try #require(SessionFixtures.library.prompt(id: "video-recommendation")?.prompt)
        let note = try #require(prompt.spec(.deploy).reference.first)
        let result = try MLSDProcess.run(["practice", "video-recommendation", "--reference"], home: home, stdin: "We ask about scale.\n/next\n")
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        let referenceAt = try #require(out.range(of: "A strong answer says:"))
        let overallAt = try #require(out.range(of: "Overall   ", options: .backwards))
        let lastPhaseAt = try #require(out.range(of: "Phase 2/6"))
        #expect(referenceAt.lowerBound > lastPhaseAt.lowerBound, "never before the attempt")
        #expect(overallAt.lowerBound > referenceAt.lowerBound)
        #expect(out.contains(note.prefix(60)))
        #expect(out.contains("    We ask about scale."))
        let session = try #require(sessions().first)
        let review = try MLSDProcess.run(["review", session.id, "--reference"], home: home)
        #expect(review.status == 0 && review.stdout.contains("A strong answer says:") && review.stdout.contains(note.prefix(60)))
    }
}
