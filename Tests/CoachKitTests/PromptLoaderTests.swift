import Foundation
import Testing
@testable import CoachKit

@Suite("Prompt loading")
struct PromptLoaderTests {
    let decoder = PromptDecoder()

    @Test("the template decodes and passes every lint rule")
    func templateIsValid() throws {
        let data = Data(PromptFixtures.template(id: "my-case").utf8)
        let (prompt, map) = try decoder.decodePrompt(data, file: "my-case.json")
        #expect(prompt.id == "my-case")
        #expect(prompt.phases.count == 6)
        let problems = PromptLinter(lexicon: PromptFixtures.builtinLexicon)
            .lint(LoadedPrompt(prompt: prompt, source: .builtin, file: "my-case.json", sourceMap: map))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("the built-in bank loads cleanly and holds the core case studies")
    func builtinBank() {
        let library = PromptLibrary(folders: [])
        #expect(library.problems.isEmpty, "\(library.problems)")
        let ids = Set(library.prompts.map(\.prompt.id))
        for core in ["video-recommendation", "ad-click-prediction", "harmful-content-detection"] {
            #expect(ids.contains(core), "missing built-in \(core)")
        }
        #expect(library.prompts.count >= 8)
        #expect(library.prompts.allSatisfy { $0.source == .builtin })
        #expect(library.lexicon.concepts["qps"]?.contains("QPS") == true)
    }

    @Test("a syntax error names the file, line and column")
    func syntaxError() throws {
        let text = PromptFixtures.template(id: "broken", replacing: "\"version\": 1,", with: "\"version\": 1")
        do {
            _ = try decoder.decodePrompt(Data(text.utf8), file: "broken.json")
            Issue.record("expected an error")
        } catch {
            guard case .syntax(let file, let at, let message) = error else { Issue.record("wrong error \(error)"); return }
            #expect(file == "broken.json")
            #expect(at.line == PromptFixtures.line(of: "\"title\"", in: text))
            #expect(message.contains("missing comma"))
            #expect(error.description.hasPrefix("broken.json:\(at.line):\(at.column): invalid JSON"))
        }
    }

    @Test("a value of the wrong type names the JSON path, what was expected and what was found")
    func wrongType() throws {
        let text = PromptFixtures.template(id: "typed", replacing: "\"weight\": 1,", with: "\"weight\": \"heavy\",")
        #expect(throws: PromptError.self) { try decoder.decodePrompt(Data(text.utf8), file: "typed.json") }
        do {
            _ = try decoder.decodePrompt(Data(text.utf8), file: "typed.json")
        } catch {
            guard case .invalidField(_, let at, let path, let expected, let found, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(path == "phases.clarify.rubric[0].weight")
            #expect(expected == "a number")
            #expect(found == "the string \"heavy\"")
            #expect(at.line == PromptFixtures.line(of: "\"heavy\"", in: text))
        }
    }

    @Test("a missing field says which and where to add it")
    func missingField() {
        let text = PromptFixtures.template(id: "nogoal", replacing: "\"goal\": \"What the candidate should achieve in the frame phase.\",", with: "")
        do {
            _ = try decoder.decodePrompt(Data(text.utf8), file: "nogoal.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("phases.frame.goal"))
            #expect(error.description.contains("Add \"goal\""))
        }
    }

    @Test("an unknown field is caught with a suggestion, agreeing with the schema's additionalProperties")
    func unknownField() {
        let text = PromptFixtures.template(id: "typo", replacing: "\"redFlags\": [],", with: "\"redFlgs\": [],")
        do {
            _ = try decoder.decodePrompt(Data(text.utf8), file: "typo.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("phases.clarify.redFlgs"))
            #expect(error.description.contains("Did you mean \"redFlags\"?"))
        }
    }

    @Test("notes starting with an underscore are allowed anywhere")
    func annotationsAllowed() throws {
        let text = PromptFixtures.template(id: "noted", replacing: "\"weight\": 1,", with: "\"weight\": 1, \"_why\": \"tuned\",")
        _ = try decoder.decodePrompt(Data(text.utf8), file: "noted.json")
    }

    @Test("an unknown phase key, a bad enum value and a newer schema version are explained")
    func badValues() {
        let badPhase = PromptFixtures.template(id: "x", replacing: "\"deploy\": {", with: "\"launch\": {")
        let badDifficulty = PromptFixtures.template(id: "x", replacing: "\"medium\"", with: "\"brutal\"")
        let newer = PromptFixtures.template(id: "x", replacing: "\"schemaVersion\": 1", with: "\"schemaVersion\": 2")
        let cases: [(String, [String])] = [
            (badPhase, ["launch"]),
            (badDifficulty, ["difficulty", "\"easy\", \"medium\", \"hard\""]),
            (newer, ["schemaVersion", "newer mlsd"]),
        ]
        for (text, needles) in cases {
            do {
                _ = try decoder.decodePrompt(Data(text.utf8), file: "x.json")
                Issue.record("expected an error for \(needles)")
            } catch {
                for needle in needles { #expect(error.description.contains(needle), "\(error)") }
            }
        }
    }

    @Test("one bad file never hides the good ones")
    func badFileIsolated() throws {
        let folder = try PromptFixtures.folder([
            "good.json": PromptFixtures.template(id: "good-one"),
            "bad.json": "{ \"schemaVersion\": 1, ",
        ])
        let library = PromptLibrary(builtin: [], folders: [folder])
        #expect(library.prompts.map(\.prompt.id) == ["good-one"])
        #expect(library.problems.count == 1)
        #expect(library.problems.first?.file.hasSuffix("bad.json") == true)
    }

    @Test("a user prompt with a built-in's id overrides it, and the later folder wins")
    func overrides() throws {
        let builtin = [(name: "shared-id.json", data: Data(PromptFixtures.template(id: "shared-id").utf8))]
        let first = try PromptFixtures.folder(["a.json": PromptFixtures.template(id: "shared-id", replacing: "A short title for shared-id", with: "First override")])
        let second = try PromptFixtures.folder(["b.json": PromptFixtures.template(id: "shared-id", replacing: "A short title for shared-id", with: "Second override")])
        let onlyBuiltin = PromptLibrary(builtin: builtin, folders: [])
        #expect(onlyBuiltin.prompt(id: "shared-id")?.source == .builtin)
        let library = PromptLibrary(builtin: builtin, folders: [first, second])
        #expect(library.prompts.count == 1)
        #expect(library.prompt(id: "shared-id")?.prompt.title == "Second override")
        #expect(library.prompt(id: "shared-id")?.source == .folder(second.path))
    }

    @Test("two files with one id in a folder: the second is reported")
    func duplicateIDs() throws {
        let folder = try PromptFixtures.folder([
            "a.json": PromptFixtures.template(id: "twin"),
            "b.json": PromptFixtures.template(id: "twin"),
        ])
        let library = PromptLibrary(builtin: [], folders: [folder])
        #expect(library.prompts.count == 1)
        #expect(library.problems.first?.description.contains("already used") == true)
    }

    @Test("a user lexicon adds concepts that prompts in any folder may use")
    func userLexicon() throws {
        let prompt = PromptFixtures.template(id: "uses-concept", replacing: "\"a phrase a candidate would say\"", with: "\"@my-concept\"")
        let folder = try PromptFixtures.folder([
            "lexicon.json": #"{"schemaVersion": 1, "concepts": {"my-concept": ["shiny term"], "qps": ["hits per second"]}}"#,
            "p.json": prompt,
        ])
        let library = PromptLibrary(folders: [folder])
        #expect(library.lexicon.terms(for: "my-concept") == ["shiny term"])
        #expect(library.lexicon.terms(for: "qps").contains("QPS"))
        #expect(library.lexicon.terms(for: "qps").contains("hits per second"))
        let loaded = try #require(library.prompt(id: "uses-concept"))
        #expect(PromptLinter(lexicon: library.lexicon).lint(loaded).isEmpty)
        #expect(!PromptLinter(lexicon: Lexicon()).lint(loaded).isEmpty)
    }

    @Test("a missing folder is simply skipped")
    func missingFolder() {
        let library = PromptLibrary(builtin: [], folders: [URL(fileURLWithPath: "/nonexistent/mlsd")])
        #expect(library.prompts.isEmpty)
        #expect(library.problems.isEmpty)
    }
}
