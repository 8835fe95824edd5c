import Foundation
import Testing
@testable import CoachKit

@Suite struct SessionTests {
    func temporaryStore() throws -> SessionStore {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mlsd-sessions-\(UUID().uuidString)")
        return SessionStore(directory: url)
    }

    @Test func aSavedInterviewLoadsBackEqual() throws {
        let store = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.directory) }
        var (engine, _, _, _) = InterviewFixtures.start()
        _ = engine.submit("Answer with ünïcode ✓ and \"quotes\".")
        _ = engine.submit("/ask how many users?")
        _ = engine.submit("/next")
        try store.save(engine.session)
        let loaded = try store.load(fileAt: store.url(for: engine.session.id))
        #expect(loaded == engine.session)
        #expect(loaded.awaitingFollowUpReply == true)
    }

    @Test func filesWithoutTheFollowUpFlagStillLoad() throws {
        var (engine, _, _, _) = InterviewFixtures.start()
        _ = engine.submit("Answer.")
        let object = try #require(try JSONSerialization.jsonObject(with: SessionStore.encoder().encode(engine.session)) as? [String: Any])
        #expect(object["awaitingFollowUpReply"] == nil)
        let data = try JSONSerialization.data(withJSONObject: object)
        let decoded = try SessionStore.decode(data, file: "old.json")
        #expect(decoded.awaitingFollowUpReply == nil)
        #expect(decoded.phases[0].answer == "Answer.")
    }

    @Test func sessionIDsNeverCollide() throws {
        let store = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.directory) }
        let base = Session.makeID(promptID: "fixture-feed", startedAt: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(store.availableID(for: base) == base)
        let (engine, _, _, _) = InterviewFixtures.start()
        var session = engine.session
        session.id = base
        try store.save(session)
        #expect(store.availableID(for: base) == base + "-2")
        session.id = base + "-2"
        try store.save(session)
        #expect(store.availableID(for: base) == base + "-3")
    }

    @Test func theNewestUnfinishedSessionIsClaimed() throws {
        let (engine, _, _, _) = InterviewFixtures.start()
        var older = engine.session
        older.id = "a"
        var newer = engine.session
        newer.id = "b"
        newer.startedAt += 60
        newer.finishedAt = newer.startedAt + 600
        let store = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.directory) }
        let catalog = SessionCatalog(store: store, indexFile: nil)
        let claim = try #require(try catalog.claimNewestUnfinished(in: SessionListing(summaries: [SessionSummary(newer), SessionSummary(older)], warnings: [])))
        defer { claim.lock?.release() }
        #expect(claim.summary.id == "a")
        #expect(claim.lock != nil && claim.passedOver.isEmpty)
        #expect(try catalog.claimNewestUnfinished(in: SessionListing(summaries: [SessionSummary(newer)], warnings: [])) == nil)
    }
}

@Suite struct SessionPracticeSuggestionTests {
    /// A finished session with an answer: what counts as practice.
    func session(_ promptID: String, daysAgo: Double, finished: Bool = true, answered: Bool = true) -> SessionSummary {
        SessionSummary(wholeSession(promptID, daysAgo: daysAgo, finished: finished, answered: answered))
    }

    func wholeSession(_ promptID: String, daysAgo: Double, finished: Bool = true, answered: Bool = true) -> Session {
        var session = Session(
            id: "\(promptID)-\(daysAgo)", promptID: promptID, promptVersion: 1, promptTitle: promptID,
            options: SessionOptions(minutes: 45), startedAt: Date(timeIntervalSince1970: 1_800_000_000 - daysAgo * 86_400),
            phases: [PhaseRecord(phase: .clarify, budgetSeconds: 300)])
        session.phases[0].answer = answered ? "An answer." : ""
        session.phases[0].skipped = !answered
        if finished { session.finishedAt = session.startedAt + 600 }
        return session
    }

    @Test func onlyFinishedAnsweredAttemptsCountAsPracticed() {
        let ids = ["a", "b"]
        let sessions = [
            wholeSession("a", daysAgo: 1, finished: false), wholeSession("a", daysAgo: 2, answered: false), wholeSession("b", daysAgo: 3),
        ]
        #expect(sessions[1].isAbandoned && !sessions[0].isAbandoned && !sessions[2].isAbandoned)
        let summaries = sessions.map { SessionSummary($0) }
        #expect(PracticeSuggestion().tallies(promptIDs: ids, sessions: summaries).map(\.sessions) == [0, 1])
        #expect(PracticeSuggestion().suggest(promptIDs: ids, sessions: summaries) == "a")
        // `next` uses the same definition: "a" has no finished attempt, so it is the case study never practised.
        let prompts = ["a", "b"].map { ProgressFixtures.prompt(id: $0, title: $0) }
        let recommendation = SpacedRepetition().next(summaries: summaries, prompts: prompts, now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(recommendation?.kind == .newPrompt && recommendation?.promptID == "a")
    }

    @Test func neverPracticedPromptsComeFirstInTheGivenOrder() {
        let ids = ["a", "b", "c"]
        #expect(PracticeSuggestion().suggest(promptIDs: ids, sessions: []) == "a")
        #expect(PracticeSuggestion().suggest(promptIDs: ids, sessions: [session("a", daysAgo: 1)]) == "b")
    }

    @Test func fewestSessionsThenLongestAgo() {
        let ids = ["a", "b", "c"]
        let sessions = [
            session("a", daysAgo: 1), session("a", daysAgo: 2),
            session("b", daysAgo: 3),
            session("c", daysAgo: 10),
        ]
        #expect(PracticeSuggestion().suggest(promptIDs: ids, sessions: sessions) == "c")
        let tallies = PracticeSuggestion().tallies(promptIDs: ids, sessions: sessions)
        #expect(tallies.map(\.sessions) == [2, 1, 1])
    }

    @Test func sessionsOfUnknownPromptsAreIgnoredAndNoPromptsMeansNoSuggestion() {
        #expect(PracticeSuggestion().suggest(promptIDs: ["a"], sessions: [session("gone", daysAgo: 1)]) == "a")
        #expect(PracticeSuggestion().suggest(promptIDs: [], sessions: []) == nil)
    }
}

@Suite("Session ids")
struct SessionIDTests {
    @Test("the id's date is the UTC time to the second, as a DateFormatter writes it, across centuries, leap days and negative times")
    func compactUTCMatchesDateFormatter() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        var dates: [Double] = [0, -1, 1, 86_399, 86_400, 951_782_400, 951_868_799, 4_107_542_399, 1_800_000_000.9, -2_208_988_800, 1_709_164_800]
        // A fixed pseudo-random walk over 1811–2286 (after the Julian calendar, which ICU uses before 1582).
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            dates.append(Double(Int64(state >> 33) % 15_000_000_000 - 5_000_000_000) + 0.5)
        }
        for seconds in dates {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(UTCTime(date).compact == formatter.string(from: date), "\(seconds)")
        }
        #expect(Session.makeID(promptID: "feed-ranking", startedAt: Date(timeIntervalSince1970: 1_800_000_000)) == "20270115-080000-feed-ranking")
    }
}
