import Foundation
import Testing

@Suite("mlsd prompts")
struct PromptsCommandTests {
    let home = MLSDProcess.temporaryHome()
    static let coreIDs = ["video-recommendation", "ad-click-prediction", "harmful-content-detection"]

    func jsonArray(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test("list --json gives every built-in with id, title, category, difficulty, minutes and source")
    func listJSON() throws {
        let result = try MLSDProcess.run(["prompts", "list", "--json"], home: home)
        #expect(result.status == 0)
        let rows = try jsonArray(result.stdout)
        #expect(rows.count >= 8)
        let ids = rows.compactMap { $0["id"] as? String }
        for id in Self.coreIDs { #expect(ids.contains(id)) }
        for row in rows {
            #expect(row["source"] as? String == "built-in")
            for key in ["title", "category", "difficulty", "minutes"] { #expect(row[key] != nil) }
        }
    }

    @Test("built-ins are found from any working directory")
    func anyDirectory() throws {
        let result = try MLSDProcess.run(["prompts", "list"], home: home, currentDirectory: URL(fileURLWithPath: "/"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("video-recommendation"))
        #expect(result.stdout.hasPrefix("ID "))
    }

    @Test("a user prompt overrides a built-in and list shows its source; --prompts adds a folder")
    func userFolders() throws {
        let prompts = home.appendingPathComponent("prompts")
        try FileManager.default.createDirectory(at: prompts, withIntermediateDirectories: true)
        let new = try MLSDProcess.run(["prompts", "new", "video-recommendation"], home: home)
        #expect(new.status == 0)
        let extra = MLSDProcess.temporaryHome()
        _ = try MLSDProcess.run(["prompts", "new", "extra-case"], home: extra)
        let result = try MLSDProcess.run(["prompts", "list", "--json", "--prompts", extra.appendingPathComponent("prompts").path], home: home)
        let rows = try jsonArray(result.stdout)
        let video = try #require(rows.first { $0["id"] as? String == "video-recommendation" })
        #expect(video["source"] as? String == prompts.path)
        #expect(video["title"] as? String == "A short title for video-recommendation")
        #expect(rows.contains { $0["id"] as? String == "extra-case" })
        #expect(rows.filter { $0["id"] as? String == "video-recommendation" }.count == 1)
    }

    @Test("a bad user file is skipped with a warning and the rest still load")
    func badFileWarning() throws {
        let prompts = home.appendingPathComponent("prompts")
        try FileManager.default.createDirectory(at: prompts, withIntermediateDirectories: true)
        try "{ \"id\": ".write(to: prompts.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let result = try MLSDProcess.run(["prompts", "list"], home: home)
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: skipped \(prompts.path)/broken.json"))
        #expect(result.stdout.contains("ad-click-prediction"))
    }

    @Test("show prints the statement and phases; --full adds the rubric; an unknown id exits 1")
    func show() throws {
        let basic = try MLSDProcess.run(["prompts", "show", "ad-click-prediction"], home: home)
        #expect(basic.status == 0)
        #expect(basic.stdout.contains("1/6 Clarify"))
        #expect(basic.stdout.contains("6/6 Deploy"))
        #expect(!basic.stdout.contains("Rubric:"))
        let full = try MLSDProcess.run(["prompts", "show", "ad-click-prediction", "--full"], home: home)
        #expect(full.stdout.contains("Rubric:"))
        #expect(full.stdout.contains("Interviewer facts"))
        let unknown = try MLSDProcess.run(["prompts", "show", "ad-click-predictoin"], home: home)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("Did you mean 'ad-click-prediction'?"))
    }

    @Test("validate passes on the whole built-in bank")
    func validateBank() throws {
        let result = try MLSDProcess.run(["prompts", "validate"], home: home)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("0 invalid"))
    }

    @Test("validate exits 65 on a bad file and names file:line:column and the field")
    func validateBadFile() throws {
        _ = try MLSDProcess.run(["prompts", "new", "my-case"], home: home)
        let file = home.appendingPathComponent("prompts/my-case.json")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\"difficulty\": \"medium\"", with: "\"difficulty\": \"insane\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("insane") }! + 1
        let result = try MLSDProcess.run(["prompts", "validate", file.path], home: home)
        #expect(result.status == 65)
        #expect(result.stdout.contains("\(file.path):\(line):"))
        #expect(result.stdout.contains("difficulty: expected one of \"easy\", \"medium\", \"hard\""))
        let good = try MLSDProcess.run(["prompts", "validate", MLSDProcess.packageRoot.appendingPathComponent("Prompts/video-recommendation.json").path], home: home)
        #expect(good.status == 0, "\(good.stdout)")
    }

    @Test("new writes a valid template and never overwrites")
    func newTemplate() throws {
        let first = try MLSDProcess.run(["prompts", "new", "fresh-case"], home: home)
        #expect(first.status == 0)
        let file = home.appendingPathComponent("prompts/fresh-case.json")
        let original = try String(contentsOf: file, encoding: .utf8)
        #expect(original.contains("\"_help\""))
        let validate = try MLSDProcess.run(["prompts", "validate", file.path], home: home)
        #expect(validate.status == 0, "\(validate.stdout)")
        let second = try MLSDProcess.run(["prompts", "new", "fresh-case"], home: home)
        #expect(second.status == 1)
        #expect(second.stderr.contains("never overwrites"))
        #expect(try String(contentsOf: file, encoding: .utf8) == original)
        let bad = try MLSDProcess.run(["prompts", "new", "Bad Name"], home: home)
        #expect(bad.status == 64)
    }

    @Test("schema prints the draft 2020-12 JSON Schema")
    func schema() throws {
        let result = try MLSDProcess.run(["prompts", "schema"], home: home)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }
}
