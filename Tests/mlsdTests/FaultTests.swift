import CoachKit
import Foundation
@preconcurrency import Glibc
import TerminalTestSupport
import Testing

/// The interview under faults, driven through the real binary: a data folder that is missing or cannot
/// be written, two interviews at once, a session file from a newer mlsd, a 10 MB paste, a terminal
/// narrowed to 20 columns. Each gets a clear message or keeps working, and no answer is lost.
/// Serialized because several tests run an interview with a live one-second clock.
@Suite(.serialized) struct FaultTests {
    let home = MLSDProcess.temporaryHome()
    /// Where the rescue copies go ($TMPDIR of the runs), so the tests can read them.
    var temporary: URL { home.appendingPathComponent("tmp") }

    func sessions(in home: URL) -> [Session] {
        SessionFixtures.sessions(in: home)
    }

    /// The one rescue file the run wrote, decoded.
    func rescued() throws -> (url: URL, session: Session) {
        let names = try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter { $0.hasPrefix("mlsd-unsaved-") && $0.hasSuffix(".json") }
        #expect(names.count == 1, "rescue files: \(names)")
        let url = temporary.appendingPathComponent(try #require(names.first))
        return (url, try SessionStore.decode(try Data(contentsOf: url), file: url.path))
    }

    /// A data home whose `sessions` is a regular file: nothing can be saved there, even as root
    /// (the tests run as root, for whom permission bits do not stop writes).
    func blockSessionsFolder() throws -> URL {
        let blocker = home.appendingPathComponent("sessions")
        try Data("in the way\n".utf8).write(to: blocker)
        return blocker
    }

    // MARK: - Missing and unwritable data folders

    @Test func aMissingDataFolderIsCreated() throws {
        let missing = home.appendingPathComponent("not/yet/there")
        let result = try MLSDProcess.run(["practice", "video-recommendation"], home: missing, stdin: "An answer.\n/quit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Saved. Continue with: mlsd resume"))
        #expect(sessions(in: missing).first?.phases[0].answer == "An answer.")
        // Only the session file: the lock that marked it open is gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: missing.appendingPathComponent("sessions").path).count == 1)
    }

