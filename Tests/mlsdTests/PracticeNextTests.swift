import CoachKit
import Foundation
import Testing

@Suite("mlsd practice --next")
struct PracticeNextTests {
    @Test("starts the drill that 'mlsd next' recommends and saves it as a one-phase session")
    func startsRecommendedDrill() throws {
        let home = MLSDProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try SessionFixtures.record(in: home, at: Date().addingTimeInterval(-5 * 86_400), answers: .weak)
        let report = try #require(session.report)
        let weakest = Phase.allCases.min { (report.phases[$0]!.score, $0) < (report.phases[$1]!.score, $1) }!
        let next = try MLSDProcess.run(["next", "--json"], home: home, environment: SessionFixtures.environment)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(next.stdout.utf8)) as? [String: Any])
        let recommendation = try #require(object["recommendation"] as? [String: Any])
        #expect(recommendation["phase"] as? String == weakest.rawValue)

        let result = try MLSDProcess.run(["practice", "--next"], home: home, stdin: "My answer for the drill.\n/next\n\n/next\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Next: video-recommendation — \(weakest.rawValue) phase."))
        #expect(result.stdout.contains("Phase 1/1 · \(weakest.title)") || result.stdout.contains("· \(weakest.title) ·"))
        let drills = SessionFixtures.sessions(in: home).filter { $0.id != session.id }
        #expect(drills.count == 1)
        #expect(drills.first?.drillPhase == weakest)
        #expect(drills.first?.record(for: weakest)?.answer == "My answer for the drill.")
    }

    @Test("--next cannot be combined with an id, --random or --phase")
    func exclusive() throws {
        let home = MLSDProcess.temporaryHome()
        for arguments in [["practice", "--next", "video-recommendation"], ["practice", "--next", "--random"], ["practice", "--next", "--phase", "data"]] {
            let result = try MLSDProcess.run(arguments, home: home, stdin: "")
            #expect(result.status == 64, "\(arguments)")
        }
    }
}
