import CoachKit
import Foundation
import Testing

@Suite("mlsd stats")
struct StatsCommandTests {
    func run(_ arguments: [String], _ home: URL) throws -> MLSDProcess.Result {
        try MLSDProcess.run(arguments, home: home, environment: SessionFixtures.environment)
    }

    @Test("totals, phases with trend, weak items, overruns, never practised, streak")
    func text() throws {
        let (home, _) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(["stats"], home)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("Practice  4 sessions (3 finished)"))
        #expect(out.contains("4 days with practice"))
        #expect(out.contains("Streak: "))
        #expect(out.contains("Phase") && out.contains("Weekly") && out.contains("Trend"))
        for phase in Phase.allCases { #expect(out.contains(phase.title)) }
        #expect(out.contains("Usually over budget\n  Model: over in 2 of"))
        #expect(out.contains("Weakest rubric items"))
        #expect(out.contains("Never practised") && out.contains("ad-click-prediction") && !out.contains("Never practised  video-recommendation"))
        #expect(result.stderr.contains("broken.json") && result.stderr.contains("future.json"))
    }

    @Test("--json carries the same numbers")
    func json() throws {
        let (home, sessions) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(["stats", "--json"], home)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["sessions"] as? Int == 4)
        #expect(object["finishedSessions"] as? Int == 3)
        let phases = try #require(object["phases"] as? [[String: Any]])
        #expect(phases.count == 6)
        let scored = sessions.compactMap { $0.report?.phases[.clarify]?.score }
        #expect(phases[0]["average"] as? Double == Double(scored.reduce(0, +)) / Double(scored.count))
        #expect((object["overrunningPhases"] as? [String])?.contains("model") == true)
        #expect((object["neverPractised"] as? [String])?.contains("video-recommendation") == false)
        #expect((object["streak"] as? [String: Any])?["practiceDays"] as? Int == 4)
    }

    @Test("with no sessions it says how to start")
    func empty() throws {
        let home = MLSDProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(["stats"], home)
        #expect(result.status == 0 && result.stdout.hasPrefix("No sessions yet. Start one with: mlsd practice"))
    }
}
