import CoachKit
import Foundation
@preconcurrency import Glibc
import TerminalTestSupport
import Testing

/// `mlsd practice` in a real pseudo-terminal: the screen, the live status line, signals, and the saved
/// session. Serialized because each test runs a process with a one-second clock.
@Suite(.serialized) struct PracticePTYTests {
    let home = MLSDProcess.temporaryHome()

    /// The screen row holding the status line ("… phase 04:58 left · total 44:58 left").
    func statusLine(_ screen: VirtualScreen) -> String? {
        screen.lines.last { $0.contains(" left") && $0.contains("total ") }
    }

    @Test func aFullInterviewInTheTerminal() throws {
        let run = try InterviewProcess(["practice", "video-recommendation"], home: home)
        #expect(run.waitFor("Phase 1/6 · Clarify · 05:00"))
        #expect(run.screen.contains("Design the recommendation system"))
        #expect(run.screen.contains("45:00 in all"))
        #expect(run.waitFor("│"))

        run.type("Which surface is this, the home feed? What counts as success for the business?\r")
        run.type("/ask how many users are there?\r")
        #expect(run.waitFor("Interviewer: About 2 billion monthly users"))
        #expect(run.screen.contains("You asked: how many users are there?"))
        run.type("/hint\r")
        #expect(run.waitFor("Hint 1/"))
        run.type("/next\r")
        #expect(run.waitFor("(Reply, then /next or Ctrl-D"))
        #expect(run.screen.contains("follow-up"))
        run.type("About 150k requests per second, 200 ms at p99.\r\u{04}")
        #expect(run.waitFor("Phase 2/6 · Frame · 05:00"))
        // The finished answer stays on screen as part of the transcript.
        #expect(run.screen.contains("│ Which surface is this, the home feed?"))

        for (index, phase) in [Phase.frame, .data, .model, .evaluate, .deploy].enumerated() {
            run.type("My \(phase.rawValue) answer: a two-tower retrieval, a ranker, nDCG offline and an A/B test.\r\u{04}")
            #expect(run.waitFor("(Reply, then /next or Ctrl-D"), "follow-up of \(phase)")
            run.type("My \(phase.rawValue) reply.\r\u{04}")
            if index < 4 { #expect(run.waitFor("Phase \(phase.position + 1)/6"), "after \(phase)") }
        }
        #expect(run.waitFor("Saved to"))
        let exit = try #require(run.waitForExit())
        #expect(exit.reason == .exit && exit.status == 0)
        for text in ["Interview over", "Overall", "Time / budget", "Improve next", "Deploy", "mlsd review last"] {
            #expect(run.screen.contains(text), "report shows \(text)")
        }
        #expect(sameSettings(run.terminalSettings, run.originalSettings))

        let session = try #require(run.sessions().first)
        #expect(session.isFinished)
        #expect(session.report != nil)
        #expect(session.phases[0].answer == "Which surface is this, the home feed? What counts as success for the business?")
        #expect(session.phases[0].followUp?.reply == "About 150k requests per second, 200 ms at p99.")
        #expect(session.phases[0].hintsUsed == 1)
        #expect(session.phases[5].followUp?.reply == "My deploy reply.")
        #expect(session.events.contains { $0.kind == .ask && $0.reply?.contains("2 billion") == true })
    }

    /// /ask questions typed in the terminal earn Clarify credit (issue 14).
    @Test func askQuestionsInTheTerminalEarnClarifyCredit() throws {
        // The facts are listed with the phase's details (--report full; PAGER=cat so no pager waits for a key).
        let run = try InterviewProcess(
            ["practice", "ad-click-prediction", "--phase", "clarify", "--report", "full"], home: home, environment: ["PAGER": "cat"])
        #expect(run.waitFor("Clarify · 05:00"))
        #expect(run.waitFor("│"))
        run.type("/ask what is the latency budget?\r")
        #expect(run.waitFor("Interviewer: The whole ad request must return within 150 ms"))
        run.type("/ask how often are ads clicked?\r")
        #expect(run.waitFor("Interviewer: Average CTR is about 1%"))
        run.type("I will assume we optimise revenue.\r/next\r")
        #expect(run.waitFor("(Reply, then /next or Ctrl-D"))
        run.type("\u{04}")
        #expect(run.waitFor("Saved to"))
        let exit = try #require(run.waitForExit())
        #expect(exit.reason == .exit && exit.status == 0)
        let clarify = try #require(run.sessions().first?.report?.phases[.clarify])
        #expect(Set(clarify.matched.map(\.id)).isSuperset(of: ["clarify-latency", "clarify-base-rate"]))
        #expect(clarify.uncoveredFacts?.count == 2)
        #expect(run.screen.contains("Facts you uncovered with /ask:"))
    }

    @Test func theStatusLineCountsDownWithoutDisturbingTyping() throws {
        // The test moves the interview's clock (MLSD_TEST_CLOCK): no race with the wall clock.
        let clock = try TestClockFile()
        let run = try InterviewProcess(["practice", "video-recommendation"], home: home, environment: clock.environment)
        #expect(run.waitFor("phase 05:00 left"))
        run.type("half a sentence")
        #expect(run.waitFor("│ half a sentence"))
        #expect(statusLine(run.screen)?.contains("phase 05:00 left") == true)
        try clock.advance(to: 3)
        #expect(run.wait(timeout: 10) { process in self.statusLine(process.screen)?.contains("phase 04:57 left") == true })
        let status = try #require(statusLine(run.screen))
        #expect(status.contains("total 44:57 left"))
        #expect(status.contains("Clarify 1/6"))
        // The cursor is still where the typing was, and typing continues the same line.
        #expect(run.screen.cursorLine == "│ half a sentence")
        #expect(run.screen.cursorColumn == "│ half a sentence".count)
        run.type(", and the rest")
        #expect(run.waitFor("│ half a sentence, and the rest"))
        run.type("\u{03}")  // Ctrl-C: save and leave
        let exit = try #require(run.waitForExit())
        #expect(exit.reason == .exit && exit.status == 0)
        #expect(run.screen.contains("Saved. Continue with: mlsd resume"))
        #expect(sameSettings(run.terminalSettings, run.originalSettings))
        let session = try #require(run.sessions().first)
        #expect(!session.isFinished)
        #expect(session.phases[0].answer == "half a sentence, and the rest")
        #expect(session.phases[0].elapsedSeconds == 3)
    }

    @Test func sigtermSavesRestoresTheTerminalAndEndsByTheSignal() throws {
        let run = try InterviewProcess(["practice", "search-ranking"], home: home)
        #expect(run.waitFor("Phase 1/6"))
        run.type("A saved line.\r")
        #expect(run.waitForSession { $0.phases[0].answer == "A saved line." } != nil)
        run.type("typed but not entered")
        #expect(run.waitFor("typed but not entered"))
        // Raw mode is on now: no echo, no canonical input.
        #expect(run.terminalSettings.c_lflag & tcflag_t(ICANON | ECHO) == 0)
        run.send(SIGTERM)
        let exit = try #require(run.waitForExit())
        #expect(exit.reason == .uncaughtSignal && exit.status == SIGTERM)
        #expect(sameSettings(run.terminalSettings, run.originalSettings))
        #expect(run.terminalSettings.c_lflag & tcflag_t(ICANON | ECHO) == tcflag_t(ICANON | ECHO))
        #expect(run.output.hasSuffix("\u{1B}[?2004l\u{1B}[?25h") || run.output.contains("\u{1B}[?2004l"))
        let session = try #require(run.sessions().first)
        #expect(!session.isFinished)
        // A signal saves everything on screen, the unfinished line too.
        #expect(session.phases[0].answer == "A saved line.\ntyped but not entered")
        #expect(session.events.last?.kind == .pause)
    }

    @Test func aCrashStillRestoresTheTerminal() throws {
        let run = try InterviewProcess(["practice", "video-recommendation"], home: home)
        #expect(run.waitFor("Phase 1/6"))
        run.type("Saved before the crash.\r")
        #expect(run.waitForSession { $0.phases[0].answer == "Saved before the crash." } != nil)
        #expect(run.terminalSettings.c_lflag & tcflag_t(ICANON | ECHO) == 0)
        run.send(SIGABRT)  // what abort() or a failed precondition delivers
        let exit = try #require(run.waitForExit())
        #expect(exit.reason == .uncaughtSignal || exit.status != 0)
        #expect(sameSettings(run.terminalSettings, run.originalSettings))
        #expect(run.sessions().first?.phases[0].answer == "Saved before the crash.")
    }

    @Test func sighupSavesForResume() throws {
        let run = try InterviewProcess(["practice", "video-recommendation", "--minutes", "30"], home: home)
        #expect(run.waitFor("Phase 1/6"))
        run.type("Before the hang-up.\r")
        #expect(run.waitForSession { $0.phases[0].answer == "Before the hang-up." } != nil)
        run.send(SIGHUP)
        let exit = try #require(run.waitForExit())
        #expect(exit.reason == .uncaughtSignal && exit.status == SIGHUP)
        #expect(sameSettings(run.terminalSettings, run.originalSettings))
        #expect(run.sessions().first?.events.last?.kind == .pause)
    }

    @Test func killNineLosesAtMostTheLineBeingTyped() throws {
        let run = try InterviewProcess(["practice", "video-recommendation"], home: home)
        #expect(run.waitFor("Phase 1/6"))
        run.type("First submitted line.\rSecond submitted line.\r")
        let saved = run.waitForSession { $0.phases[0].answer == "First submitted line.\nSecond submitted line." }
        #expect(saved != nil)
        run.type("this one is lost")
        #expect(run.waitFor("this one is lost"))
        run.send(SIGKILL)
        let exit = try #require(run.waitForExit())
        #expect(exit.reason == .uncaughtSignal && exit.status == SIGKILL)
        let session = try #require(run.sessions().first)
        #expect(session.phases[0].answer == "First submitted line.\nSecond submitted line.")
        #expect(!session.isFinished)

        // The session resumes where it stood (here through a pipe).
        let resumed = try MLSDProcess.run(["resume"], home: home, stdin: "Third line after the crash.\n/quit\n")
        #expect(resumed.status == 0)
        #expect(resumed.stdout.contains("Resuming session \(session.id)"))
        let after = try #require(run.sessions().first)
        #expect(after.phases[0].answer == "First submitted line.\nSecond submitted line.\nThird line after the crash.")
        #expect(after.phases[0].elapsedSeconds >= session.phases[0].elapsedSeconds)
        #expect(after.phases[0].elapsedSeconds < session.phases[0].elapsedSeconds + 5)
    }

    @Test func aResizeRedrawsTheHeaderAndTheEditorAtTheNewWidth() throws {
        let clock = try TestClockFile()
        let run = try InterviewProcess(["practice", "video-recommendation"], home: home, columns: 100, rows: 30, environment: clock.environment)
        #expect(run.waitFor("phase 05:00 left"))
        run.type("Some text")
        #expect(run.waitFor("│ Some text"))
        run.screen = VirtualScreen(columns: 60, rows: 20)
        run.terminal.resize(columns: 60, rows: 20)
        run.send(SIGWINCH)
        #expect(run.waitFor("│ Some text"))
        #expect(run.screen.contains("── Phase 1/6 · Clarify · 05:00"))
        let status = try #require(statusLine(run.screen))
        #expect(status.count <= 60)
        #expect(run.screen.lines.allSatisfy { $0.count <= 60 })
        run.type("\r/quit\r")
        #expect(run.waitForExit()?.status == 0)
    }

    @Test func strictModeMovesOnWhenThePhaseTimeIsUp() throws {
        // One minute in all: clarify gets 7 seconds.
        let clock = try TestClockFile()
        let run = try InterviewProcess(["practice", "video-recommendation", "--minutes", "1", "--strict"], home: home, environment: clock.environment)
        #expect(run.waitFor("Phase 1/6 · Clarify · 00:07"))
        run.type("Typed in clarify")
        #expect(run.waitFor("│ Typed in clarify"))
        try clock.advance(to: 7)
        #expect(run.waitFor("Time is up for Clarify"))
        #expect(run.waitFor("Strict mode: Clarify is over"))
        #expect(run.waitFor("Phase 2/6 · Frame"))
        run.type("/quit\r")
        #expect(run.waitForExit()?.status == 0)
        let session = try #require(run.sessions().first)
        #expect(session.phases[0].answer == "Typed in clarify")
        #expect(session.phases[0].finished)
        #expect(session.phases[0].elapsedSeconds == 7)
        #expect(session.events.contains { $0.kind == .autoAdvance && $0.phase == .clarify })
    }

    @Test func termDumbRunsThePlainLineModeWithoutEscapeSequences() throws {
        let run = try InterviewProcess(["practice", "video-recommendation"], home: home, environment: ["TERM": "dumb"])
        #expect(run.waitFor("Each line is answer text"))
        run.type("A dumb-terminal answer.\n/next\n")
        #expect(run.waitFor("Phase 2/6"))
        run.type("\u{04}")  // end of input (the terminal is in canonical mode)
        let exit = try #require(run.waitForExit())
        #expect(exit.status == 0)
        #expect(run.screen.contains("Interview over"))
        #expect(!run.output.contains("\u{1B}"))
        #expect(run.sessions().first?.phases[0].answer == "A dumb-terminal answer.")
    }

    @Test func withoutAnIDAMenuSuggestsTheLeastPracticedCaseStudy() throws {
        let run = try InterviewProcess(["practice"], home: home)
        #expect(run.waitFor("Choose a case study"))
        let suggested = try #require(run.screen.allLines.first { $0.hasPrefix("  * ") })
        #expect(run.screen.allLines.allSatisfy { $0.count < 100 })
        #expect(suggested.contains("never practised"))
        run.type("nonsense\n")
        #expect(run.waitFor("is not one of them"))
        run.type("\n")  // Enter takes the suggestion
        #expect(run.waitFor("Phase 1/6"))
        run.type("/quit\r")
        #expect(run.waitForExit()?.status == 0)
        let id = try #require(run.sessions().first?.promptID)
        #expect(suggested.contains(id))
    }

    // MARK: - Issue 11: the summary on one screen, the empty reply, drills

    /// The rows of the final screen (not the scrollback) from the one that starts with `prefix` on.
    func finalScreen(_ run: InterviewProcess) -> [String] { run.screen.lines }

    @Test func at80x24TheFinalScreenShowsOverallTheBarsAndTheCommandForDetails() throws {
        let run = try InterviewProcess(["practice", "video-recommendation"], home: home, columns: 80, rows: 24)
        #expect(run.waitFor("Phase 1/6 · Clarify"))
        for phase in Phase.allCases {
            run.type("My \(phase.rawValue) answer: a two-tower retrieval, a ranker, nDCG offline, an A/B test, a canary rollout.\r\u{04}")
            // Enter on an empty reply skips the follow-up, as the screen says.
            #expect(run.waitFor("An empty reply skips it"), "follow-up of \(phase)")
            run.type("\r")
            if phase != .deploy { #expect(run.waitFor("Phase \(phase.position + 1)/6"), "after \(phase)") }
        }
        let exit = try #require(run.waitForExit(timeout: 30))
        #expect(exit.reason == .exit && exit.status == 0)
        let screen = finalScreen(run)
        #expect(screen.contains { $0.hasPrefix("Overall   ") }, "Overall on the final screen:\n\(screen.joined(separator: "\n"))")
        for phase in Phase.allCases {
            #expect(screen.contains { $0.hasPrefix(phase.title) && $0.range(of: #"\d\d:\d\d / \d\d:\d\d"#, options: .regularExpression) != nil },
                    "\(phase) bar and time on the final screen")
        }
        #expect(screen.contains { $0.hasPrefix("Details: mlsd review last") })
        #expect(screen.allSatisfy { $0.count <= 80 })
        let session = try #require(run.sessions().first)
        #expect(session.phases.allSatisfy { $0.followUp?.reply == "" && $0.followUp?.question.isEmpty == false })
        #expect(session.phases.allSatisfy { $0.answer.hasPrefix("My \($0.phase.rawValue) answer") })
    }

    @Test func aReportFullGoesThroughThePagerAndTheSummaryStillEndsTheScreen() throws {
        let run = try InterviewProcess(
            ["practice", "video-recommendation", "--phase", "model", "--report", "full"], home: home, columns: 80, rows: 24,
            environment: ["PAGER": "cat"])
        #expect(run.waitFor("Drill · Model"))
        run.type("Two towers for retrieval and a ranker.\r\u{04}")
        #expect(run.waitFor("An empty reply skips it"))
        run.type("\r")
        let exit = try #require(run.waitForExit(timeout: 30))
        #expect(exit.status == 0)
        #expect(run.screen.contains("Details — "), "the details went through the pager ($PAGER=cat)")
        #expect(run.screen.lines.contains { $0.hasPrefix("Overall   ") })
    }

    @Test func anItemDrillInTheTerminal() throws {
        let run = try InterviewProcess(
            ["drill", "ad-click-prediction", "--item", "deploy-streaming-features", "--seconds", "60"], home: home, columns: 80, rows: 24)
        #expect(run.waitFor("Item drill · Deploy · 01:00"))
        #expect(run.waitFor("Drill: Say how the ad's last-hour clicks"))
        #expect(run.wait { self.statusLine80($0.screen)?.contains("Deploy (drill)") == true })
        run.type("A streaming job updates per-ad click counters in the feature store every minute.\r\u{04}")
        let exit = try #require(run.waitForExit(timeout: 30))
        #expect(exit.status == 0)
        #expect(run.screen.lines.contains { $0.hasPrefix("✓ Covered: ") })
        #expect(run.screen.contains("Drill saved"))
        let attempts = try DrillLog(url: home.appendingPathComponent("drills.json")).load()
        #expect(attempts.count == 1 && attempts[0].covered && attempts[0].itemID == "deploy-streaming-features")
        #expect(run.sessions().isEmpty, "a drill is not a session")
        #expect(sameSettings(run.terminalSettings, run.originalSettings))
    }

    func statusLine80(_ screen: VirtualScreen) -> String? {
        screen.lines.last { $0.contains("phase ") || $0.contains(":") }
    }
}
