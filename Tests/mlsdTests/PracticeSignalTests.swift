import CoachKit
import Foundation
@preconcurrency import Glibc
import TerminalTestSupport
import Testing

/// SIGQUIT, Ctrl-\, SIGTSTP, Ctrl-Z and SIGCONT during an interview in a real pseudo-terminal
/// (issue 9): quitting saves, restores the terminal and prints no crash report; suspending restores
/// the terminal and stops the process; continuing re-enters raw mode and redraws.
@Suite(.serialized) struct PracticeSignalTests {
    let home = MLSDProcess.temporaryHome()

    /// The process state letter from /proc ("T" when stopped), or nil.
    static func state(of pid: Int32) -> Character? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        return text[text.index(after: close)...].first { $0 != " " }
    }

    func startWithDraft(_ environment: [String: String] = [:]) throws -> (InterviewProcess, TestClockFile) {
        let clock = try TestClockFile()
        let run = try InterviewProcess(["practice", "video-recommendation"], home: home, environment: clock.environment.merging(environment) { $1 })
        try #require(run.waitFor("Phase 1/6"))
        run.type("A saved line.\r")
        try #require(run.waitForSession { $0.phases[0].answer == "A saved line." } != nil)
        run.type("a draft")
        try #require(run.waitFor("│ a draft"))
        #expect(run.terminalSettings.c_lflag & tcflag_t(ICANON | ECHO) == 0)
        return (run, clock)
    }

    func expectQuitBySIGQUIT(_ run: InterviewProcess) throws {
        let exit = try #require(run.waitForExit())
        #expect(exit.reason == .uncaughtSignal && exit.status == SIGQUIT)
        #expect(sameSettings(run.terminalSettings, run.originalSettings))
        #expect(!run.output.contains("crashed") && !run.output.contains("Backtrace") && !run.output.contains("Fatal error"))
        let session = try #require(run.sessions().first)
        #expect(session.phases[0].answer == "A saved line.\na draft")
        #expect(!session.isFinished)
        #expect(session.events.last?.kind == .pause)
    }

    @Test func sigquitSavesRestoresTheTerminalWithoutACrashReport() throws {
        // The Swift runtime's backtracer on, as for a user: it must not get to print a crash report.
        let (run, _) = try startWithDraft(["SWIFT_BACKTRACE": "enable=yes,interactive=no"])
        run.send(SIGQUIT)
        try expectQuitBySIGQUIT(run)
    }

    @Test func ctrlBackslashInRawModeQuitsLikeSigquit() throws {
        let (run, _) = try startWithDraft()
        run.type("\u{1C}")
        try expectQuitBySIGQUIT(run)
    }

    func expectSuspendAndContinue(_ run: InterviewProcess, suspend: () -> Void) throws {
        let pid = run.process.processIdentifier
        suspend()
        #expect(run.wait { _ in Self.state(of: pid) == "T" }, "the process did not stop")
        // Stopped with the terminal as the shell left it, and the draft saved.
        #expect(sameSettings(run.terminalSettings, run.originalSettings))
        #expect(run.sessions().first?.phases[0].answer == "A saved line.\na draft")
        // `fg`: continued, raw mode again and the screen redrawn (onto a blank test screen).
        run.screen = VirtualScreen(columns: 100, rows: 30)
        kill(pid, SIGCONT)
        #expect(run.waitFor("│ a draft"))
        #expect(run.waitFor("Phase 1/6 · Clarify"))
        #expect(run.wait { $0.terminalSettings.c_lflag & tcflag_t(ICANON | ECHO) == 0 })
        run.type(", and more after fg\r/quit\r")
        let exit = try #require(run.waitForExit())
        #expect(exit.reason == .exit && exit.status == 0)
        #expect(sameSettings(run.terminalSettings, run.originalSettings))
        #expect(run.sessions().first?.phases[0].answer == "A saved line.\na draft, and more after fg")
    }

    @Test func ctrlZSuspendsAndFgResumesWithARedraw() throws {
        let (run, _) = try startWithDraft()
        try expectSuspendAndContinue(run) { run.type("\u{1A}") }
    }

    @Test func sigtstpSuspendsAndSigcontResumesWithARedraw() throws {
        let (run, _) = try startWithDraft()
        try expectSuspendAndContinue(run) { run.send(SIGTSTP) }
    }
}
