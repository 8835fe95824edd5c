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
        let (home, _) = try makeHome()
        defer { try? FileManager.default.removeItem(at: home.root) }
        let catalog = SessionCatalog(dataHome: home)
        _ = catalog.load()
        // An index (with a valid checksum) whose entries say something the files do not: while the
        // files' keys still match, the index is what is served.
        let url = try #require(catalog.indexFile)
        var index = try #require(SessionIndexFile.read(from: url))
        for position in index.entries.indices { index.entries[position].summary?.promptTitle = "From the index" }
        try index.write(to: url)
        #expect(catalog.load().summaries.allSatisfy { $0.promptTitle == "From the index" })
        #expect(SessionCatalog(store: catalog.store, indexFile: nil).load().summaries.allSatisfy { $0.promptTitle == "Fixture feed" })
    }

    /// Issue 9, item 7: `cp -p`, `rsync -t` and `tar` restore a file's old size and modification time.
    @Test func aFileRestoredWithItsOldSizeAndModificationTimeIsReRead() throws {
        let (home, sessions) = try makeHome()
        defer { try? FileManager.default.removeItem(at: home.root) }
        let catalog = SessionCatalog(dataHome: home)
        _ = catalog.load()
        let url = SessionStore(directory: home.sessions).url(for: sessions[0].id)
        var info = stat()
        #expect(stat(url.path, &info) == 0)
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            .replacingOccurrences(of: "\"Fixture feed\"", with: "\"Fixture FEED\"")
        // Written in place (same inode) and as a new file renamed over it (new inode, like `tar`).
        for replace in [false, true] {
            if replace {
                let copy = url.deletingLastPathComponent().appendingPathComponent("restored.tmp")
                try Data(text.replacingOccurrences(of: "FEED", with: "Feed").utf8).write(to: copy)
                #expect(rename(copy.path, url.path) == 0)
            } else {
                try Data(text.utf8).write(to: url)
            }
            var times = [info.st_atim, info.st_mtim]
            #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)
            var now = stat()
            #expect(stat(url.path, &now) == 0)
            #expect(now.st_size == info.st_size && now.st_mtim.tv_sec == info.st_mtim.tv_sec && now.st_mtim.tv_nsec == info.st_mtim.tv_nsec)
            #expect(catalog.load().summaries.last?.promptTitle == (replace ? "Fixture Feed" : "Fixture FEED"))
        }
    }

    /// Issue 9, item 7: a 24-byte index with a valid header and an entry count of 0xFFFFFFFF aborted
    /// `history`, `stats` and `next` ("failed to allocate 68719476752 bytes").
    @Test func anIndexWithAHugeCountIsRebuiltNotAllocated() throws {
        let (home, sessions) = try makeHome()
        defer { try? FileManager.default.removeItem(at: home.root) }
        let catalog = SessionCatalog(dataHome: home)
        let url = try #require(catalog.indexFile)
        func header(format: UInt32) -> [UInt8] {
            var bytes = SessionIndexFile.magic
            withUnsafeBytes(of: format.littleEndian) { bytes += $0 }
            withUnsafeBytes(of: Int64(Session.currentSchemaVersion).littleEndian) { bytes += $0 }
            return bytes
        }
        let huge: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF]
        // The reproduction (the format before this one), the same against this format, and a block whose
        // checksum is right but whose string and entry counts claim far more than the block holds.
        var hugeBlock: [UInt8] = huge + [0, 0, 0, 0]
        var framed: [UInt8] = []
        withUnsafeBytes(of: UInt64(hugeBlock.count).littleEndian) { framed += $0 }
        withUnsafeBytes(of: Checksum64.of(hugeBlock).littleEndian) { framed += $0 }
        hugeBlock = framed + hugeBlock
        for damaged in [header(format: 2) + huge, header(format: SessionIndexFile.currentFormat) + huge,
                        header(format: SessionIndexFile.currentFormat) + hugeBlock] {
            #expect(SessionIndexFile.decode(Data(damaged)) == nil)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(damaged).write(to: url)
            #expect(catalog.load().summaries.count == sessions.count)
            #expect(SessionIndexFile.read(from: url)?.entryCount == sessions.count + 2)
        }
    }

    /// Issue 9, item 7: an entry changed in the file that still parses (`history --json` said 99 where
    /// the file says 6) must not be served.
    @Test func aCorruptedEntryThatStillParsesIsNotServed() throws {
        let (home, _) = try makeHome()
        defer { try? FileManager.default.removeItem(at: home.root) }
        let catalog = SessionCatalog(dataHome: home)
        let truth = catalog.load().summaries
        let url = try #require(catalog.indexFile)
        let good = try Data(contentsOf: url)
        var index = try #require(SessionIndexFile.decode(good))
        let position = try #require(index.entries.firstIndex { $0.summary?.overall != nil })
        index.entries[position].summary?.overall = 99
        var forged = [UInt8](index.encode())
        #expect(forged.count == good.count)
        // Keep the good file's checksum, as a flipped byte on disk would.
        let checksum = SessionIndexFile.headerSize + 8
        forged.replaceSubrange(checksum..<(checksum + 8), with: good[checksum..<(checksum + 8)])
        #expect(SessionIndexFile.decode(Data(forged)) == nil)
        try Data(forged).write(to: url)
        #expect(catalog.load().summaries == truth)
        #expect(try Data(contentsOf: url) == good)
        // Any single flipped byte anywhere is caught.
        for offset in stride(from: 0, to: good.count, by: max(1, good.count / 97)) {
            var flipped = good
            flipped[offset] ^= 0x20
            #expect(SessionIndexFile.decode(flipped) == nil, "flip at \(offset)")
        }
    }

    @Test func oneChangedSessionAppendsABlockInsteadOfRewritingTheIndex() throws {
        let (home, sessions) = try makeHome()
        defer { try? FileManager.default.removeItem(at: home.root) }
        let catalog = SessionCatalog(dataHome: home)
        let store = SessionStore(directory: home.sessions)
        _ = catalog.load()
        let url = try #require(catalog.indexFile)
        let before = try Data(contentsOf: url)
        var changed = sessions[1]
        changed.phases[0].answer = "Typed after the index was written."
        try store.save(changed)
        let listing = catalog.load()
        #expect(listing.summaries.contains(SessionSummary(changed)))
        let after = try Data(contentsOf: url)
        // The old bytes are kept as they were, and what follows is one block for the one session.
        #expect(after.prefix(before.count) == before)
        #expect(after.count > before.count)
        let index = try #require(SessionIndexFile.decode(after))
        #expect(index.recordCount == index.entryCount + 1)
        #expect(catalog.load().summaries == listing.summaries)
        #expect(try Data(contentsOf: url) == after)  // nothing changed: nothing written
        // A torn append (a crash mid-write) is damage: the index is rebuilt whole.
        try after.dropLast(3).write(to: url)
        #expect(catalog.load().summaries == listing.summaries)
        #expect(SessionIndexFile.read(from: url)?.recordCount == index.entryCount)
    }

    @Test func supersededEntriesAreCompactedAway() throws {
        let (home, sessions) = try makeHome()
        defer { try? FileManager.default.removeItem(at: home.root) }
        let catalog = SessionCatalog(dataHome: home)
        let store = SessionStore(directory: home.sessions)
        let url = try #require(catalog.indexFile)
        var changed = sessions[1]
        var largest = 0
        for round in 0..<(SessionCatalog.compactionSlack + 5) {
            changed.phases[0].answer = "Answer number \(round)."
            try store.save(changed)
            #expect(catalog.load().summaries.contains(SessionSummary(changed)))
            let index = try #require(SessionIndexFile.read(from: url))
            #expect(index.recordCount - index.entryCount <= SessionCatalog.compactionSlack)
            largest = max(largest, index.recordCount - index.entryCount)
        }
        #expect(largest == SessionCatalog.compactionSlack)
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
