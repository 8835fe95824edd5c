import CoachKit
import Foundation
import Testing

@Suite("mlsd export")
struct ExportCommandTests {
    func run(_ arguments: [String], _ home: URL) throws -> MLSDProcess.Result {
        try MLSDProcess.run(arguments, home: home, environment: SessionFixtures.environment, currentDirectory: home)
    }

    @Test("Markdown on standard output")
    func markdown() throws {
        let (home, sessions) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(["export", "last", "--format", "md"], home)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Social network news-feed ranking — mock interview"))
        #expect(result.stdout.contains("| Session | `\(sessions[0].id)` |"))
        #expect(result.stdout.contains("| Date | 2027-01-19 08:00 UTC |"))
        let strong = try run(["export", sessions[2].id], home)  // md is the default
        #expect(strong.stdout.contains("## The question"))
        #expect(strong.stdout.contains("### Rubric") && strong.stdout.contains("- ✅ **[1] "))
        #expect(strong.stdout.contains("**¹"))
    }

    @Test("a self-contained HTML page written with -o")
    func html() throws {
        let (home, sessions) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(["export", sessions[2].id, "--format", "html", "-o", "review.html"], home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Wrote \(home.path)/review.html\n")
        let html = try String(contentsOf: home.appendingPathComponent("review.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg") && html.contains("<mark class=\"evidence\""))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
        #expect(html.contains("mlsd \(try versionString(home))"))
    }

    func versionString(_ home: URL) throws -> String {
        try run(["--version"], home).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("JSON with the transcript and the session as saved")
    func json() throws {
        let (home, sessions) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(["export", sessions[1].id, "-f", "json"], home)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let transcript = try #require(object["transcript"] as? [String: Any])
        #expect(transcript["mode"] as? String == "data")
        #expect((transcript["phases"] as? [Any])?.count == 1)
        let saved = try JSONSerialization.data(withJSONObject: try #require(object["session"]))
        #expect(try SessionStore.decode(saved, file: "export").id == sessions[1].id)
    }

    @Test("a wrong format is a usage error; an unwritable path a clear failure")
    func errors() throws {
        let (home, sessions) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let format = try run(["export", "last", "--format", "pdf"], home)
        #expect(format.status == 64 && format.stderr.contains("expected one of 'md', 'json', 'html'"))
        let blocker = home.appendingPathComponent("file")
        try Data().write(to: blocker)
        let unwritable = try run(["export", sessions[2].id, "-o", "file/inside.md"], home)
        #expect(unwritable.status == 1 && unwritable.stderr.contains("Cannot create"))
        let missing = try run(["export", "nope"], home)
        #expect(missing.status == 1 && missing.stderr.contains("No session matches 'nope'"))
    }
}
