import Foundation
import Testing
@testable import CoachKit

/// Issue 10: `history` reads the index without item results, and `stats` and `next` compute from it.
/// Whatever the index holds and however files changed, what they show must be what reading every
/// session file gives.
@Suite("Session index fast paths give what the files give")
struct SessionIndexFastPathTests {
    let f = ProgressFixtures.self

    /// `count` sessions over a few weeks with varied coverage: some drills, some unfinished.
    func makeHome(count: Int) throws -> (DataHome, SessionStore, [Session]) {
        let home = DataHome(root: f.temporaryDirectory())
        let store = SessionStore(directory: home.sessions)
        var sessions: [Session] = []
        let coverages: [[Phase: Set<String>]] = [
            [.clarify: ["a"]], [.clarify: ["a", "b"], .data: ["b"]], [:], [.model: ["a"], .deploy: ["a", "b"]],
        ]
        for index in 0..<count {
            let session = f.session(
                at: f.start + Double(index) * f.day / 3, coverage: coverages[index % coverages.count],
                redFlag: index % 5 == 0 ? .model : nil, drill: index % 7 == 3 ? .data : nil, finished: index % 9 != 4,
                id: "20270115-0800\(String(format: "%02d", index % 60))-fixture-\(index)")
            try store.save(session)
            sessions.append(session)
        }
        return (home, store, sessions)
    }

    /// What `stats` and `next` compute from a listing, at a fixed time.
    func derived(_ listing: SessionListing) -> (ProgressStats, PracticeSchedule, [ItemSchedule.ItemCard], DrillProgress) {
        let outlines = [f.prompt().outline]
        let now = f.start + 30 * f.day
        let schedule = ItemSchedule(summaries: listing.summaries, drills: [], outlines: outlines, itemResults: listing.itemResults)
        return (
            ProgressStats(summaries: listing.summaries, outlines: outlines, now: now, calendar: f.utc, itemResults: listing.itemResults),
            SpacedRepetition().schedule(summaries: listing.summaries, outlines: outlines, now: now),
            schedule.cards(at: now),
            DrillProgress(schedule: schedule, drills: [], now: now, calendar: f.utc))
    }

    /// The listing with every phase's item results left out, as `history` reads it from the index
    /// (sessions it decodes from changed files have them).
    func withoutItems(_ listing: SessionListing) -> [SessionSummary] {
        listing.summaries.map { summary in
            var copy = summary
            for index in copy.phases.indices {
                copy.phases[index].matched = []
                copy.phases[index].missed = []
            }
            return copy
        }
    }

    /// Both ways of loading agree with reading every file: whole, and without item results.
    func expectSameAsFiles(_ catalog: SessionCatalog, _ comment: Comment) {
        let files = SessionCatalog(store: catalog.store, indexFile: nil).load()
        let quick = catalog.load(items: .omitted)
        #expect(withoutItems(quick) == withoutItems(files), comment)
        #expect(quick.itemResults == nil, comment)
        #expect(quick.warnings == files.warnings, comment)
        let full = catalog.load()
        #expect(full.summaries == files.summaries, comment)
        #expect(full.warnings == files.warnings, comment)
        #expect(full.itemResults == nil, comment)
        // `stats` and `next` read the item results by number: the same figures as from the ids.
        let numbered = catalog.load(items: .numbered)
        #expect(numbered.itemResults != nil, comment)
        #expect(withoutItems(numbered) == withoutItems(files), comment)
        #expect(derived(numbered) == derived(files), comment)
        #expect(derived(SessionCatalog(store: catalog.store, indexFile: nil).load(items: .numbered)) == derived(files), comment)
    }