    @Test func anUnwritableSessionsFolderWarnsAtOnceAndTheAnswersAreRescued() throws {
        let blocker = try blockSessionsFolder()
        let run = try InterviewProcess(["practice", "video-recommendation", "--follow-ups"], home: home, mode: .pipe, environment: ["TMPDIR": temporary.path])
        // Said at once, before anything is typed: what failed, why, and where the answers go instead.
        // (Required: typing into the pipe of a program that already stopped would kill the test run.)
        try #require(run.waitFor("Warning: the session cannot be saved."))
        #expect(run.screen.contains("is a file, not a folder"))
        #expect(run.output.contains("Your answers are kept in \(temporary.path)/mlsd-unsaved-"))
        #expect(run.screen.contains("Phase 1/6 · Clarify"))
        run.type("First line, typed while nothing can be saved.\n")
        #expect(run.wait { _ in (try? self.rescued().session.phases[0].answer) == "First line, typed while nothing can be saved." })
        run.type("/next\nA follow-up reply.\n/quit\n")
        run.closeInput()
        let exit = try #require(run.waitForExit())
        #expect(exit.reason == .exit && exit.status == 1)
        // The answers are printed, and the message names the rescue file and how to use it.
        #expect(run.screen.contains("Could not save the session; your answers are printed below."))
        #expect(run.screen.contains("## Clarify"))
        #expect(run.screen.contains("First line, typed while nothing can be saved."))
        #expect(run.screen.contains("A follow-up reply."))
        #expect(run.output.contains("Error: Cannot save sessions in \(blocker.path)"))
        #expect(!run.output.contains("Saved. Continue with"))
        let (url, session) = try rescued()
        #expect(run.output.contains(url.path))
        #expect(session.phases[0].followUp?.reply == "A follow-up reply.")
        #expect(try String(contentsOf: blocker, encoding: .utf8) == "in the way\n")

        // The rescue copy is a whole session: moved into a writable sessions folder, it resumes.
        let elsewhere = MLSDProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        try FileManager.default.createDirectory(at: elsewhere.appendingPathComponent("sessions"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: url, to: elsewhere.appendingPathComponent("sessions/\(session.id).json"))
        let resumed = try MLSDProcess.run(["resume"], home: elsewhere, stdin: "More of the reply.\n/quit\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(sessions(in: elsewhere).first?.phases[0].followUp?.reply == "A follow-up reply.\nMore of the reply.")
    }

    /// chmod 555 only stops an ordinary user, so this runs mlsd as `nobody` (needs root and setpriv).
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aReadOnlySessionsFolderForAnOrdinaryUser() throws {
        let sessions = home.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: sessions.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: temporary.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: home.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", MLSDProcess.executable.path, "practice", "video-recommendation"]
        var environment = ProcessInfo.processInfo.environment
        environment.merge(["MLSD_HOME": home.path, "TMPDIR": temporary.path, "HOME": temporary.path, "NO_COLOR": "1"]) { $1 }
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        (process.standardInput, process.standardOutput, process.standardError) = (input, output, errors)
        try process.run()
        input.fileHandleForWriting.write(Data("Typed into a read-only folder.\n/quit\n".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()  // the output is a few kilobytes: it fits in the pipes
        let result = MLSDProcess.Result(
            status: process.terminationStatus,
            stdout: String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
            stderr: String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        #expect(result.status == 1)
        #expect(result.stderr.contains("Warning: the session cannot be saved. Cannot create \(sessions.path)/"))
        #expect(result.stderr.contains("Permission denied"))
        #expect(result.stdout.contains("Typed into a read-only folder."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: sessions.path).isEmpty)
        #expect(try rescued().session.phases[0].answer == "Typed into a read-only folder.")
    }

    @Test func inTheTerminalCtrlCPrintsTheUnsavedAnswersAfterRestoringTheScreen() throws {
        // Under /proc no folder can be made at all.
        let unwritable = URL(fileURLWithPath: "/proc/mlsd-\(UUID().uuidString)")
        let clock = try TestClockFile()  // "05:00" stays on screen: the test's clock does not move
        let run = try InterviewProcess(
            ["practice", "video-recommendation"], home: unwritable, environment: clock.environment.merging(["TMPDIR": temporary.path]) { $1 })
        #expect(run.waitFor("Warning: the session cannot be saved."))
        #expect(run.waitFor("phase 05:00 left"))
        // The warning scrolls away as the answer grows; the status line keeps saying it.
        #expect(run.screen.lines.contains { $0.hasPrefix("Clarify 1/6 · not saved · /help") })
        run.type("Typed in the terminal.\rhalf a line")
        #expect(run.waitFor("│ half a line"))
        run.type("\u{03}")
        let exit = try #require(run.waitForExit())
        #expect(exit.reason == .exit && exit.status == 1)
        #expect(sameSettings(run.terminalSettings, run.originalSettings))
        #expect(run.screen.contains("Your answers (session "))
        #expect(run.screen.contains("Typed in the terminal."))
        #expect(run.screen.contains("half a line"))
        #expect(run.output.contains("Cannot save sessions in \(unwritable.path)/sessions"))
        #expect(try rescued().session.phases[0].answer == "Typed in the terminal.\nhalf a line")
    }

    @Test func sigtermWhileSavesFailStillRescuesEverythingOnScreen() throws {
        _ = try blockSessionsFolder()
        let run = try InterviewProcess(["practice", "search-ranking"], home: home, environment: ["TMPDIR": temporary.path])
        #expect(run.waitFor("Warning: the session cannot be saved."))
        #expect(run.waitFor("phase "))
        run.type("Entered line.\rnot entered yet")
        #expect(run.waitFor("│ not entered yet"))
        run.send(SIGTERM)
        let exit = try #require(run.waitForExit())
        #expect(exit.reason == .uncaughtSignal && exit.status == SIGTERM)
        #expect(sameSettings(run.terminalSettings, run.originalSettings))
        #expect(run.screen.contains("not entered yet"))
        #expect(run.output.contains("Error: Cannot save sessions in"))
        #expect(try rescued().session.phases[0].answer == "Entered line.\nnot entered yet")
    }

    // MARK: - Two interviews at once

    @Test func interviewsStartedInTheSameSecondKeepTheirOwnFiles() async throws {
        // All four read the same test clock (MLSD_TEST_CLOCK), so all start from the same
        // time-stamped id however the machine schedules them.
        let home = self.home
        let clock = try TestClockFile()
        let environment = clock.environment
        let results = try await withThrowingTaskGroup(of: MLSDProcess.Result.self) { group in
            for number in 1...4 {
                group.addTask {
                    try MLSDProcess.run(
                        ["practice", "video-recommendation"], home: home, stdin: "Answer from interview \(number).\n/quit\n",
                        environment: environment)
                }
            }
            var results: [MLSDProcess.Result] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(results.allSatisfy { $0.status == 0 })
        let saved = sessions(in: home)
        #expect(Set(saved.map(\.id)).count == 4)
        let base = Session.makeID(promptID: "video-recommendation", startedAt: Date(timeIntervalSince1970: TestClockFile.start))
        #expect(Set(saved.map(\.id)) == [base, base + "-2", base + "-3", base + "-4"])
        #expect(Set(saved.map { $0.phases[0].answer }) == Set((1...4).map { "Answer from interview \($0)." }))
    }

    @Test func anIDClaimedByAnotherProcessThatHasNotSavedYetIsNotReused() throws {
        // Another process has claimed the ids of the next few seconds but written no file yet (the
        // moment between choosing an id and the first save): a new interview must pick another one.
        // The interview reads the test's clock (MLSD_TEST_CLOCK), so the claimed id is the one it
        // would choose however slowly it starts.
        let store = SessionStore(directory: home.appendingPathComponent("sessions"))
        let clock = try TestClockFile()
        let held = try store.lock(Session.makeID(promptID: "video-recommendation", startedAt: Date(timeIntervalSince1970: TestClockFile.start)))
        defer { held.release() }
        let result = try MLSDProcess.run(["practice", "video-recommendation"], home: home, stdin: "Mine.\n/quit\n", environment: clock.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let session = try #require(sessions(in: home).first)
        #expect(session.id.hasSuffix("-video-recommendation-2"))
        #expect(session.phases[0].answer == "Mine.")
    }

    @Test func resumeRefusesASessionOpenInAnotherProcessUntilThatOneEnds() throws {
        let run = try InterviewProcess(["practice", "video-recommendation"], home: home)
        #expect(run.waitFor("Phase 1/6"))
        run.type("Typed in the first terminal.\r")
        let session = try #require(run.waitForSession { $0.phases[0].answer == "Typed in the first terminal." })

        let named = try MLSDProcess.run(["resume", session.id], home: home, stdin: "Typed in the second.\n")
        #expect(named.status == 1)
        #expect(named.stderr.contains("The session \(session.id) is open in another mlsd (process \(run.process.processIdentifier)) right now."))
        let latest = try MLSDProcess.run(["resume"], home: home, stdin: "Typed in the second.\n")
        #expect(latest.status == 1)
        #expect(latest.stderr.contains("is open in another mlsd"))
        #expect(!latest.stdout.contains("Resuming session"))

        // The first one is killed outright: the kernel drops its lock, and the session resumes.
        run.send(SIGKILL)
        #expect(run.waitForExit() != nil)
        let after = try MLSDProcess.run(["resume", session.id], home: home, stdin: "After the crash.\n/quit\n")
        #expect(after.status == 0, "\(after.stderr)")
        #expect(sessions(in: home).first?.phases[0].answer == "Typed in the first terminal.\nAfter the crash.")
    }

    // MARK: - A session file from a newer mlsd

    @Test func aSessionFileFromANewerVersionIsNamedSkippedAndLeftAlone() throws {
        let first = try MLSDProcess.run(["practice", "video-recommendation"], home: home, stdin: "An old answer.\n/quit\n")
        #expect(first.status == 0)
        let current = try #require(sessions(in: home).first)
        var object = try #require(try JSONSerialization.jsonObject(with: SessionStore.encoder().encode(current)) as? [String: Any])
        object["schemaVersion"] = 99
        object["id"] = "20990101-000000-video-recommendation"
        object["somethingNew"] = "from the future"
        let bytes = try JSONSerialization.data(withJSONObject: object)
        let newer = home.appendingPathComponent("sessions/20990101-000000-video-recommendation.json")
        try bytes.write(to: newer)
        let warning = "warning: \(newer.path) was written by a newer mlsd (session schema 99)"

        let history = try MLSDProcess.run(["history"], home: home)
        #expect(history.status == 0)
        #expect(history.stderr.contains(warning))
        #expect(history.stdout.contains(current.id))

        let resumed = try MLSDProcess.run(["resume"], home: home, stdin: "More.\n/quit\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains(warning))
        #expect(resumed.stdout.contains("Resuming session \(current.id)"))

        let named = try MLSDProcess.run(["resume", "2099"], home: home, stdin: "")
        #expect(named.status == 65)
        #expect(named.stderr.contains("Cannot resume '2099': \(newer.path) was written by a newer mlsd"))

        let practice = try MLSDProcess.run(["practice"], home: home, stdin: "/quit\n")
        #expect(practice.status == 0)
        #expect(practice.stderr.contains(warning))

        #expect(try Data(contentsOf: newer) == bytes)
        #expect(sessions(in: home).first { $0.id == current.id }?.phases[0].answer == "An old answer.\nMore.")
    }

    // MARK: - Ten megabytes

    /// 100,000 lines of 99 characters: 10 MB.
    static let bigLineCount = 100_000
    static let bigLine = String(repeating: "z", count: 99)

    @Test func aTenMegabytePasteInTheTerminalIsSavedInFullAndTypingGoesOn() throws {
        let clock = try TestClockFile()  // "05:00" stays on screen: the test's clock does not move
        let run = try InterviewProcess(["practice", "video-recommendation"], home: home, environment: clock.environment)
        #expect(run.waitFor("phase 05:00 left"))
        // What a terminal sends for a bracketed paste: line breaks as CR.
        let paste = "\u{1B}[200~" + String(repeating: Self.bigLine + "\r", count: Self.bigLineCount) + "\u{1B}[201~"
        let started = Date()
        // The paste is written from another thread while this one keeps reading the screen, as a
        // terminal does: the program's output must never block its input.
        let writer = DispatchGroup()
        let box = Unchecked(run)
        DispatchQueue.global().async(group: writer) { box.value.type(paste) }
        while writer.wait(timeout: .now()) == .timedOut { run.pump(milliseconds: 20) }
        run.type("TAIL")
        #expect(run.waitFor("│ TAIL", timeout: 30))
        let pasted = Date().timeIntervalSince(started)
        #expect(pasted < 30, "paste took \(pasted) s")

        // Still responsive: a key shows at once.
        let typed = Date()
        run.type("!")
        #expect(run.waitFor("│ TAIL!"))
        #expect(Date().timeIntervalSince(typed) < 5)

        run.type("\u{03}")
        let exit = try #require(run.waitForExit(timeout: 30))
        #expect(exit.status == 0)
        #expect(run.screen.contains("earlier lines not shown"))
        let answer = try #require(run.sessions().first?.phases[0].answer)
        #expect(answer.utf8.count == Self.bigLineCount * 100 + "TAIL!".utf8.count)
        #expect(answer.hasSuffix(Self.bigLine + "\nTAIL!"))
    }

    @Test func tenMegabytesThroughAPipeAreSavedInFull() throws {
        let input = String(repeating: Self.bigLine + "\n", count: Self.bigLineCount) + "/quit\n"
        let started = Date()
        let result = try MLSDProcess.run(["practice", "video-recommendation"], home: home, stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 30)
        let answer = try #require(sessions(in: home).first?.phases[0].answer)
        #expect(answer.utf8.count == Self.bigLineCount * 100 - 1)
    }

    // MARK: - A terminal 20 columns wide

    @Test func aTerminalNarrowedToTwentyColumnsAndBackKeepsWorking() throws {
        let clock = try TestClockFile()  // "05:00" stays on screen: the test's clock does not move
        let run = try InterviewProcess(["practice", "video-recommendation"], home: home, columns: 100, rows: 30, environment: clock.environment)
        #expect(run.waitFor("phase 05:00 left"))
        run.type("Typed at full width")
        #expect(run.waitFor("│ Typed at full width"))

        resize(run, columns: 20, rows: 30)
        // The status line still shows the phase and its time, and nothing is wider than the screen.
        #expect(run.wait { process in process.screen.lines.contains { $0.hasPrefix("Clarify 1/6") && $0.contains(":") } })
        let status = try #require(run.screen.lines.first { $0.hasPrefix("Clarify 1/6") })
        #expect(status.count <= 20)
        #expect(status.range(of: #"0[45]:[0-5][0-9]$"#, options: .regularExpression) != nil, "\(status)")
        #expect(run.screen.lines.allSatisfy { $0.count <= 20 })
        run.type(", then narrow")
        #expect(run.waitFor("narrow"))
        #expect(run.screen.lines.allSatisfy { $0.count <= 20 })

        resize(run, columns: 100, rows: 30)
        #expect(run.waitFor("│ Typed at full width, then narrow"))
        #expect(run.waitFor("phase 0"))
        run.type(", and wide again.\r/quit\r")
        #expect(run.waitForExit()?.status == 0)
        #expect(run.sessions().first?.phases[0].answer == "Typed at full width, then narrow, and wide again.")
    }

    /// What a terminal emulator does when its window changes size.
    func resize(_ run: InterviewProcess, columns: Int, rows: Int) {
        run.screen = VirtualScreen(columns: columns, rows: rows)
        run.terminal.resize(columns: columns, rows: rows)
        run.send(SIGWINCH)
    }
}

/// Hands a value to another thread when the test knows the access is safe (here: `type` only reads
/// constants of the process runner while the main thread reads the screen).
private struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
