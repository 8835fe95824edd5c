import Foundation
import Testing
@testable import CoachKit

/// Hostile and broken input (issue 9): nesting depth, file sizes and numbers out of range are refused
/// with a message naming the file and where, never a crash, a trap or unbounded memory.
struct InputLimitsTests {
    static func nested(_ depth: Int) -> String { String(repeating: "[", count: depth) + String(repeating: "]", count: depth) }

    // MARK: - Nesting depth

    @Test func theSourceMapRefusesDeepNestingWithAPosition() throws {
        let bytes = Array(Self.nested(30_000).utf8)
        #expect(throws: JSONSourceMap.SyntaxError.self) { try JSONSourceMap(bytes) }
        do {
            _ = try JSONSourceMap(bytes)
        } catch {
            #expect(error.position == JSONSourceMap.Position(line: 1, column: InputLimits.maximumJSONDepth + 1))
            #expect(error.message.contains("nested more than 256 levels"))
        }
    }

    @Test func theSourceMapAcceptsNestingUpToTheLimit() throws {
        let map = try JSONSourceMap(Array(Self.nested(InputLimits.maximumJSONDepth).utf8))
        #expect(map.positions[""] == JSONSourceMap.Position(line: 1, column: 1))
    }

    @Test func theNestingCheckIgnoresBracketsInStringsAndCountsColumnsInCharacters() {
        let inString = "[\"" + String(repeating: "[", count: 1000) + "\"]"
        #expect(JSONNestingCheck.firstTooDeep(in: Array(inString.utf8)) == nil)
        let escaped = "[\"\\\"" + String(repeating: "{", count: 1000) + "\"]"
        #expect(JSONNestingCheck.firstTooDeep(in: Array(escaped.utf8)) == nil)
        let deep = "{\"é\":\n  " + Self.nested(300)
        #expect(JSONNestingCheck.firstTooDeep(in: Array(deep.utf8), limit: 10) == JSONSourceMap.Position(line: 2, column: 12))
    }

    @Test func aDeepPromptFileIsSkippedWithItsPosition() throws {
        let folder = try PromptFixtures.folder(["deep.json": Self.nested(30_000)])
        let library = PromptLibrary(folders: [folder])
        let problem = try #require(library.problems.first)
        #expect(problem.description.contains("deep.json:1:257"))
        #expect(problem.description.contains("nested more than 256 levels"))
        #expect(!library.prompts.isEmpty)
    }

