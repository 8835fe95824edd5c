import Foundation
import Testing

@Suite("mlsd score")
struct ScoreCommandTests {
    let home = MLSDProcess.temporaryHome()

    func write(_ text: String, name: String) throws -> String {
        let url = home.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("--json gives the prompt, overall and all six phases with matched, missed and red flags")
    func jsonShape() throws {
        let path = try write(#"{"prompt": "ad-click-prediction", "answers": {"clarify": "What is the business goal? How many ad requests per second, and what latency budget in milliseconds do we have?"}}"#, name: "a.json")
        let result = try MLSDProcess.run(["score", path, "--json"], home: home)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["prompt"] as? String == "ad-click-prediction")
        #expect(object["overall"] is Int)
        let phases = try #require(object["phases"] as? [String: [String: Any]])
        #expect(Set(phases.keys) == ["clarify", "frame", "data", "model", "evaluate", "deploy"])
        for (_, phase) in phases {
            #expect(phase["score"] is Int)
            #expect(phase["matched"] is [String])
            #expect(phase["missed"] is [String])
            #expect(phase["redFlags"] is [String])
        }
        #expect((phases["deploy"]?["score"] as? Int) == 0)
        #expect((phases["deploy"]?["matched"] as? [String])?.isEmpty == true)
    }

    @Test("Markdown answer files score the same way and read from stdin with -")
    func markdown() throws {
        let text = "prompt: video-recommendation\n\n## Clarify\nWhat is the goal?\n"
        let path = try write(text, name: "a.md")
        let fromFile = try MLSDProcess.run(["score", path, "--json"], home: home)
        let fromStdin = try MLSDProcess.run(["score", "-", "--json"], home: home, stdin: text)
        #expect(fromFile.status == 0 && fromStdin.status == 0)
        #expect(fromFile.stdout == fromStdin.stdout)
        let readable = try MLSDProcess.run(["score", path], home: home)
        #expect(readable.stdout.contains("Overall"))
        #expect(readable.stdout.contains("hint:"))
    }

    @Test("an unknown prompt, bad JSON and an unknown phase exit 65 with a clear message")
    func badInput() throws {
        let unknown = try MLSDProcess.run(["score", try write(#"{"prompt": "nope", "answers": {}}"#, name: "u.json")], home: home)
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("No case study has the id 'nope'"))
        let bad = try MLSDProcess.run(["score", try write("{\"prompt\": ", name: "b.json")], home: home)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("b.json:1:12: invalid JSON"))
        let phase = try MLSDProcess.run(["score", try write(#"{"prompt": "ad-click-prediction", "answers": {"launch": "x"}}"#, name: "p.json")], home: home)
        #expect(phase.status == 65)
        #expect(phase.stderr.contains("unknown phase \"launch\""))
        let missing = try MLSDProcess.run(["score", home.appendingPathComponent("none.json").path], home: home)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such file"))
    }
}
