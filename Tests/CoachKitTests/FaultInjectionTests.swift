import Foundation
import Testing
@testable import CoachKit

/// Faults injected below the terminal: a save that fails (disk full, a folder that cannot be written),
/// two processes claiming one session id, a lock left by a crash, a session file from a newer mlsd,
/// and answers of ten megabytes. Nothing typed may be lost in any of them.
@Suite struct FaultInjectionTests {
    typealias F = InterviewFixtures

    /// A fresh folder under the temporary directory; removed by `clean`.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mlsd-faults-\(UUID().uuidString)")

    func clean() { try? FileManager.default.removeItem(at: folder) }

    func decodeSession(at url: URL) throws -> Session {
        try SessionStore.decode(try Data(contentsOf: url), file: url.path)
    }

    /// A save function that fails with "No space left on device" while `log.failure` is set.
    func saver(_ log: F.SaveLog, rescue: URL) -> SessionSaver {
        SessionSaver(rescueFile: rescue, primary: { try log.save($0) })
    }

    // MARK: - A full disk

    @Test func aFullDiskIsReportedAtOnceAndTheAnswersGoToTheRescueFile() throws {
        defer { clean() }
        let log = F.SaveLog()
        let rescue = folder.appendingPathComponent("rescue/mlsd-unsaved-x.json")
        let saver = saver(log, rescue: rescue)
        log.failure = F.DiskFull()
        let (started, opening) = InterviewEngine.start(
            prompt: F.prompt(), lexicon: F.lexicon, options: SessionOptions(minutes: 45), clock: ManualClock(),
            id: "20270115-080000-fixture-feed", save: saver.save)
        var engine = started

        // The very first save fails: the interview still opens, and says so with the reason and the rescue file.
        guard case .phaseStarted = opening.first else { Issue.record("\(opening)"); return }
        let warning = try #require(opening.compactMap { if case .saveFailed(let text) = $0 { text } else { nil } }.first)
        #expect(warning.contains("No space left on device"))
        #expect(warning.contains(rescue.path))
        #expect(engine.isRunning && engine.isSaveFailing)
        #expect(try decodeSession(at: rescue).id == "20270115-080000-fixture-feed")

        // Every later line still reaches the rescue file, without repeating the warning.
        #expect(engine.submit("First line while the disk is full.").isEmpty)
        #expect(engine.submit("/next").contains(.followUp("Probe for clarify?")))
        #expect(engine.submit("A reply nobody could save.").isEmpty)
        let rescued = try decodeSession(at: rescue)
        #expect(rescued.phases[0].answer == "First line while the disk is full.")
        #expect(rescued.phases[0].followUp?.reply == "A reply nobody could save.")
        #expect(log.count == 0)
        #expect(saver.lastFailure?.rescued == true)

        // Space again: the next save says so, writes everything, and the stale rescue copy goes.
        log.failure = nil
        #expect(engine.submit("Disk has room again.") == [.saveRecovered])
        #expect(log.last?.phases[0].followUp?.reply == "A reply nobody could save.\nDisk has room again.")
        #expect(!FileManager.default.fileExists(atPath: rescue.path))
        #expect(saver.lastFailure == nil)
        #expect(!engine.isSaveFailing)
    }

    @Test func whenTheRescueFileFailsTooTheMessageSaysTheAnswersWillBePrinted() throws {
        defer { clean() }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let blocker = folder.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let log = F.SaveLog()
        log.failure = F.DiskFull()
        let saver = saver(log, rescue: blocker.appendingPathComponent("rescue.json"))
        var (engine, _, _, _) = F.start(log: log)
        engine = InterviewEngine(session: engine.session, prompt: F.prompt(), lexicon: F.lexicon, clock: ManualClock(), save: saver.save)
        let notices = engine.submit("Typed while nothing can be written.")
        let warning = try #require(notices.compactMap { if case .saveFailed(let text) = $0 { text } else { nil } }.first)
        #expect(warning.contains("No space left on device"))
        #expect(warning.contains("\(blocker.path) is a file, not a folder"))
        #expect(warning.contains("printed when the interview ends"))
        #expect(saver.lastFailure?.rescued == false)
        // The text is still in the engine, for the front end to print.
        #expect(engine.session.phases[0].answer == "Typed while nothing can be written.")
    }

    @Test func pausingWhileSavesFailKeepsEverythingForTheFrontEnd() throws {
        defer { clean() }
        var (engine, _, _, log) = F.start()
        log.failure = F.DiskFull()
        _ = engine.submit("Line one.")
        engine.update(draft: "Line one.\nHalf a line on screen")
        let notices = engine.perform(.quit)
        #expect(notices.contains(.paused))
        #expect(engine.isSaveFailing)
        #expect(engine.session.phases[0].answer == "Line one.\nHalf a line on screen")
        #expect(log.count == 1)  // only the start was saved
    }

    @Test func theRealStoreFailsWithASentenceWhenTheSessionsFolderIsAFile() throws {
        defer { clean() }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sessions = folder.appendingPathComponent("sessions")
        try Data("in the way".utf8).write(to: sessions)
        let rescue = folder.appendingPathComponent("tmp/rescue.json")
        let saver = SessionSaver(store: SessionStore(directory: sessions), rescueFile: rescue)
        let (engine, opening) = InterviewEngine.start(
            prompt: F.prompt(), lexicon: F.lexicon, options: SessionOptions(minutes: 45), clock: ManualClock(),
            id: "20270115-080000-fixture-feed", save: saver.save)
        let warning = try #require(opening.compactMap { if case .saveFailed(let text) = $0 { text } else { nil } }.first)
        #expect(warning.contains("Cannot create \(sessions.path): \(sessions.path) is a file, not a folder."))
        #expect(try decodeSession(at: rescue) == engine.session)
        #expect(try String(contentsOf: sessions, encoding: .utf8) == "in the way")
    }

