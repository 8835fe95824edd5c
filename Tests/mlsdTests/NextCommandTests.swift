import CoachKit
import Foundation
import Testing

@Suite("mlsd next")
struct NextCommandTests {
    func run(_ arguments: [String], _ home: URL) throws -> MLSDProcess.Result {
        try MLSDProcess.run(arguments, home: home, environment: SessionFixtures.environment)
    }

    @Test("with no sessions: a full interview on a case study")
    func firstTime() throws {
        let home = MLSDProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(["next"], home)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Next: a full interview on "))
        #expect(result.stdout.contains("Start it: mlsd practice ") && !result.stdout.contains("--phase"))
        #expect(result.stdout.contains("mlsd practice --next"))
    }

    @Test("a weak phase that is due comes first, with the reason and the command")
    func weakPhaseDue() throws {
        let home = MLSDProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        // Recorded days ago, so every phase is due now; the weak answers score under 60.
        let session = try SessionFixtures.record(in: home, at: Date().addingTimeInterval(-5 * 86_400), answers: .weak)
        let report = try #require(session.report)
        let weakest = Phase.allCases.min { (report.phases[$0]!.score, $0) < (report.phases[$1]!.score, $1) }!
        let result = try run(["next"], home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Next: drill the \(weakest.title) phase of Video platform home-feed recommendations"))
        #expect(result.stdout.contains("scored \(report.phases[weakest]!.score) 5 days ago"))
        #expect(result.stdout.contains("Start it: mlsd practice video-recommendation --phase \(weakest.rawValue)"))
        #expect(result.stdout.contains("Schedule  6 due of 6 practised phases"))
        let json = try run(["next", "--json"], home)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let recommendation = try #require(object["recommendation"] as? [String: Any])
        #expect(recommendation["kind"] as? String == "due")
        #expect(recommendation["phase"] as? String == weakest.rawValue)
        #expect(recommendation["promptID"] as? String == "video-recommendation")
        #expect((object["cards"] as? [Any])?.count == 6)
        #expect(object["dueCount"] as? Int == 6)
    }

    @Test("the schedule says when in the one relative-time wording")
    func relativeTimesInTheSchedule() throws {
        let home = MLSDProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        // First reviews come back after a day: practised 5.5 hours ago, every phase is due in 18.5 hours.
        _ = try SessionFixtures.record(in: home, at: Date().addingTimeInterval(-5.5 * 3600), answers: .strong)
        let result = try run(["next"], home)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").filter { $0.contains("video-recommendation") && $0.contains(" d ") }
        #expect(rows.count == 6)
        #expect(rows.allSatisfy { $0.contains("5 hours ago") && $0.contains("in 18 hours") }, "\(rows)")
    }

    @Test("skips bad files with warnings and still answers")
    func badFiles() throws {
        let (home, _) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(["next", "--limit", "3"], home)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Next: "))
        #expect(result.stderr.contains("broken.json") && result.stderr.contains("future.json"))
        #expect(result.stdout.contains("more (--limit)."))
    }
}
