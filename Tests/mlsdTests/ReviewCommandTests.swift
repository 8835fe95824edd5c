import CoachKit
import Foundation
import Testing

@Suite("mlsd review")
struct ReviewCommandTests {
    func run(_ arguments: [String], _ home: URL) throws -> MLSDProcess.Result {
        try MLSDProcess.run(arguments, home: home, environment: SessionFixtures.environment)
    }

    @Test("shows the question, highlighted evidence, the interviewer, timings, results and reference notes")
    func wholeInterview() throws {
        let (home, sessions) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let strong = sessions[2]
        let result = try run(["review", String(strong.id.prefix(12))], home)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.hasPrefix("Video platform home-feed recommendations  (\(strong.id))"))
        #expect(out.contains("The question\n  Design the recommendation system"))
        #expect(out.contains("Overall   "))
        // Evidence: each covered item's words in «…» with the item's number.
        let clarify = try #require(strong.report?.phases[.clarify])
        let first = try #require(clarify.matched.first?.evidence)
        let quoted = String(Array(strong.phases[0].scoredText)[first.matchStart..<(first.matchStart + first.matchLength)])
        // The span may have merged with an overlapping one; it is still inside one highlight labelled 1.
        let highlights = out.components(separatedBy: "«").dropFirst().map { $0.components(separatedBy: "»").first ?? "" }
        let labels = out.components(separatedBy: "«").dropFirst().map { ($0.components(separatedBy: "»").dropFirst().first ?? "").prefix(3) }
        #expect(zip(highlights, labels).contains { $0.contains(quoted) && $1.hasPrefix("¹") })
        #expect(out.contains("✓¹ \(clarify.matched[0].description)"))
        #expect(out.contains("you asked: how many users are there?"))
        #expect(out.contains("interviewer: "))
        #expect(out.contains("hint: "))
        #expect(out.contains("follow-up: "))
        #expect(out.contains("Model    ") && out.contains("over"))
        #expect(out.contains("Results  \(clarify.matched.count) of \(clarify.items.count) items covered"))
        // Reference notes for the phases that missed something, and red flags if any.
        let weak = try run(["review", sessions[3].id], home)
        #expect(weak.stdout.contains("A strong answer says"))
        #expect(weak.stdout.contains("✗ "))
        #expect(weak.stdout.contains("hint: "))
        #expect(result.stderr.contains("broken.json") && result.stderr.contains("future.json"))
    }

    @Test("last, a drill and an unfinished session")
    func lastAndUnfinished() throws {
        let (home, sessions) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let last = try run(["review", "last"], home)
        #expect(last.status == 0)
        #expect(last.stdout.contains(sessions[0].id) && last.stdout.contains("unfinished"))
        #expect(last.stdout.contains("continue it with 'mlsd resume \(sessions[0].id)'"))
        let drill = try run(["review", sessions[1].id], home)
        #expect(drill.stdout.contains("Data drill") && drill.stdout.contains("── 3/6 Data"))
        #expect(!drill.stdout.contains("── 1/6 Clarify"))
    }

    @Test("--rescore scores again with the current rubric and shows what changed, without touching the file")
    func rescore() throws {
        let (home, sessions) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let strong = sessions[2]
        // Pretend the session was scored by an older rubric that gave nothing in clarify.
        var old = strong
        var clarify = try #require(old.report?.phases[.clarify])
        for index in clarify.items.indices { clarify.items[index].matched = false; clarify.items[index].evidence = nil }
        clarify.score = 0
        old.report?.phases[.clarify] = clarify
        try SessionStore(directory: home.appendingPathComponent("sessions")).save(old)
        let before = SessionFixtures.contents(of: "\(strong.id).json", in: home)
        let result = try run(["review", strong.id, "--rescore"], home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Rescored with the current rubric"))
        #expect(result.stdout.contains("  Clarify  0 → \(strong.report!.phases[.clarify]!.score)  +"))
        #expect(result.stdout.contains("+ now covered: \(strong.report!.phases[.clarify]!.matched[0].description)"))
        #expect(result.stdout.contains("Unchanged: Frame"))
        #expect(SessionFixtures.contents(of: "\(strong.id).json", in: home) == before)
        // An unchanged session says so.
        let same = try run(["review", sessions[3].id, "--rescore"], home)
        #expect(same.stdout.contains("Nothing changed"))
        let both = try run(["review", strong.id, "--rescore", "--compare", sessions[3].id], home)
        #expect(both.status == 64)
    }

    @Test("--compare puts two attempts side by side, earlier on the left, and refuses different case studies")
    func compare() throws {
        let (home, sessions) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let (weak, strong) = (sessions[3], sessions[2])
        let result = try MLSDProcess.run(
            ["review", strong.id, "--compare", weak.id], home: home, environment: SessionFixtures.environment.merging(["COLUMNS": "140"]) { $1 })
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("Two attempts at Video platform home-feed recommendations"))
        let sessionRow = try #require(out.split(separator: "\n").first { $0.hasPrefix("Session") })
        #expect(sessionRow.range(of: weak.id)!.lowerBound < sessionRow.range(of: strong.id)!.lowerBound)
        let delta = strong.report!.overall - weak.report!.overall
        #expect(out.contains("+\(delta)"))
        for phase in Phase.allCases { #expect(out.contains("── \(phase.position)/6 \(phase.title)")) }
        #expect(out.contains("Earlier answer") && out.contains(" │ "))
        #expect(out.contains("✗       ✓"))  // an item the weak attempt missed and the strong one covered
        let other = try run(["review", strong.id, "--compare", sessions[0].id], home)
        #expect(other.status == 65 && other.stderr.contains("different case studies"))
        let self_ = try run(["review", strong.id, "--compare", strong.id], home)
        #expect(self_.status == 65)
    }
}
