import CoachKit
import Foundation
@preconcurrency import Glibc
import Testing

/// Hostile and broken files through the real binary (issue 9, the robustness half): deep nesting,
/// numbers out of range, files past their size limit, stale temporary files. Each gets a message
/// naming the file, never a crash (exit 132/134/139), and the good files keep working.
@Suite(.serialized) struct HostileInputTests {
    let home = MLSDProcess.temporaryHome()
    var sessionsFolder: URL { home.appendingPathComponent("sessions") }
    static let deep = String(repeating: "[", count: 30_000) + String(repeating: "]", count: 30_000)

    func run(_ arguments: [String], stdin: String? = nil) throws -> MLSDProcess.Result {
        try MLSDProcess.run(arguments, home: home, stdin: stdin, environment: ["TZ": "UTC"])
    }

    func write(_ text: String, to relativePath: String) throws -> URL {
        let url = home.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func aDeeplyNestedPromptFileIsSkippedByEveryCommand() throws {
        _ = try write(Self.deep, to: "prompts/deep.json")
        for arguments in [["prompts", "list"], ["stats"], ["next"]] {
            let result = try run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("deep.json:1:257"), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("nested more than 256 levels"))
        }
        let practice = try run(["practice", "video-recommendation"], stdin: "An answer.\n/quit\n")
        #expect(practice.status == 0, "\(practice.stderr)")
        #expect(practice.stdout.contains("Saved. Continue with: mlsd resume"))
    }

    @Test func aDeeplyNestedAnswerFileIsBadData() throws {
        let file = try write("{\"prompt\": \"video-recommendation\", \"answers\": " + Self.deep + "}", to: "deep-answer.json")
        let result = try run(["score", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("deep-answer.json:1:"))
        #expect(result.stderr.contains("nested more than 256 levels"))
    }

    @Test func aDeeplyNestedSessionFileIsSkippedWithAWarning() throws {
        try SessionFixtures.record(in: home, at: SessionFixtures.start, answers: .weak)
        _ = try write(Self.deep, to: "sessions/deep.json")
        for arguments in [["history"], ["stats"], ["next"]] {
            let result = try run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("deep.json"), "\(arguments): \(result.stderr)")
        }
        #expect(try run(["history"]).stdout.contains("video-recommendation"))
    }

    @Test func aPromptWithHugeMinutesIsSkippedNamingTheFile() throws {
        let template = PromptTemplate.json(id: "huge-minutes")
        let text = template.replacingOccurrences(of: "\"minutes\": 45,", with: "\"minutes\": 9223372036854775807,")
        #expect(text != template)
        _ = try write(text, to: "prompts/huge.json")
        let list = try run(["prompts", "list"])
        #expect(list.status == 0)
        #expect(list.stderr.contains("huge.json:"))
        #expect(list.stderr.contains("minutes: expected a whole number of minutes from 0 to 600"))
        #expect(!list.stdout.contains("huge-minutes"))
        let practice = try run(["practice", "huge-minutes"], stdin: "/quit\n")
        #expect(practice.status != 0 && practice.status < 128, "\(practice.status)")
    }

