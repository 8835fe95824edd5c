import CoachKit
import Foundation
import Testing

/// `mlsd drill` through the real binary with piped input, and how drills show in `stats` and `next`.
@Suite struct DrillCommandTests {
    let home = MLSDProcess.temporaryHome()

    func run(_ arguments: [String], stdin: String? = nil) throws -> MLSDProcess.Result {
        try MLSDProcess.run(arguments, home: home, stdin: stdin)
    }

    @Test func withNothingMissedYetThereIsNothingToDrill() throws {
        let result = try run(["drill"], stdin: "")
        #expect(result.status == 1)
        #expect(result.stderr.contains("Nothing to drill yet"))
        let list = try run(["drill", "--list"])
        #expect(list.status == 0 && list.stdout.contains("No drill cards yet"))
    }

    @Test func itemsMissedInAnInterviewAreDrilledOneAtATimeAndShowInStats() throws {
        // A thin interview: most items are missed, so they become drill cards.
        let interview = try run(["practice", "ad-click-prediction"], stdin: "We would ask about scale.\n/next\n")
        #expect(interview.status == 0, "\(interview.stderr)")
        let list = try run(["drill", "--list", "--json"])
        let cards = try #require((try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])?["cards"] as? [[String: Any]])
        #expect(cards.count > 10)
        #expect(cards.allSatisfy { ($0["misses"] as? Int) == 1 })

        // A named item, answered through a pipe and covered.
        let drill = try run(
            ["drill", "ad-click-prediction", "--item", "deploy-streaming-features"],
            stdin: "A streaming job updates per-ad click counters in the feature store every minute.\n")
        #expect(drill.status == 0, "\(drill.stderr)")
        #expect(drill.stdout.contains("Item drill · Deploy · 01:30"))
        #expect(drill.stdout.contains("Drill: Say how the ad's last-hour clicks"))
        #expect(drill.stdout.contains("✓ Covered: Keeps click counters and new-ad statistics fresh with a streaming pipeline"))
        #expect(!drill.stdout.contains("Interviewer:"))
        // The scheduler's pick, missed this time.
        let picked = try run(["drill", "--seconds", "60"], stdin: "I am not sure.\n")
        #expect(picked.status == 0, "\(picked.stderr)")
        #expect(picked.stderr.hasPrefix("Drill: ad-click-prediction · "))
        #expect(picked.stdout.contains("✗ Not covered: "))
        #expect(picked.stdout.contains("01:00"))

        let attempts = try DrillLog(url: home.appendingPathComponent("drills.json")).load()
        #expect(attempts.map(\.covered) == [true, false])
        #expect(attempts[0].answer.contains("per-ad click counters"))
        let history = try run(["history", "--json"])
        let rows = try #require((try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any])?["sessions"] as? [[String: Any]])
        #expect(rows.count == 1, "drills are not sessions")

        let stats = try run(["stats"])
        #expect(stats.stdout.contains("Item drills  2 done (1 covered)"))
        #expect(stats.stdout.contains("Mastered by week"))
        let json = try run(["stats", "--json"])
        let drills = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["drills"] as? [String: Any])
        #expect(drills["drills"] as? Int == 2)
    }

    @Test func anEmptyDrillIsNotRecordedAndBadOptionsAreUsageErrors() throws {
        _ = try run(["practice", "ad-click-prediction"], stdin: "Scale.\n/next\n")
        let empty = try run(["drill", "ad-click-prediction", "--item", "deploy-rollout"], stdin: "")
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("nothing is recorded"))
        #expect(try DrillLog(url: home.appendingPathComponent("drills.json")).load().isEmpty)
        #expect(try run(["drill", "--seconds", "30"], stdin: "").status == 64)
        #expect(try run(["drill", "--json"], stdin: "").status == 64)
        let unknown = try run(["drill", "ad-click-prediction", "--item", "nope"], stdin: "")
        #expect(unknown.status == 1 && unknown.stderr.contains("No rubric item 'nope'"))
    }

    @Test func helpCompletionsAndManPageComeFromTheSpec() throws {
        let help = try run(["drill", "--help"])
        for text in ["--item <id>", "--seconds <n>", "--list", "--reference", "over (case study, phase, item)"] {
            #expect(help.stdout.contains(text), "help shows \(text)")
        }
        let commands = try run(["__complete", "words", "--", ""])
        #expect(commands.stdout.split(separator: "\n").contains("drill"))
        let options = try run(["__complete", "words", "--", "drill"])
        #expect(options.stdout.split(separator: "\n").contains("--item"))
        #expect(options.stdout.split(separator: "\n").contains("ad-click-prediction"))
        let man = try run(["man"])
        #expect(man.stdout.contains(".SS drill\n"))
    }

    @Test func nextRecommendsADrillWhenAMissedItemIsDueAndNoPhaseIs() throws {
        let log = DrillLog(url: home.appendingPathComponent("drills.json"))
        let now = Date()
        for daysAgo in [4.0, 3.0] {
            try log.append(DrillAttempt(
                id: "d\(daysAgo)", promptID: "ad-click-prediction", promptVersion: 2, phase: .deploy, itemID: "deploy-rollout",
                question: "q", answer: "a", startedAt: now.addingTimeInterval(-daysAgo * 86_400), budgetSeconds: 90,
                elapsedSeconds: 60, covered: false, evidence: nil))
        }
        let next = try run(["next"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout.hasPrefix("Next: a two-minute drill — Rolls out gradually"))
        #expect(next.stdout.contains("Missed 2 of 2 times (ad-click-prediction · Deploy), the last 2 in a row"))
        #expect(next.stdout.contains("mlsd drill ad-click-prediction --item deploy-rollout"))
        let json = try run(["next", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["drill"] as? [String: Any])?["itemID"] as? String == "deploy-rollout")
        #expect(object["recommendation"] != nil && object["cards"] != nil)
        let drill = try run(["drill"], stdin: "Shadow first, then a 1% canary, then ramp up.\n")
        #expect(drill.stderr.contains("deploy-rollout") || drill.stderr.contains("Rolls out gradually"))
        #expect(drill.stdout.contains("✓ Covered: Rolls out gradually"))
    }
}