    @Test func aDeepAnswerFileIsRefused() {
        let text = "{\"prompt\": \"p\", \"answers\": " + Self.nested(30_000) + "}"
        #expect(throws: AnswerFile.ParseError.invalidJSON(
            file: "a.json", at: .init(line: 1, column: 27 + 256),  // the "{" is the first level
            message: "arrays and objects are nested more than 256 levels deep here; mlsd reads at most 256 levels")) {
            try AnswerFile.parse(Data(text.utf8), file: "a.json")
        }
    }

    @Test func aDeepSessionFileIsUnreadableNotACrash() {
        #expect(throws: SessionStore.StoreError.unreadable(
            file: "s.json", reason: "arrays and objects are nested more than 256 levels deep at 1:257; mlsd reads at most 256 levels")) {
            try SessionStore.decode(Data(Self.nested(30_000).utf8), file: "s.json")
        }
    }

    // MARK: - Numbers out of range

    @Test func promptMinutesOutOfRangeAreRefusedAtTheField() throws {
        let text = PromptFixtures.template(id: "p", replacing: "\"minutes\": 45,", with: "\"minutes\": 9223372036854775807,")
        let folder = try PromptFixtures.folder(["p.json": text])
        let library = PromptLibrary(folders: [folder])
        let problem = try #require(library.problems.first)
        let line = PromptFixtures.line(of: "9223372036854775807", in: text)
        #expect(problem.description.contains("p.json:\(line):"))
        #expect(problem.description.contains("minutes: expected a whole number of minutes from 0 to 600"))
        #expect(library.prompt(id: "p") == nil)
    }

    @Test func phaseMinutesWeightsAndPenaltiesOutOfRangeAreRefused() throws {
        for (target, replacement, expected) in [
            ("\"minutes\": 5,", "\"minutes\": 601,", "phases.clarify.minutes: expected a whole number of minutes"),
            ("\"weight\": 1,", "\"weight\": 1e300,", "weight: expected a weight from 0.0 to 1000.0"),
            ("\"weight\": 1,", "\"weight\": -2,", "weight: expected a weight from 0.0 to 1000.0"),
        ] {
            let text = PromptFixtures.template(id: "p", replacing: target, with: replacement)
            #expect(throws: PromptError.self) { try PromptDecoder().decodePrompt(Data(text.utf8), file: "p.json") }
            do {
                _ = try PromptDecoder().decodePrompt(Data(text.utf8), file: "p.json")
            } catch {
                #expect(error.description.contains(expected), "\(error.description)")
            }
        }
    }

    @Test func theBudgetPlannerClampsMinutesOfAPromptBuiltInCode() throws {
        var prompt = try #require(PromptLibrary(folders: []).prompts.first).prompt
        prompt.minutes = Int.max
        let budgets = BudgetPlanner().budgets(for: prompt, totalMinutes: Int.max)
        #expect(budgets.values.reduce(0, +) == Phase.allCases.count * InputLimits.maximumMinutes * 60)
    }

    static func session(_ edit: (inout Session) -> Void) throws -> Data {
        var session = Session(
            id: "20270115-080000-p", promptID: "p", promptVersion: 1, promptTitle: "P", options: SessionOptions(minutes: 45),
            startedAt: Date(timeIntervalSince1970: 1_800_000_000), phases: Phase.allCases.map { PhaseRecord(phase: $0, budgetSeconds: 300) })
        edit(&session)
        return try SessionStore.encoder().encode(session)
    }

    @Test func sessionNumbersOutOfRangeMakeTheFileUnreadable() throws {
        let cases: [((inout Session) -> Void, String)] = [
            ({ $0.phases[0].elapsedSeconds = 1e19 }, "phases[0].elapsedSeconds is 1e+19"),
            ({ $0.phases[1].budgetSeconds = Int.max }, "phases[1].budgetSeconds is 9223372036854775807"),
            ({ $0.phases[2].elapsedSeconds = -1 }, "phases[2].elapsedSeconds is -1.0"),
            ({ $0.options.minutes = 100_000 }, "options.minutes is 100000"),
            ({ $0.phases[0].hintsUsed = -5 }, "phases[0].hintsUsed is -5"),
        ]
        for (edit, expected) in cases {
            let data = try Self.session(edit)
            do {
                _ = try SessionStore.decode(data, file: "s.json")
                Issue.record("accepted: \(expected)")
            } catch let error as SessionStore.StoreError {
                #expect(error.description.contains(expected), "\(error.description)")
            }
        }
        #expect(try SessionStore.decode(try Self.session { _ in }, file: "s.json").phases.count == 6)
    }

    @Test func aBudgetOf1e300IsNotAValidSession() throws {
        let text = String(decoding: try Self.session { _ in }, as: UTF8.self)
            .replacingOccurrences(of: "\"budgetSeconds\" : 300", with: "\"budgetSeconds\" : 1e300")
        #expect(throws: SessionStore.StoreError.self) { try SessionStore.decode(Data(text.utf8), file: "s.json") }
    }

    @Test func theSessionCatalogSkipsOutOfRangeSessionsWithAWarning() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mlsd-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.session { $0.phases[0].elapsedSeconds = 1e19 }.write(to: folder.appendingPathComponent("bad.json"))
        try Self.session { $0.id = "20270115-080000-q" }.write(to: folder.appendingPathComponent("good.json"))
        let listing = SessionCatalog(store: SessionStore(directory: folder), indexFile: nil).load()
        #expect(listing.summaries.map(\.id) == ["20270115-080000-q"])
        #expect(listing.warnings.count == 1)
        #expect(listing.warnings.first?.description.contains("elapsedSeconds is 1e+19") == true)
    }

    @Test func highlightOffsetsNearIntMaxDoNotOverflow() {
        let segments = HighlightedText("We rank by watch time.").segments([.init(start: Int.max - 1, length: Int.max, sentence: "watch time")])
        #expect(segments.map(\.text) == ["We rank by ", "watch time", "."])
    }

    // MARK: - File sizes

    @Test func filesPastTheirLimitAreRefusedWithoutReadingThemWhole() throws {
        let folder = try PromptFixtures.folder([:])
        let url = folder.appendingPathComponent("big.json")
        try Data(repeating: UInt8(ascii: " "), count: 2000).write(to: url)
        #expect(throws: BoundedFileReader.ReadError.tooLarge(limit: 1000)) { try BoundedFileReader.read(url, limit: 1000) }
        #expect(try BoundedFileReader.read(url, limit: 2000).count == 2000)
        #expect(throws: BoundedFileReader.ReadError.tooLarge(limit: 1000)) {
            try BoundedFileReader.read(URL(fileURLWithPath: "/dev/zero"), limit: 1000)
        }
    }

    @Test func aPromptFilePastEightMegabytesIsSkippedNamingTheLimit() throws {
        let folder = try PromptFixtures.folder([:])
        let url = folder.appendingPathComponent("huge.json")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(InputLimits.maximumPromptFileBytes + 1))
        try handle.close()
        let problem = try #require(PromptLibrary(folders: [folder]).problems.first)
        #expect(problem.description == "\(url.path): cannot read the file: it is larger than 8 MB, the limit for prompt files.")
    }
}

/// Stale temporary files of interrupted atomic writes.
struct StaleTemporaryFileTests {
    @Test func onlyTheAtomicWritesOwnNamesMatch() {
        #expect(AtomicFile.isTemporaryName(".20270115-080000-x.json.4242.123456.tmp"))
        #expect(AtomicFile.isTemporaryName(".a.1.2.tmp"))
        #expect(!AtomicFile.isTemporaryName("a.json.1.2.tmp"))
        #expect(!AtomicFile.isTemporaryName(".a.json.x.2.tmp"))
        #expect(!AtomicFile.isTemporaryName(".1.2.tmp"))
        #expect(!AtomicFile.isTemporaryName(".a.json.tmp"))
        #expect(!AtomicFile.isTemporaryName(".a.json.1.2.lock"))
    }

    @Test func onlyOldRegularFilesAreRemoved() throws {
        let folder = try PromptFixtures.folder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        for (name, age) in [(".s.json.1.1.tmp", 7200.0), (".s.json.1.2.tmp", 60.0), ("s.json", 7200.0)] {
            let url = folder.appendingPathComponent(name)
            try Data("x".utf8).write(to: url)
            try FileManager.default.setAttributes([.modificationDate: now - age], ofItemAtPath: url.path)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".d.json.1.3.tmp"), withIntermediateDirectories: true)
        let removed = AtomicFile.removeStaleTemporaryFiles(in: folder, olderThan: 3600, now: now)
        #expect(removed == [".s.json.1.1.tmp"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".d.json.1.3.tmp", ".s.json.1.2.tmp", "s.json"])
    }
}
