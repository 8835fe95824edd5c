import Foundation
import Testing
@testable import CoachKit

/// Issue 10: a warm `history`, `stats` or `next` stats the session files on a second thread while the
/// index is read, uses a whole index's arrays as they are when every file is where the index lists
/// it, and matches files to entries by position before hashing names. Each shortcut must fall back
/// to the general path whenever its assumption does not hold.
@Suite("Session index warm path")
struct SessionIndexWarmPathTests {
    let f = ProgressFixtures.self

    func makeHome(count: Int) throws -> (DataHome, SessionCatalog) {
        let home = DataHome(root: f.temporaryDirectory())
        let store = SessionStore(directory: home.sessions)
        for index in 0..<count {
            let session = f.session(
                at: f.start + Double(index) * f.day, coverage: [.clarify: index % 2 == 0 ? ["a"] : ["a", "b"]],
                id: "20270115-08000\(index)-fixture-\(index)")
            try store.save(session)
        }
        return (home, SessionCatalog(dataHome: home))
    }

    @Test func bothRunsBothPiecesOfWorkAndReturnsTheirResults() {
        let (sum, text) = ParallelMap.both(background: { (1...1000).reduce(0, +) }, foreground: { "foreground" })
        #expect(sum == 500_500)
        #expect(text == "foreground")
    }

    @Test func aBlockNamingAFileTwiceKeepsItsLaterEntry() throws {
        let index = SessionIndexFile(sessionSchema: Session.currentSchemaVersion, entries: [
            .init(name: "a.json", size: 1, modified: 1, unreadable: "first"),
            .init(name: "b.json", size: 2, modified: 2, newerVersion: 9),
            .init(name: "a.json", size: 3, modified: 3, unreadable: "second"),
        ])
        let decoded = try #require(SessionIndexFile.decode(index.encode()))
        #expect(decoded.entries.map(\.name) == ["a.json", "b.json"])
        #expect(decoded.entries.map(\.unreadable) == ["second", nil])
        #expect(decoded.recordCount == 3)
        #expect(decoded.entry(named: "a.json")?.size == 3)
    }

    @Test func anIndexListingTheFilesInAnotherOrderGivesWhatTheFilesGive() throws {
        let (home, catalog) = try makeHome(count: 6)
        defer { try? FileManager.default.removeItem(at: home.root) }
        let url = try #require(catalog.indexFile)
        _ = catalog.load()
        let written = try #require(SessionIndexFile.read(from: url))
        try SessionIndexFile(sessionSchema: written.sessionSchema, entries: written.entries.reversed()).write(to: url)
        let reversed = try Data(contentsOf: url)
        let files = SessionCatalog(store: catalog.store, indexFile: nil).load(items: .numbered)
        let listing = catalog.load(items: .numbered)
        #expect(listing.summaries.map(\.id) == files.summaries.map(\.id))
        #expect(listing.summaries.map(\.overall) == files.summaries.map(\.overall))
        #expect(listing.itemResults?.items == files.itemResults?.items)
        // Every entry was current, only elsewhere: nothing was re-read or rewritten.
        #expect(try Data(contentsOf: url) == reversed)
    }

    @Test func anEntryInItsExpectedPlaceIsTrustedOnlyWhileItMatchesTheFile() throws {
        let (home, catalog) = try makeHome(count: 3)
        defer { try? FileManager.default.removeItem(at: home.root) }
        _ = catalog.load()
        let url = try #require(catalog.indexFile)
        let index = try #require(SessionIndexFile.read(from: url))
        let files = try #require(SessionFileScan.files(in: catalog.store.directory))
        #expect(files.indices.map { index.position(matching: files[$0], expected: $0) } == [0, 1, 2])
        // A wrong guess falls back on the name.
        #expect(index.position(matching: files[2], expected: 0) == 2)
        #expect(index.position(matching: files[1], expected: 99) == 1)
        // The right place, but the file changed since: not current.
        var changed = files[1]
        changed.identity.size += 1
        #expect(index.position(matching: changed, expected: 1) == nil)
        changed = files[1]
        changed.identity.changed += 1
        #expect(index.position(matching: changed, expected: 1) == nil)
    }
}
