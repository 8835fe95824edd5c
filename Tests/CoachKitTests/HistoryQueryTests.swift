import Foundation
import Testing
@testable import CoachKit
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

@Suite("History query")
struct HistoryQueryTests {
    let f = ProgressFixtures.self

    @Test func newestFirstFilteredByPromptAndLimited() {
        let summaries = [
            f.summary(prompt: "a", at: f.start, scores: [:]),
            f.summary(prompt: "b", at: f.start + 3 * f.day, scores: [:]),
            f.summary(prompt: "a", at: f.start + 2 * f.day, scores: [:]),
            f.summary(prompt: "a", at: f.start + 5 * f.day, scores: [:]),
        ]
        #expect(HistoryQuery().apply(to: summaries).map(\.startedAt) == [5, 3, 2, 0].map { f.start + Double($0) * f.day })
        #expect(HistoryQuery(promptID: "a").apply(to: summaries).map(\.promptID) == ["a", "a", "a"])
        #expect(HistoryQuery(promptID: "a", limit: 2).apply(to: summaries).map(\.startedAt) == [f.start + 5 * f.day, f.start + 2 * f.day])
        #expect(HistoryQuery(limit: 0).apply(to: summaries).isEmpty)
        #expect(HistoryQuery(promptID: "none").apply(to: summaries).isEmpty)
    }

    @Test func sessionsStartedTheSameSecondAreOrderedByID() {
        let first = f.summary(at: f.start, scores: [:], id: "20270115-080000-x")
        let second = f.summary(at: f.start, scores: [:], id: "20270115-080000-x-2")
        #expect(HistoryQuery().apply(to: [first, second]).map(\.id) == ["20270115-080000-x-2", "20270115-080000-x"])
    }
}

@Suite("Session catalog and index")
struct SessionCatalogTests {
    let f = ProgressFixtures.self

    /// A sessions folder with three fixture sessions, a corrupted file and one from schema 99.
    func makeHome() throws -> (DataHome, [Session]) {
        let home = DataHome(root: f.temporaryDirectory())
        let store = SessionStore(directory: home.sessions)
        let sessions = [
            f.session(at: f.start, coverage: [.clarify: ["a"]]),
            f.session(at: f.start + f.day, coverage: [.clarify: ["a", "b"], .data: ["b"]], redFlag: .model),
            f.session(at: f.start + 2 * f.day, drill: .data, finished: false),
        ]
        for session in sessions { try store.save(session) }
        try Data("{\"schemaVersion\": 1, \"id\": ".utf8).write(to: home.sessions.appendingPathComponent("broken.json"))
        var future = try #require(try JSONSerialization.jsonObject(with: SessionStore.encoder().encode(sessions[0])) as? [String: Any])
        future["schemaVersion"] = 99
        future["id"] = "future"
        future["somethingNew"] = ["shape": "unknown"]
        try JSONSerialization.data(withJSONObject: future).write(to: home.sessions.appendingPathComponent("future.json"))
        return (home, sessions)
    }

    @Test func summariesMatchTheSessionsAndBadFilesAreSkippedWithWarningsAndLeftUnchanged() throws {
        let (home, sessions) = try makeHome()
        defer { try? FileManager.default.removeItem(at: home.root) }
        let broken = try Data(contentsOf: home.sessions.appendingPathComponent("broken.json"))
        let future = try Data(contentsOf: home.sessions.appendingPathComponent("future.json"))
        let catalog = SessionCatalog(dataHome: home)
        for _ in 0..<2 {  // once building the index, once reading it
            let listing = catalog.load()
            #expect(listing.summaries == sessions.reversed().map { SessionSummary($0) })
            let messages = listing.warnings.map(\.description)
            #expect(messages.count == 2)
            #expect(messages.contains { $0.contains(home.sessions.appendingPathComponent("broken.json").path) && $0.contains("not a readable session") })
            #expect(messages.contains { $0.contains(home.sessions.appendingPathComponent("future.json").path) && $0.contains("schema 99") })
        }
        #expect(try Data(contentsOf: home.sessions.appendingPathComponent("broken.json")) == broken)
        #expect(try Data(contentsOf: home.sessions.appendingPathComponent("future.json")) == future)
        #expect(FileManager.default.fileExists(atPath: try #require(catalog.indexFile).path))
    }

    @Test func theIndexFollowsChangedAddedAndDeletedFiles() throws {
        let (home, sessions) = try makeHome()
        defer { try? FileManager.default.removeItem(at: home.root) }
        let catalog = SessionCatalog(dataHome: home)
        let store = SessionStore(directory: home.sessions)
        _ = catalog.load()
        var changed = sessions[2]
        changed.phases[0].answer = "A longer answer typed after the index was written."
        try store.save(changed)
        let added = f.session(at: f.start + 10 * f.day, coverage: [.deploy: ["a"]])
        try store.save(added)
        try FileManager.default.removeItem(at: store.url(for: sessions[0].id))
        let listing = catalog.load()
        #expect(listing.summaries.map(\.id) == [added.id, changed.id, sessions[1].id])
        #expect(listing.summaries[1] == SessionSummary(changed))
    }

