import Foundation
import Testing
@testable import CoachKit

/// Named signal lists (`$name`, `"lists"` in lexicon.json): resolution, errors with positions, and
/// `prompts fmt` writing them where a list is spelled out — always to the very same signals.
@Suite("Named signal lists")
struct SignalListTests {
    static let definitions: [String: [String]] = [
        "units": ["users", "people", "traffic"],
        "control": ["current model", "old model", "control"],
        "split": ["(random | at random) + $units + $control", "#percent + $units"],
        "budget": ["@latency + (budget | sla)"],
    ]
    let lists = try! SignalLists(definitions: Self.definitions)

    func parse(_ text: String) throws -> Signal { try SignalSyntax.parse(text, lists: lists) }

    static let units: [Signal] = [.phrase("users"), .phrase("people"), .phrase("traffic")]
    static let control: [Signal] = [.phrase("current model"), .phrase("old model"), .phrase("control")]

    @Test("$name inside + is the list in parentheses; next to | its signals join the any")
    func resolution() throws {
        #expect(try parse("random + $units") == .all([.phrase("random"), .any(Self.units)]))
        #expect(try parse("random + $units") == SignalSyntax.parse("random + (users | people | traffic)"))
        #expect(try parse("latency | $units") == .any([.phrase("latency")] + Self.units))
        #expect(try parse("latency | $units") == SignalSyntax.parse("latency | users | people | traffic"))
        #expect(try parse("$units") == .any(Self.units))
        // Lists use lists; a one-signal list is that signal.
        #expect(try parse("$split") == .any([
            .all([.any([.phrase("random"), .phrase("at random")]), .any(Self.units), .any(Self.control)]),
            .all([.quantity(.percent), .any(Self.units)]),
        ]))
        #expect(try parse("$budget") == .all([.concept("latency"), .any([.phrase("budget"), .phrase("sla")])]))
        #expect(try parse("$budget + #duration") == .all([.all([.concept("latency"), .any([.phrase("budget"), .phrase("sla")])]), .quantity(.duration)]))
    }

    @Test("a bare $name entry of a signal list becomes one entry per signal; in parentheses it stays one any")
    func listEntries() throws {
        #expect(try SignalSyntax.parseListEntry("$units", lists: lists) == Self.units)
        #expect(try SignalSyntax.parseListEntry("($units)", lists: lists) == [.any(Self.units)])
        #expect(try SignalSyntax.parseListEntry("a + $units", lists: lists) == [.all([.phrase("a"), .any(Self.units)])])
        let text = PromptFixtures.template(id: "p", replacing: "\"signals\": [\"a phrase a candidate would say\"]", with: "\"signals\": [\"latency\", \"$units\"]")
        let (prompt, _) = try PromptDecoder(lists: lists).decodePrompt(Data(text.utf8), file: "p.json")
        #expect(prompt.spec(.clarify).rubric[0].signals == [.phrase("latency")] + Self.units)
    }

    @Test("$ before a non-letter is a phrase, and a phrase starting with $ and a letter is quoted")
    func dollarPhrases() throws {
        #expect(try parse("$5 + fee") == .all([.phrase("$5"), .phrase("fee")]))
        #expect(SignalSyntax.format(.phrase("$units")) == "`$units`")
        #expect(try parse("`$units`") == .phrase("$units"))
        #expect(SignalSyntax.format(.phrase("$5 fee")) == "$5 fee")
    }

    @Test("an unknown list in a prompt names the file, the field, the line and the column of the $, with a suggestion")
    func unknownListInPrompt() throws {
        let text = PromptFixtures.template(id: "p", replacing: "\"a phrase a candidate would say\"", with: "\"random + $unit\"")
        let line = PromptFixtures.line(of: "$unit", in: text)
        let lineText = text.components(separatedBy: "\n")[line - 1]
        let column = lineText.distance(from: lineText.startIndex, to: lineText.range(of: "$unit")!.lowerBound) + 1
        #expect {
            _ = try PromptDecoder(lists: lists).decodePrompt(Data(text.utf8), file: "p.json")
        } throws: { error in
            guard let error = error as? PromptError, case .invalidField(let file, let at, let path, _, let found, let fix) = error else { return false }
            return file == "p.json" && at.line == line && at.column == column && path == "phases.clarify.rubric[0].signals[0]"
                && found.contains("$unit") && fix.contains("Did you mean $units?")
        }
    }

    @Test("a cycle between lists is an error in lexicon.json naming the chain, the list, the entry and the column")
    func cycle() throws {
        let text = """
            {
              "schemaVersion": 1,
              "concepts": {},
              "lists": {
                "a": ["x | $b"],
                "b": ["y + $a"]
              }
            }
            """
        #expect {
            _ = try PromptDecoder().decodeLexicon(Data(text.utf8), file: "lexicon.json")
        } throws: { error in
            guard let error = error as? PromptError, case .invalidField(let file, let at, let path, _, let found, _) = error else { return false }
            // a → b → a: the reference that closes the loop is `$a` in b's entry, line 6, column 16.
            return file == "lexicon.json" && path == "lists.b[0]" && at.line == 6 && at.column == 16
                && found.contains("$a → $b → $a")
        }
        #expect(throws: SignalLists.Problem.self) { try SignalLists(definitions: ["self": ["x | $self"]]) }
    }

    @Test("an unknown name, a syntax error, an empty list and a bad name in lexicon.json are positioned errors")
    func lexiconErrors() throws {
        func problem(_ lists: String) -> PromptError? {
            let text = "{\"schemaVersion\": 1, \"concepts\": {},\n  \"lists\": {\(lists)}}"
            do {
                _ = try PromptDecoder().decodeLexicon(Data(text.utf8), file: "lexicon.json")
                return nil
            } catch {
                return error
            }
        }
        guard case .invalidField(_, let at, let path, _, let found, _)? = problem(#""a": ["x", "y + $nope"]"#) else { Issue.record("expected an error"); return }
        #expect(path == "lists.a[1]" && at.line == 2 && at.column == 29 && found.contains("$nope"), "\(at) \(path)")
        guard case .invalidField(_, let at2, let path2, _, _, _)? = problem(#""a": ["x + (y"]"#) else { Issue.record("expected an error"); return }
        #expect(path2 == "lists.a[0]" && at2.line == 2 && at2.column == 24, "\(at2)")
        #expect(problem(#""a": []"#)?.description.contains("an empty list") == true)
        #expect(problem(#""1a": ["x"]"#)?.description.contains("starting with a letter") == true)
        // A list of a later lexicon may use the lists of an earlier one.
        let base = Lexicon(lists: ["units": ["users", "people"]])
        let later = try PromptDecoder().decodeLexicon(Data(#"{"schemaVersion": 1, "concepts": {}, "lists": {"split": ["random + $units"]}}"#.utf8), file: "l.json", base: base)
        #expect(try SignalLists(definitions: base.merged(with: later).lists).alternatives["split"] == [.all([.phrase("random"), .any([.phrase("users"), .phrase("people")])])])
    }

    @Test("fmt writes a spelled-out list as $name — as an entry, inside + and next to | — and reads back the same prompt")
    func fmtUsesLists() throws {
        let lexicon = Lexicon(lists: Self.definitions)
        let spelled = ##""signals": ["latency", "users", "people", "traffic", "(random | at random) + (users | people | traffic) + (current model | old model | control)", "#percent + (users | people | traffic)", "@latency + (budget | sla)", "budget + (users | people | traffic)", "x | current model | old model | control | y"]"##
        let text = PromptFixtures.template(id: "p", replacing: "\"signals\": [\"a phrase a candidate would say\"]", with: spelled)
        let formatter = PromptFormatter(lexicon: lexicon)
        let once = try formatter.formatPrompt(Data(text.utf8), file: "p.json")
        // (fmt also merges the any entry `x | … | y` into the list, as it always has.)
        #expect(once.contains(#""signals": ["latency", "$units", "$split", "$budget", "budget + $units", "x", "$control", "y"]"#), "\(once)")
        #expect(try formatter.formatPrompt(Data(once.utf8), file: "p.json") == once)
        // Without the lists, fmt writes everything out; both files decode to the same prompt.
        let expanded = try PromptFormatter().formatPrompt(Data(text.utf8), file: "p.json")
        #expect(!expanded.contains("\"$units") && !expanded.contains("$control"))
        let (plain, _) = try PromptDecoder().decodePrompt(Data(expanded.utf8), file: "p.json")
        let (named, _) = try PromptDecoder(lists: lexicon.signalLists).decodePrompt(Data(once.utf8), file: "p.json")
        #expect(plain == named)
        // Inside an any that is not merged (a nested group), a run of alternatives becomes `$name` too.
        let inner = try #require(SignalSyntax.format(.all([.phrase("a"), .any([.phrase("x")] + Self.control + [.phrase("y")])]),
                                                     abbreviating: SignalListAbbreviator(lexicon.signalLists), asListEntry: true))
        #expect(inner == "a + (x | $control | y)")
        #expect(try SignalSyntax.parse(inner, lists: lexicon.signalLists) == .all([.phrase("a"), .any([.phrase("x")] + Self.control + [.phrase("y")])]))
    }

    @Test("a fact's signal that is a whole list in one any keeps its grouping as ($name)")
    func factGroups() throws {
        let lexicon = Lexicon(lists: Self.definitions)
        let text = PromptFixtures.template(id: "p", replacing: "\"signals\": [\"@scale\", \"how many users\"]", with: "\"signals\": [\"users | people | traffic\", \"how many users\"]")
        let once = try PromptFormatter(lexicon: lexicon).formatPrompt(Data(text.utf8), file: "p.json")
        #expect(once.contains(#""signals": ["($units)", "how many users"]"#), "\(once)")
        let (before, _) = try PromptDecoder().decodePrompt(Data(text.utf8), file: "p.json")
        let (after, _) = try PromptDecoder(lists: lexicon.signalLists).decodePrompt(Data(once.utf8), file: "p.json")
        #expect(before.facts == after.facts)
    }

    @Test("the abbreviation of every built-in signal reads back to the same signal")
    func builtinRoundTrip() throws {
        let library = PromptLibrary(folders: [])
        let lists = library.lexicon.signalLists
        let abbreviator = SignalListAbbreviator(lists)
        #expect(lists.names.count >= 20)
        var abbreviated = 0
        for loaded in library.prompts {
            for phase in Phase.allCases {
                for item in loaded.prompt.spec(phase).rubric {
                    for signal in item.signals {
                        let text = try #require(SignalSyntax.format(signal, abbreviating: abbreviator, asListEntry: true))
                        if text.contains("$") { abbreviated += 1 }
                        #expect(try SignalSyntax.parseListEntry(text, lists: lists) == [signal], "\(text)")
                    }
                }
            }
        }
        #expect(abbreviated > 20)
    }

    @Test("a user folder's lexicon adds lists its prompts use; the built-ins keep theirs")
    func userFolderLists() throws {
        let lexicon = #"{"schemaVersion": 1, "concepts": {}, "lists": {"my-words": ["spam filter", "junk mail"]}}"#
        let prompt = PromptFixtures.template(id: "spam", replacing: "\"a phrase a candidate would say\"", with: "\"$my-words\"")
        let folder = try PromptFixtures.folder(["lexicon.json": lexicon, "spam.json": prompt])
        let library = PromptLibrary(folders: [folder], trustBuiltin: false)
        #expect(library.problems.isEmpty, "\(library.problems)")
        let loaded = try #require(library.prompt(id: "spam"))
        #expect(loaded.prompt.spec(.clarify).rubric[0].signals == [.phrase("spam filter"), .phrase("junk mail")])
        #expect(library.lexicon.lists["ab-split"] != nil)
    }
}

@Suite("Named signal lists: lint")
struct SignalListLintTests {
    @Test("validate warns about a stem variant inside a list and a list named like a concept; the built-in lexicon has neither")
    func lexiconWarnings() throws {
        let text = #"{"schemaVersion": 1, "concepts": {"latency": ["latency"]}, "lists": {"cmp": ["compare", "compared"], "latency": ["slow"]}}"#
        let folder = try PromptFixtures.folder(["lexicon.json": text])
        let results = PromptValidator(lexicon: Lexicon()).validate(paths: [folder.appendingPathComponent("lexicon.json")])
        let warnings = try #require(results.first).warnings.map(\.description)
        #expect(warnings.count == 2, "\(warnings)")
        #expect(warnings.contains { $0.contains("lists.cmp") && $0.contains("\"compared\" adds nothing to \"compare\"") })
        #expect(warnings.contains { $0.contains("lists.latency") && $0.contains("the concept @latency") })

        let builtin = try Data(contentsOf: CalibrationTests.promptsFolder.appendingPathComponent("lexicon.json"))
        let lexicon = try PromptDecoder().decodeLexicon(builtin, file: "lexicon.json")
        #expect(PromptLinter.lexiconWarnings(lexicon, lists: lexicon.signalLists, concepts: Set(lexicon.concepts.keys), file: "lexicon.json", data: builtin).isEmpty)
    }
}
