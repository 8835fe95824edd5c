import Foundation
import Testing
@testable import CoachKit

/// ``SessionSummary/init(sessionFile:file:name:)`` reads a session file's own layout: the same summary
/// as one made from the whole decoded session, and the same refusals as ``SessionStore/decode(_:file:)``.
@Suite struct SessionSummaryTests {
    let f = ProgressFixtures.self

    func object(_ session: Session) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: SessionStore.encoder().encode(session)) as? [String: Any])
    }

    func summary(_ object: [String: Any]) throws -> SessionSummary {
        try SessionSummary(sessionFile: JSONSerialization.data(withJSONObject: object), file: "/s/x.json", name: "x.json")
    }

    @Test func aFileDecodesToTheSummaryOfItsSession() throws {
        let scored = f.session(coverage: [.clarify: ["a"], .frame: ["a", "b"]], redFlag: .data)
        #expect(try summary(object(scored)) == SessionSummary(scored, file: "x.json"))
        #expect(try summary(object(scored)).phase(.frame)?.matched.isEmpty == false)
        let unfinished = f.session(drill: .data, finished: false)
        #expect(try summary(object(unfinished)) == SessionSummary(unfinished, file: "x.json"))
        // A report written as null is no report, as when it is left out.
        var withNull = try object(unfinished)
        withNull["report"] = NSNull()
        #expect(try summary(withNull).overall == nil)
    }

    @Test func outOfRangeNewerAndBrokenFilesAreRefusedLikeWholeSessions() throws {
        let session = f.session(coverage: [.clarify: ["a"]])
        var overBudget = try object(session)
        var phases = try #require(overBudget["phases"] as? [[String: Any]])
        phases[1]["budgetSeconds"] = -5
        overBudget["phases"] = phases
        let reason = try #require(SessionRangeCheck.problem(budgetSeconds: -5, elapsedSeconds: 0, at: "phases[1]"))
        #expect(throws: SessionStore.StoreError.unreadable(file: "/s/x.json", reason: reason)) { try summary(overBudget) }

        var newer = try object(session)
        newer["schemaVersion"] = 99
        newer["phases"] = "a layout from the future"
        #expect(throws: SessionStore.StoreError.newerVersion(file: "/s/x.json", version: 99)) { try summary(newer) }

        var broken = try object(session)
        broken.removeValue(forKey: "promptTitle")
        #expect(throws: SessionStore.StoreError.unreadable(file: "/s/x.json", reason: "not a valid session")) { try summary(broken) }
    }
}