    @Test func anUnchangedFileIsReadFromTheIndexNotReDecoded() throws {
        let (home, sessions) = try makeHome()
        defer { try? FileManager.default.removeItem(at: home.root) }
        let catalog = SessionCatalog(dataHome: home)
        _ = catalog.load()
        // Same size and modification time, different content: the index entry still counts as current.
        let url = SessionStore(directory: home.sessions).url(for: sessions[0].id)
        var info = stat()
        #expect(stat(url.path, &info) == 0)
        var data = try Data(contentsOf: url)
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"Fixture feed\"", with: "\"Fixture FEED\"")
        data = Data(text.utf8)
        try data.write(to: url)
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)
        #expect(catalog.load().summaries.last?.promptTitle == "Fixture feed")
        // Without an index every file is decoded again.
        #expect(SessionCatalog(store: catalog.store, indexFile: nil).load().summaries.last?.promptTitle == "Fixture FEED")
    }

    @Test func aDamagedIndexIsRebuilt() throws {
        let (home, sessions) = try makeHome()
        defer { try? FileManager.default.removeItem(at: home.root) }
        let catalog = SessionCatalog(dataHome: home)
        let index = try #require(catalog.indexFile)
        _ = catalog.load()
        let good = try Data(contentsOf: index)
        for damaged in [Data(), Data("garbage".utf8), good.prefix(good.count / 2), good + Data([0])] {
            try damaged.write(to: index)
            #expect(catalog.load().summaries.count == sessions.count)
            #expect(try Data(contentsOf: index) == good)
        }
    }

    @Test func theIndexRoundTripsEveryKindOfEntry() throws {
        let summary = SessionSummary(f.session(coverage: [.clarify: ["a"], .frame: ["a", "b"]], redFlag: .data))
        let index = SessionIndexFile(sessionSchema: Session.currentSchemaVersion, entries: [
            .init(name: summary.file, size: 123, modified: 1_800_000_000_123_456_789, summary: summary),
            .init(name: "future.json", size: 5, modified: 7, newerVersion: 99),
            .init(name: "broken.json", size: 9, modified: 8, unreadable: "not a valid session"),
        ])
        let decoded = try #require(SessionIndexFile.decode(index.encode()))
        #expect(decoded.entries.map(\.summary) == [summary, nil, nil])
        #expect(decoded.entries.map(\.newerVersion) == [nil, 99, nil])
        #expect(decoded.entries.map(\.unreadable) == [nil, nil, "not a valid session"])
        #expect(decoded.entries.map(\.modified) == [1_800_000_000_123_456_789, 7, 8])
    }

    @Test func sessionsResolveByIDUniquePrefixAndLast() throws {
        let summaries = [
            f.summary(at: f.start + 2 * f.day, scores: [:], id: "20270117-080000-fixture-feed"),
            f.summary(at: f.start + f.day, scores: [:], id: "20270116-080000-fixture-feed"),
            f.summary(at: f.start, scores: [:], id: "20270115-080000-fixture-feed"),
            f.summary(at: f.start - 1, scores: [:], id: "20270115-075959-other"),
        ]
        let listing = SessionListing(summaries: summaries, warnings: [])
        #expect(try listing.resolve("last").id == "20270117-080000-fixture-feed")
        #expect(try listing.resolve("20270116").id == "20270116-080000-fixture-feed")
        #expect(try listing.resolve("20270115-08").id == "20270115-080000-fixture-feed")
        #expect(try listing.resolve("20270115-080000-fixture-feed").id == "20270115-080000-fixture-feed")
        #expect(throws: SessionStore.StoreError.ambiguous("20270115", matches: ["20270115-080000-fixture-feed", "20270115-075959-other"])) {
            try listing.resolve("20270115")
        }
        #expect(throws: SessionStore.StoreError.notFound("2028")) { try listing.resolve("2028") }
        #expect(throws: SessionStore.StoreError.notFound("")) { try listing.resolve("") }
        #expect(throws: SessionStore.StoreError.notFound("last")) { try SessionListing(summaries: [], warnings: []).resolve("last") }
    }

    @Test func aMissingFolderIsAnEmptyHistoryAndWritesNothing() {
        let home = DataHome(root: f.temporaryDirectory())
        defer { try? FileManager.default.removeItem(at: home.root) }
        let listing = SessionCatalog(dataHome: home).load()
        #expect(listing.summaries.isEmpty && listing.warnings.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: home.root.appendingPathComponent("cache").path))
    }
}
