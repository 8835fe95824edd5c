import Foundation
import Testing
@testable import CoachKit

@Suite("prompts fmt, the field table and the schema")
struct PromptFormatterTests {
    let formatter = PromptFormatter()

    /// The template written in the object form, with stem variants and default-valued fields.
    func objectFormPrompt() -> String {
        PromptFixtures.template(
            id: "p", replacing: "\"signals\": [\"a phrase a candidate would say\"]",
            with: #""signals": [{"all": [{"concept": "latency"}, {"any": [{"phrase": "compare"}, {"phrase": "compared"}, {"phrase": "comparing"}, {"quantity": "duration"}]}]}, {"any": [{"phrase": "number of users"}, {"phrase": "numbers of users"}]}, {"phrase": "C++"}]"#)
    }

    @Test("fmt writes compact signals, drops stem-redundant variants and default weights, and is idempotent")
    func formatsAndIsIdempotent() throws {
        let text = objectFormPrompt()
        let once = try formatter.formatPrompt(Data(text.utf8), file: "p.json")
        #expect(once.contains(#""signals": ["@latency + (compare | #duration)", "number of users", "`C++`"]"#), "\(once)")
        #expect(!once.contains("compared"))
        #expect(!once.contains("\"weight\": 1"))
        #expect(!once.contains("\"redFlags\": []"))
        #expect(once.contains("\"version\": 1"))
        let twice = try formatter.formatPrompt(Data(once.utf8), file: "p.json")
        #expect(twice == once)
        // Same meaning: the original and the formatted prompt score the same answers alike.
        let (before, _) = try PromptDecoder().decodePrompt(Data(text.utf8), file: "p.json")
        let (after, _) = try PromptDecoder().decodePrompt(Data(once.utf8), file: "p.json")
        let lexicon = PromptFixtures.builtinLexicon
        for answer in ["We compared latency under 200 ms.", "How many users do we have? The number of users matters.", "Written in C++."] {
            let a = Scorer(prompt: before, lexicon: lexicon).score(.clarify, answer: answer)
            let b = Scorer(prompt: after, lexicon: lexicon).score(.clarify, answer: answer)
            #expect(a.score == b.score && a.matched.map(\.id) == b.matched.map(\.id), "\(answer)")
        }
    }

    @Test("keys follow the field table's order and notes stay on top")
    func keyOrder() throws {
        let text = #"{"minutes": 45, "_note": "mine", "id": "p", "schemaVersion": 1, "title": "T", "category": "c", "difficulty": "easy", "statement": "S", "phases": {}}"#
        // Not a valid prompt (no phases): fmt refuses and reports it.
        #expect(throws: PromptError.self) { try formatter.formatPrompt(Data(text.utf8), file: "x.json") }
        let valid = try formatter.formatPrompt(Data(PromptFixtures.template(id: "p").utf8), file: "p.json")
        let keys = ["\"_help\"", "\"schemaVersion\"", "\"id\"", "\"version\"", "\"title\"", "\"category\"", "\"difficulty\"", "\"statement\"", "\"minutes\"", "\"phases\""]
        let positions = keys.map { valid.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test("an interviewer fact's signals are simplified but never de-duplicated (the interviewer weighs each)")
    func factsKeepVariants() throws {
        let text = PromptFixtures.template(id: "p", replacing: "\"signals\": [\"@scale\", \"how many users\"]", with: "\"signals\": [\"@scale\", \"how many users\", \"how many user\"]")
        let out = try formatter.formatPrompt(Data(text.utf8), file: "p.json")
        #expect(out.contains("\"how many user\""))
    }

    @Test("validate warns about stem-redundant variants, and fmt removes them")
    func variantWarning() throws {
        let text = objectFormPrompt()
        let (prompt, map) = try PromptDecoder().decodePrompt(Data(text.utf8), file: "p.json")
        let warnings = PromptLinter(lexicon: PromptFixtures.builtinLexicon)
            .warnings(LoadedPrompt(prompt: prompt, source: .builtin, file: "p.json", sourceMap: map))
        #expect(warnings.contains { $0.description.contains("\"compared\" adds nothing to \"compare\"") })
        #expect(warnings.contains { $0.description.contains("\"numbers of users\" adds nothing to \"number of users\"") })
        #expect(!warnings.contains { $0.description.contains("C++") })
        #expect(SignalNormalizer().redundancies(in: [.any([.phrase("how many"), .phrase("how")])]).isEmpty)
    }

    @Test("the template's TODO examples and a prompt without examples are warnings, not failures")
    func exampleWarnings() throws {
        let template = PromptFixtures.template(id: "p")
        let (prompt, map) = try PromptDecoder().decodePrompt(Data(template.utf8), file: "p.json")
        let loaded = LoadedPrompt(prompt: prompt, source: .builtin, file: "p.json", sourceMap: map)
        let linter = PromptLinter(lexicon: PromptFixtures.builtinLexicon)
        #expect(linter.lint(loaded).isEmpty)
        #expect(linter.warnings(loaded).filter { $0.description.contains("not written yet") }.count == 2)
        var barePrompt = prompt
        barePrompt.examples = []
        let bare = LoadedPrompt(prompt: barePrompt, source: .builtin, file: "p.json", sourceMap: map)
        #expect(linter.warnings(bare).filter { $0.description.contains("nothing tests the rubric") }.count == 2)
    }

    @Test("every built-in is already formatted, so fmt --check passes on Prompts/")
    func builtinsFormatted() throws {
        let folder = CalibrationTests.promptsFolder
        let lexicon = try PromptDecoder().decodeLexicon(Data(contentsOf: folder.appendingPathComponent("lexicon.json")), file: "lexicon.json")
        let formatter = PromptFormatter(lexicon: lexicon)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".json") && name != "schema.json" {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let formatted = name == "lexicon.json"
                ? try formatter.formatLexicon(data, file: name) : try formatter.formatPrompt(data, file: name)
            #expect(formatted == String(decoding: data, as: UTF8.self), "\(name) is not formatted: run mlsd prompts fmt Prompts")
        }
    }

    @Test("the hanging layout: brackets share lines with what they enclose, short fields share an object's first line")
    func hangingLayout() throws {
        let value = try JSONValue.parse(Array(#"{"rubric": [{"id": "a", "weight": 2, "description": "d", "signals": ["one two three", "four five six", "seven"], "hint": "h"}], "tags": ["x"]}"#.utf8))
        let printed = JSONPrinter(width: 40, fillKeys: ["signals"], hanging: true).print(value)
        #expect(printed == """
            {
              "rubric": [
                {"id": "a", "weight": 2,
                  "description": "d",
                  "signals": ["one two three",
                    "four five six", "seven"],
                  "hint": "h"}
              ],
              "tags": ["x"]
            }

            """, "\(printed)")
        #expect(try JSONValue.parse(Array(printed.utf8)) == value)
    }

    @Test("fmt is idempotent on every built-in with the hanging layout, and a standard-layout file reads back the same")
    func hangingLayoutIdempotent() throws {
        let folder = CalibrationTests.promptsFolder
        let lexicon = try PromptDecoder().decodeLexicon(Data(contentsOf: folder.appendingPathComponent("lexicon.json")), file: "lexicon.json")
        let formatter = PromptFormatter(lexicon: lexicon)
        let data = try Data(contentsOf: folder.appendingPathComponent("feed-ranking.json"))
        // The same document in the plain layout (brackets on lines of their own) formats back to the file.
        let plain = JSONPrinter(width: 120).print(try JSONValue.parse(Array(data)))
        #expect(plain.count > 0 && plain != String(decoding: data, as: UTF8.self))
        #expect(try formatter.formatPrompt(Data(plain.utf8), file: "feed-ranking.json") == String(decoding: data, as: UTF8.self))
    }

    @Test("the checked-in schema.json is the one generated from the field table")
    func schemaIsGenerated() throws {
        let checkedIn = try String(contentsOf: CalibrationTests.promptsFolder.appendingPathComponent("schema.json"), encoding: .utf8)
        #expect(checkedIn == PromptSchema.text, "run: mlsd prompts schema > Prompts/schema.json")
        #expect(try JSONSerialization.jsonObject(with: Data(PromptSchema.text.utf8)) is [String: Any])
    }

    @Test("Prompts/README.md is the text of mlsd prompts guide")
    func readmeIsTheGuide() throws {
        let readme = try String(contentsOf: CalibrationTests.promptsFolder.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme == PromptGuide.text + "\n", "run: mlsd prompts guide > Prompts/README.md")
    }

    @Test("the field table and the Swift model agree: every encoded key is in the table and every table field is encoded")
    func tableMatchesModel() throws {
        let item = RubricItem(
            id: "a", description: "d", weight: 2, signals: [.phrase("x")], hint: "h", why: "w", covered: [.quantity(.count)], namedCredit: 0.25)
        let flag = RedFlag(id: "f", description: "d", penalty: 5, signals: [.phrase("y")], unless: [.phrase("z")], why: "w")
        let spec = PhaseSpec(minutes: 5, goal: "g", questions: ["q"], rubric: [item], redFlags: [flag],
                             followUps: [FollowUp(question: "q", targets: ["a"])], reference: ["r"])
        let prompt = Prompt(
            id: "p", version: 2, title: "t", category: "c", difficulty: .easy, tags: ["x"], statement: "s", minutes: 30,
            phases: Dictionary(uniqueKeysWithValues: Phase.allCases.map { ($0, spec) }),
            facts: [InterviewerFact(id: "f", signals: [.phrase("x")], answer: "a")],
            examples: [ExampleAnswerSet(label: .strong, answers: [.clarify: "x"])])
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(prompt)) as? [String: Any])
        func keys(_ value: Any?) -> Set<String> { Set((value as? [String: Any])?.keys.map { $0 } ?? []) }
        func first(_ value: Any?) -> Any? { (value as? [Any])?.first }
        let phase = (object["phases"] as? [String: Any])?["clarify"]
        let pairs: [(String, Set<String>)] = [
            ("prompt", keys(object)),
            ("phase", keys(phase)),
            ("rubricItem", keys(first((phase as? [String: Any])?["rubric"]))),
            ("redFlag", keys(first((phase as? [String: Any])?["redFlags"]))),
            ("followUp", keys(first((phase as? [String: Any])?["followUps"]))),
            ("fact", keys(first(object["facts"]))),
            ("example", keys(first(object["examples"]))),
        ]
        for (name, encoded) in pairs {
            let table = PromptFormat.fieldNames(of: name).subtracting(["$schema"])
            #expect(encoded == table, "\(name): model \(encoded.sorted()) vs table \(table.sorted())")
        }
        #expect(PromptFieldChecker.rubricItem == PromptFormat.fieldNames(of: "rubricItem"))
    }

    @Test("a rubric item without weight weighs 1")
    func defaultWeight() throws {
        let text = PromptFixtures.template(id: "p", replacing: "\"weight\": 1,", with: "")
        let (prompt, _) = try PromptDecoder().decodePrompt(Data(text.utf8), file: "p.json")
        #expect(prompt.spec(.clarify).rubric[0].weight == 1)
    }

    @Test("an unknown phase key reads as a sentence with a suggestion")
    func unknownPhase() throws {
        let text = PromptFixtures.template(id: "p", replacing: "\"deploy\": {", with: "\"deployment\": {")
        do {
            _ = try PromptDecoder().decodePrompt(Data(text.utf8), file: "p.json")
            Issue.record("expected an error")
        } catch {
            let line = PromptFixtures.line(of: "\"deployment\"", in: text)
            #expect(error.description.hasPrefix("p.json:\(line):"), "\(error)")
            #expect(error.description.contains("phases.deployment: \"deployment\" is not a phase; the phases are clarify, frame, data, model, evaluate, deploy. Did you mean \"deploy\"?"), "\(error)")
            #expect(!error.description.contains("found an object"))
        }
    }

    @Test("JSONValue and JSONPrinter keep key order, numbers and unicode; escapes round-trip")
    func jsonRoundTrip() throws {
        let text = #"{"b": 1.50, "a": ["x\"y", "é\u00e9\ud83d\ude00", null, true], "c": {}}"#
        let value = try JSONValue.parse(Array(text.utf8))
        let printed = JSONPrinter(width: 200).print(value)
        #expect(printed == "{\"b\": 1.50, \"a\": [\"x\\\"y\", \"éé😀\", null, true], \"c\": {}}\n")
        #expect(try JSONValue.parse(Array(printed.utf8)) == value)
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(Array(deep.utf8)) }
    }
}
