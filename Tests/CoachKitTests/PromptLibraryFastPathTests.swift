import BuiltinPrompts
import Foundation
import Testing
@testable import CoachKit

/// The built-ins load on a trusted fast path (outline now, the whole prompt on first use, no source
/// map, no unknown-field pass). These tests are what makes that trust safe: every built-in passes full
/// validation, and the fast path yields exactly what full validation yields.
@Suite("Prompt library fast path")
struct PromptLibraryFastPathTests {
    let decoder = PromptDecoder(lists: PromptLibrary().lexicon.signalLists)
    let promptFiles = BuiltinPrompts.files.filter { $0.name != PromptLibrary.lexiconFileName && $0.name != "schema.json" }

    @Test("every built-in passes full validation: decoding, unknown fields and every lint rule")
    func everyBuiltinIsValid() throws {
        #expect(promptFiles.count >= 8)
        let lexicon = try decoder.decodeLexicon(try #require(BuiltinPrompts.file(named: PromptLibrary.lexiconFileName)), file: "lexicon.json")
        for file in promptFiles {
            let (prompt, map) = try decoder.decodePrompt(file.data, file: file.name)
            let problems = PromptLinter(lexicon: lexicon).lint(LoadedPrompt(prompt: prompt, source: .builtin, file: file.name, sourceMap: map))
            #expect(problems.isEmpty, "\(file.name): \(problems)")
        }
    }

    @Test("for every built-in, the trusted decoding equals the fully validated one, and so does its outline")
    func trustedDecodingEqualsFullValidation() throws {
        for file in promptFiles {
            let (validated, _) = try decoder.decodePrompt(file.data, file: file.name)
            let trusted = try decoder.decodeValidatedPrompt(file.data)
            #expect(trusted == validated, "\(file.name)")
            let outline = try decoder.decodeValidatedOutline(file.data)
            #expect(outline == validated.outline, "\(file.name)")
            #expect(outline.rubric.count == Phase.allCases.count, "\(file.name)")
        }
        let lexicon = try #require(BuiltinPrompts.file(named: PromptLibrary.lexiconFileName))
        #expect(try decoder.decodeValidatedLexicon(lexicon) == decoder.decodeLexicon(lexicon, file: "lexicon.json"))
    }

    @Test("the trusted library holds the same prompts, outlines, sources and lexicon as a fully checked one")
    func trustedLibraryEqualsCheckedLibrary() {
        let trusted = PromptLibrary(folders: [])
        let checked = PromptLibrary(folders: [], trustBuiltin: false)
        #expect(trusted.problems.isEmpty && checked.problems.isEmpty)
        #expect(trusted.prompts.map(\.outline) == checked.prompts.map(\.outline))
        #expect(trusted.prompts.map(\.prompt) == checked.prompts.map(\.prompt))
        #expect(trusted.prompts.map(\.file) == checked.prompts.map(\.file))
        #expect(trusted.prompts.allSatisfy { $0.source == .builtin })
        #expect(trusted.lexicon == checked.lexicon)
        // The lazily built source map points where the eager one does.
        for (lazy, eager) in zip(trusted.prompts, checked.prompts) {
            #expect(lazy.sourceMap.positions == eager.sourceMap.positions, "\(lazy.file)")
        }
    }

    @Test("a broken built-in is not trusted blindly: it is reported with its position, like a user file")
    func brokenBuiltinIsReported() {
        let broken = PromptFixtures.template(id: "broken-one", replacing: "\"version\": 1,", with: "\"version\": 1")
        let library = PromptLibrary(builtin: [("broken-one.json", Data(broken.utf8))], folders: [])
        #expect(library.prompts.isEmpty)
        #expect(library.problems.count == 1)
        #expect(library.problems.first?.file == "Prompts/broken-one.json")
    }

    @Test("trust skips only the checks that need a source map: an unknown field passes when trusted, not when checked")
    func trustSkipsTheUnknownFieldPass() {
        let odd = PromptFixtures.template(id: "odd-one", replacing: "\"version\": 1,", with: "\"version\": 1, \"colour\": \"red\",")
        let files = [("odd-one.json", Data(odd.utf8))]
        #expect(PromptLibrary(builtin: files, folders: []).problems.isEmpty)
        let checked = PromptLibrary(builtin: files, folders: [], trustBuiltin: false)
        #expect(checked.prompts.isEmpty && checked.problems.count == 1)
        #expect(checked.problems.first.map { "\($0)" }?.contains("colour") == true)
    }

    @Test("a library for one case study reads only it and the lexicon, and falls back to all for an unknown id")
    func onlyNeedingOnePrompt() throws {
        let all = PromptLibrary(folders: [])
        let one = PromptLibrary(folders: [], onlyNeeding: "feed-ranking")
        #expect(one.prompts.map(\.outline.id) == ["feed-ranking"])
        #expect(one.prompt(id: "feed-ranking")?.prompt == all.prompt(id: "feed-ranking")?.prompt)
        #expect(one.lexicon == all.lexicon)
        let unknown = PromptLibrary(folders: [], onlyNeeding: "feed-rankin")
        #expect(unknown.prompts.map(\.outline.id) == all.prompts.map(\.outline.id))
        // A user file overriding the built-in still wins.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mlsd-only-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let mine = PromptFixtures.template(id: "feed-ranking", replacing: "\"version\": 1,", with: "\"version\": 7,")
        try Data(mine.utf8).write(to: folder.appendingPathComponent("mine.json"))
        let overridden = PromptLibrary(folders: [folder], onlyNeeding: "feed-ranking")
        #expect(overridden.prompt(id: "feed-ranking")?.outline.version == 7)
        #expect(overridden.prompt(id: "feed-ranking")?.source == .folder(folder.path))
    }

    @Test("a duplicate id among trusted files is reported at the id's line")
    func duplicateBuiltinIDs() {
        let text = PromptFixtures.template(id: "twin")
        let library = PromptLibrary(builtin: [("a.json", Data(text.utf8)), ("b.json", Data(text.utf8))], folders: [])
        #expect(library.prompts.map(\.outline.id) == ["twin"])
        #expect(library.problems.count == 1)
        #expect("\(library.problems.first.map { "\($0)" } ?? "")".contains("already used by Prompts/a.json"))
    }
}