    @Test func aMissingDataFolderIsCreatedWithItsParents() throws {
        defer { clean() }
        let store = SessionStore(directory: folder.appendingPathComponent("not/yet/there/sessions"))
        let (engine, _, _, _) = F.start()
        try store.save(engine.session)
        #expect(try store.load(fileAt: store.url(for: engine.session.id)) == engine.session)
    }

    // MARK: - Two interviews at once

    @Test func claimedIDsAreLockedAndNeverShared() throws {
        defer { clean() }
        let store = SessionStore(directory: folder)
        let base = "20270115-080000-fixture-feed"
        let first = try store.claimID(for: base)
        let second = try store.claimID(for: base)
        #expect(first.id == base)
        #expect(second.id == base + "-2")
        // While the first is held, nobody else can open that session.
        #expect(throws: FileLock.LockError.busy(path: store.lockURL(for: base).path, holder: getpid())) { try store.lock(base) }
        // Released: the lock file goes, and the id is free again as long as no session file has it.
        first.lock.release()
        #expect(!FileManager.default.fileExists(atPath: store.lockURL(for: base).path))
        let (engine, _, _, _) = F.start()
        var session = engine.session
        session.id = base
        try store.save(session)
        #expect(try store.claimID(for: base).id == base + "-3")  // base has a file, -2 is held
        second.lock.release()
        // The lock files are hidden: listings never see them.
        #expect(SessionCatalog(store: store, indexFile: nil).sessionIDs() == [base])
        #expect(SessionCatalog(store: store, indexFile: nil).load().warnings.isEmpty)
    }

    @Test func manyClaimsAtOnceGetDistinctIDs() async throws {
        defer { clean() }
        let store = SessionStore(directory: folder)
        let base = "20270115-080000-fixture-feed"
        let ids = try await withThrowingTaskGroup(of: (String, FileLock).self) { group in
            for _ in 0..<8 { group.addTask { try store.claimID(for: base) } }
            var claimed: [(String, FileLock)] = []
            for try await result in group { claimed.append(result) }
            return claimed
        }
        #expect(Set(ids.map(\.0)).count == 8)
        for (_, lock) in ids { lock.release() }
    }

    @Test func aLockLeftByACrashedProcessIsTakenOver() throws {
        defer { clean() }
        let store = SessionStore(directory: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // A lock file whose holder is gone: the pid of a process that no longer runs, no flock on it.
        try Data("999999\n".utf8).write(to: store.lockURL(for: "abc"))
        let lock = try store.lock("abc")
        #expect(try String(contentsOf: store.lockURL(for: "abc"), encoding: .utf8) == "\(getpid())\n")
        lock.release()
        lock.release()  // twice is harmless
    }

    @Test func aFolderThatCannotHoldALockSaysWhy() throws {
        defer { clean() }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("sessions"))
        let store = SessionStore(directory: folder.appendingPathComponent("sessions"))
        #expect(throws: FileLock.LockError.self) { try store.claimID(for: "id") }
        do {
            _ = try store.lock("id")
        } catch let error as FileLock.LockError {
            guard case .unavailable(_, let reason) = error else { Issue.record("\(error)"); return }
            #expect(reason.contains("is a file, not a folder"))
        }
    }

    // MARK: - A session file from a newer mlsd

    @Test func aNewerSessionFileIsSkippedNamedAndNeverOverwritten() throws {
        defer { clean() }
        let store = SessionStore(directory: folder)
        let (engine, _, _, _) = F.start()
        var session = engine.session
        session.id = "20300101-000000-fixture-feed"
        let object = try #require(try JSONSerialization.jsonObject(with: SessionStore.encoder().encode(session)) as? [String: Any])
        var newer = object
        newer["schemaVersion"] = 99
        newer["aFieldFromTheFuture"] = ["kept": true]
        let bytes = try JSONSerialization.data(withJSONObject: newer)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = store.url(for: session.id)
        try bytes.write(to: file)

        let listing = SessionCatalog(store: store, indexFile: nil).load()
        let (sessions, warnings) = (listing.summaries, listing.warnings)
        #expect(sessions.isEmpty)
        #expect(warnings == [.newerVersion(file: file.path, version: 99)])
        #expect(warnings[0].description.contains(file.path))
        #expect(throws: SessionStore.StoreError.newerVersion(file: file.path, version: 99)) { try store.save(session) }
        // A new interview in that same second takes another id rather than the newer file's.
        let claimed = try store.claimID(for: session.id)
        #expect(claimed.id == session.id + "-2")
        claimed.lock.release()
        #expect(try Data(contentsOf: file) == bytes)
    }

    // MARK: - Ten megabytes

    @Test func tenMegabytesOfPipedLinesAreKeptInFullAndSavedOnce() throws {
        let log = F.SaveLog()
        var (engine, _, _, _) = F.start(log: log)
        let savesBefore = log.count
        let line = String(repeating: "z", count: 99)
        let started = Date()
        for _ in 0..<100_000 { _ = engine.submit(line, save: false) }
        // Appending in place: quadratic copying would take minutes here.
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(log.count == savesBefore)
        #expect(engine.checkpoint().isEmpty)
        #expect(log.count == savesBefore + 1)
        #expect(log.last?.phases[0].answer.utf8.count == 100_000 * 100 - 1)
        // A command still saves at once, with the lines before it.
        _ = engine.submit("one more", save: false)
        _ = engine.submit("/time", save: false)
        #expect(log.last?.phases[0].answer.hasSuffix("\nzzz" + String(repeating: "z", count: 96) + "\none more") == true)
    }
}