    /// Sessions whose numbers would trap (exit 132) in `history`, `review`, `export`, `resume`, `stats`.
    @Test(arguments: [
        ("\"elapsedSeconds\" : 0", "\"elapsedSeconds\" : 1e19"),
        ("\"budgetSeconds\" : 300", "\"budgetSeconds\" : 9223372036854775807"),
        ("\"budgetSeconds\" : 300", "\"budgetSeconds\" : 1e300"),
    ])
    func sessionNumbersOutOfRangeAreSkippedNotATrap(target: String, replacement: String) throws {
        let good = try SessionFixtures.record(in: home, at: SessionFixtures.start, answers: .weak)
        var bad = good
        bad.id = "20270116-080000-video-recommendation"
        bad.finishedAt = nil
        for index in bad.phases.indices {
            bad.phases[index].budgetSeconds = 300
            bad.phases[index].elapsedSeconds = 0
        }
        let text = String(decoding: try SessionStore.encoder().encode(bad), as: UTF8.self)
        #expect(text.contains(target))
        _ = try write(text.replacingOccurrences(of: target, with: replacement), to: "sessions/\(bad.id).json")
        for arguments in [["history"], ["stats"], ["next"]] {
            let result = try run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("\(bad.id).json is not a readable session file"), "\(arguments): \(result.stderr)")
        }
        #expect(try run(["history"]).stdout.contains(String(good.id.prefix(15))))
        for arguments in [["review", bad.id], ["export", bad.id], ["resume", bad.id]] {
            let result = try run(arguments, stdin: "/quit\n")
            #expect(result.status != 0 && result.status < 128, "\(arguments): \(result.status) \(result.stderr)")
        }
        #expect(try run(["review", good.id]).status == 0)
    }

    @Test func anAnswerFilePastSixteenMegabytesIsRefusedNamingTheLimit() throws {
        let url = home.appendingPathComponent("huge.md")
        FileManager.default.createFile(atPath: url.path, contents: Data("prompt: video-recommendation\n## Clarify\n".utf8))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(InputLimits.maximumAnswerFileBytes + 1))
        try handle.close()
        let result = try run(["score", url.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("Cannot score \(url.path): it is larger than 16 MB, the limit for answer files."))
        let fromStdin = try run(["score", "-"], stdin: String(repeating: "x", count: InputLimits.maximumAnswerFileBytes + 1))
        #expect(fromStdin.status == 65)
        #expect(fromStdin.stderr.contains("larger than 16 MB"))
    }

    @Test func aSessionFilePastSixtyFourMegabytesIsSkipped() throws {
        try FileManager.default.createDirectory(at: sessionsFolder, withIntermediateDirectories: true)
        let url = sessionsFolder.appendingPathComponent("huge.json")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(InputLimits.maximumSessionFileBytes + 1))
        try handle.close()
        let result = try run(["history"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("huge.json is not a readable session file (it is larger than 64 MB, the limit for session files)"))
    }

    @Test func staleTemporaryFilesOfCrashedSavesAreRemovedAtStart() throws {
        try FileManager.default.createDirectory(at: sessionsFolder, withIntermediateDirectories: true)
        let old = Date(timeIntervalSinceNow: -2 * 3600)
        func file(_ name: String, modified: Date) throws -> URL {
            let url = sessionsFolder.appendingPathComponent(name)
            try Data("{\"partial\": ".utf8).write(to: url)
            try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: url.path)
            return url
        }
        let stale = try file(".20270115-080000-x.json.4242.123456.tmp", modified: old)
        let fresh = try file(".20270115-080000-y.json.4243.99.tmp", modified: Date())
        let notOurs = try file("notes.tmp", modified: old)
        // A link with our pattern pointing outside: neither followed nor removed.
        let victim = home.appendingPathComponent("victim.txt")
        try Data("keep me".utf8).write(to: victim)
        let link = sessionsFolder.appendingPathComponent(".20270115-080000-z.json.4244.7.tmp")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)

        let result = try run(["practice", "video-recommendation"], stdin: "/quit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: fresh.path))
        #expect(FileManager.default.fileExists(atPath: notOurs.path))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) != nil)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
    }

    @Test func eachPipedLineIsSavedBeforeTheNextIsRead() throws {
        let run = try InterviewProcess(["practice", "video-recommendation"], home: home, mode: .pipe)
        #expect(run.waitFor("Phase 1/6"))
        // The input stays open: nothing but the line itself can trigger the save.
        run.type("First piped line.\n")
        #expect(run.waitForSession { $0.phases[0].answer == "First piped line." } != nil)
        run.type("Second piped line.\n")
        #expect(run.waitForSession { $0.phases[0].answer == "First piped line.\nSecond piped line." } != nil)
        run.send(SIGKILL)
        #expect(run.waitForExit()?.status == SIGKILL)
        #expect(run.sessions().first?.phases[0].answer == "First piped line.\nSecond piped line.")
    }
}