    @Test func statsNextAndHistoryFromTheIndexEqualThemFromTheFilesAfterEdits() throws {
        let (home, store, sessions) = try makeHome(count: 24)
        defer { try? FileManager.default.removeItem(at: home.root) }
        let catalog = SessionCatalog(dataHome: home)
        expectSameAsFiles(catalog, "index built")
        expectSameAsFiles(catalog, "index read")
        // An answer edited, a report dropped, a session deleted, one added, one file corrupted.
        var edited = sessions[3]
        edited.phases[0].answer = "Edited after the index was written."
        try store.save(edited)
        var unscored = sessions[8]
        unscored.report = nil
        try store.save(unscored)
        try FileManager.default.removeItem(at: store.url(for: sessions[5].id))
        try store.save(f.session(at: f.start + 40 * f.day, coverage: [.clarify: ["b"]], id: "20270301-080000-added"))
        try Data("{".utf8).write(to: store.url(for: sessions[11].id))
        // `history` first: it appends the changes without item results of its own to lose.
        _ = catalog.load(items: .omitted)
        expectSameAsFiles(catalog, "after edits")
        #expect(catalog.load().warnings.count == 1)
    }

    /// Compacting rewrites the whole index from what was read: what `history`, `stats` and `next` read,
    /// without item ids, must never be written back as it is, or every covered and missed item is lost.
    @Test(arguments: [ItemResultsForm.omitted, .numbered])
    func aLoadWithoutItemIDsCompactsTheIndexWithThem(form: ItemResultsForm) throws {
        let (home, store, sessions) = try makeHome(count: SessionCatalog.compactionSlack + 6)
        defer { try? FileManager.default.removeItem(at: home.root) }
        let catalog = SessionCatalog(dataHome: home)
        let url = try #require(catalog.indexFile)
        _ = catalog.load()
        // Enough deleted files that the next load would compact.
        for session in sessions.prefix(SessionCatalog.compactionSlack + 2) { try FileManager.default.removeItem(at: store.url(for: session.id)) }
        var edited = sessions.last!
        edited.phases[0].answer = "Changed too."
        try store.save(edited)
        _ = catalog.load(items: form)
        let compacted = try #require(SessionIndexFile.read(from: url))
        #expect(compacted.recordCount == compacted.entryCount)
        #expect(compacted.entryCount == 4)
        #expect(compacted.entries.contains { $0.summary?.phases.contains { !$0.matched.isEmpty } == true })
        expectSameAsFiles(catalog, "after the deletions")
    }

    /// A forger recomputes the checksum: then the parser's own checks are the boundary, and reading
    /// without item results must refuse exactly what full reading refuses (an item reference past the
    /// string table, a count past the end, …) — checked here by changing each byte of a real index in
    /// turn and resealing it.
    @Test func decodingWithoutItemResultsRejectsWhatFullDecodingRejects() throws {
        let (home, _, _) = try makeHome(count: 6)
        defer { try? FileManager.default.removeItem(at: home.root) }
        let catalog = SessionCatalog(dataHome: home)
        _ = catalog.load()
        let good = [UInt8](try Data(contentsOf: try #require(catalog.indexFile)))
        #expect(SessionIndexFile.decode(Data(good), items: .omitted)?.entryCount == 6)
        var refused = 0
        for offset in (SessionIndexFile.headerSize + SessionIndexFile.blockHeaderSize)..<good.count {
            for change: UInt8 in [0x01, 0x80, 0xFF] {
                var bytes = good
                bytes[offset] ^= change
                Self.reseal(&bytes)
                let full = SessionIndexFile.decode(Data(bytes))
                for form in [ItemResultsForm.omitted, .numbered] {
                    let quick = SessionIndexFile.decode(Data(bytes), items: form)
                    #expect((full == nil) == (quick == nil), "byte \(offset) ^ \(change)")
                }
                refused += full == nil ? 1 : 0
            }
        }
        #expect(refused > 0)
    }

    /// Rewrites the one block's checksum to match its bytes (what a forger would do).
    static func reseal(_ bytes: inout [UInt8]) {
        let payload = Array(bytes[(SessionIndexFile.headerSize + SessionIndexFile.blockHeaderSize)...])
        var checksum: [UInt8] = []
        withUnsafeBytes(of: Checksum64.of(payload).littleEndian) { checksum += $0 }
        bytes.replaceSubrange((SessionIndexFile.headerSize + 8)..<(SessionIndexFile.headerSize + 16), with: checksum)
    }
}
