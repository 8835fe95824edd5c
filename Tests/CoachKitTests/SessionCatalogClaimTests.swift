import Foundation
import Testing
@testable import CoachKit
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The catalog as the one way to reach a session: resolve and load one, claim one for an interview (refused while
/// another mlsd has it open), claim a new id, delete one.
@Suite("Session catalog: resolve, load, claim, delete")
struct SessionCatalogClaimTests {
    let f = ProgressFixtures.self

    /// Two finished sessions and, newest, two unfinished ones.
    func makeHome() throws -> (SessionCatalog, [Session]) {
        let home = DataHome(root: f.temporaryDirectory())
        let catalog = SessionCatalog(dataHome: home)
        let sessions = [
            f.session(at: f.start, coverage: [.clarify: ["a"]]),
            f.session(at: f.start + f.day, coverage: [.clarify: ["a", "b"]]),
            f.session(at: f.start + 2 * f.day, drill: .data, finished: false),
            f.session(at: f.start + 3 * f.day, drill: .model, finished: false),
        ]
        for session in sessions { try catalog.store.save(session) }
        return (catalog, sessions)
    }

    func clean(_ catalog: SessionCatalog) {
        try? FileManager.default.removeItem(at: catalog.store.directory.deletingLastPathComponent())
    }

    @Test func aResolvedSummaryLoadsItsWholeSession() throws {
        let (catalog, sessions) = try makeHome()
        defer { clean(catalog) }
        let listing = catalog.load()
        #expect(try catalog.session(for: listing.resolve("last")) == sessions[3])
        #expect(try catalog.session(for: listing.resolve(sessions[1].id)) == sessions[1])
    }

    @Test func aNameOfASkippedFileFindsItsWarningInsteadOfNoMatch() throws {
        let (catalog, sessions) = try makeHome()
        defer { clean(catalog) }
        let future = catalog.store.directory.appendingPathComponent("20300101-000000-from-the-future.json")
        try Data("{\"schemaVersion\": 99}".utf8).write(to: future)
        let listing = catalog.load()
        #expect(throws: SessionStore.StoreError.notFound("2030")) { try listing.resolve("2030") }
        #expect(listing.skippedFile(matching: "2030") == .newerVersion(file: future.path, version: 99))
        #expect(listing.skippedFile(matching: "last") == nil)
        #expect(listing.skippedFile(matching: sessions[0].id) == nil)
    }

    @Test func aSessionOpenInAnotherMLSDCannotBeClaimed() throws {
        let (catalog, sessions) = try makeHome()
        defer { clean(catalog) }
        let id = sessions[2].id
        let held = try catalog.store.lock(id)
        defer { held.release() }
        #expect(throws: SessionCatalog.ClaimError.open(id: id, holder: getpid())) { try catalog.claim(id) }
        #expect(SessionCatalog.ClaimError.open(id: id, holder: 42).description == "The session \(id) is open in another mlsd (process 42) right now. Continue it there, or leave it with /quit or Ctrl-C first; two interviews writing one session would overwrite each other's answers.")
        // Released, it can be claimed again.
        held.release()
        let lock = try #require(try catalog.claim(id))
        lock.release()
    }

    @Test func theNewestUnfinishedSessionNotOpenElsewhereIsClaimed() throws {
        let (catalog, sessions) = try makeHome()
        defer { clean(catalog) }
        let listing = catalog.load()
        let newest = try catalog.store.lock(sessions[3].id)
        defer { newest.release() }
        let claim = try #require(try catalog.claimNewestUnfinished(in: listing))
        #expect(claim.summary.id == sessions[2].id)
        #expect(claim.passedOver.map(\.id) == [sessions[3].id])
        // Both open elsewhere: the newest one's refusal.
        #expect(throws: SessionCatalog.ClaimError.open(id: sessions[3].id, holder: getpid())) { try catalog.claimNewestUnfinished(in: listing) }
        claim.lock?.release()
    }

    @Test func aLinkPlantedWhereTheLockGoesIsRefused() throws {
        let (catalog, sessions) = try makeHome()
        defer { clean(catalog) }
        let id = sessions[2].id
        let target = catalog.store.directory.appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(at: catalog.store.lockURL(for: id), withDestinationURL: target)
        #expect(throws: SessionCatalog.ClaimError.refused(.refused(path: catalog.store.lockURL(for: id).path, reason: "it is a symbolic link"))) {
            try catalog.claim(id)
        }
        #expect(try Data(contentsOf: target) == Data("precious".utf8))
    }

    @Test func aFolderThatCannotBeLockedLetsTheInterviewGoOnUnlocked() throws {
        let root = f.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: root.appendingPathComponent("sessions"))
        let catalog = SessionCatalog(store: SessionStore(directory: root.appendingPathComponent("sessions")), indexFile: nil)
        #expect(try catalog.claim("20270115-080000-fixture-feed") == nil)
        let new = catalog.claimNewID(for: "20270115-080000-fixture-feed")
        #expect(new.id == "20270115-080000-fixture-feed" && new.lock == nil)
    }

    @Test func newIDsAreClaimedPastHeldAndExistingOnes() throws {
        let (catalog, sessions) = try makeHome()
        defer { clean(catalog) }
        let first = catalog.claimNewID(for: sessions[0].id)  // its file exists
        #expect(first.id == sessions[0].id + "-2" && first.lock != nil)
        let second = catalog.claimNewID(for: sessions[0].id)  // -2 is held
        #expect(second.id == sessions[0].id + "-3" && second.lock != nil)
        first.lock?.release()
        second.lock?.release()
    }

    @Test func deletingRemovesTheFileUnlessTheSessionIsOpen() throws {
        let (catalog, sessions) = try makeHome()
        defer { clean(catalog) }
        let summary = try catalog.load().resolve(sessions[0].id)
        let held = try catalog.store.lock(summary.id)
        #expect(throws: SessionCatalog.ClaimError.openForDeletion(id: summary.id, holder: getpid())) { try catalog.delete(summary) }
        #expect(FileManager.default.fileExists(atPath: catalog.store.url(for: summary.id).path))
        held.release()
        try catalog.delete(summary)
        #expect(!FileManager.default.fileExists(atPath: catalog.store.url(for: summary.id).path))
        #expect(catalog.load().summaries.map(\.id) == sessions.dropFirst().reversed().map(\.id))
        // Its lock is released: nothing is left behind.
        #expect(!FileManager.default.fileExists(atPath: catalog.store.lockURL(for: summary.id).path))
    }
}
