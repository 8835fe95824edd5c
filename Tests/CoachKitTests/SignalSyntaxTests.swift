import Foundation
import Testing
@testable import CoachKit

@Suite("Compact signal syntax")
struct SignalSyntaxTests {
    func parse(_ text: String) throws -> Signal { try SignalSyntax.parse(text) }

    func offset(of text: String) -> Int? {
        do {
            _ = try SignalSyntax.parse(text)
            return nil
        } catch {
            return error.offset
        }
    }

    @Test("phrases, concepts, quantities, all, any and parentheses parse into the signal tree")
    func parsesTheTree() throws {
        #expect(try parse("watch time") == .phrase("watch time"))
        #expect(try parse("  watch    time ") == .phrase("watch time"))
        #expect(try parse("@latency") == .concept("latency"))
        #expect(try parse("#duration") == .quantity(.duration))
        #expect(try parse("@latency + #duration") == .all([.concept("latency"), .quantity(.duration)]))
        #expect(try parse("@objective + (revenue | advertiser | user experience | @conversion)")
            == .all([.concept("objective"), .any([.phrase("revenue"), .phrase("advertiser"), .phrase("user experience"), .concept("conversion")])]))
        // + binds tighter than |, and parentheses around an all are only for the reader.
        #expect(try parse("a + b | c") == .any([.all([.phrase("a"), .phrase("b")]), .phrase("c")]))
        #expect(try parse("(a + b) | c") == parse("a + b | c"))
        #expect(try parse("a|b+c") == .any([.phrase("a"), .all([.phrase("b"), .phrase("c")])]))
        // A parenthesised any inside an any stays a group.
        #expect(try parse("(a | b) | c") == .any([.any([.phrase("a"), .phrase("b")]), .phrase("c")]))
    }

    @Test("phrases people write need no quoting; operator characters go in backticks")
    func phrasesAndQuoting() throws {
        for phrase in ["A/B test", "what's", "p99", "recall@k", "24/7", "R&D", "click-through rate", "$5 CPM", "don't know", "50% off"] {
            #expect(try parse(phrase) == .phrase(phrase), "\(phrase)")
            #expect(SignalSyntax.format(.phrase(phrase)) == phrase)
        }
        #expect(try parse("`C++` + services") == .all([.phrase("C++"), .phrase("services")]))
        #expect(try parse("`#1 result`") == .phrase("#1 result"))
        #expect(try parse("`@home`") == .phrase("@home"))
        #expect(SignalSyntax.format(.phrase("C++")) == "`C++`")
        #expect(SignalSyntax.format(.phrase("P(click)")) == "`P(click)`")
        #expect(SignalSyntax.format(.phrase("#1 result")) == "`#1 result`")
        #expect(SignalSyntax.format(.phrase("a`b")) == nil)
    }

    @Test("the printer's output parses back to the same signal")
    func roundTrip() throws {
        let signals: [Signal] = [
            .all([.concept("objective"), .any([.phrase("revenue"), .phrase("C++"), .concept("conversion")])]),
            .any([.all([.phrase("how many"), .any([.phrase("users"), .phrase("videos")])]), .quantity(.count)]),
            .any([.any([.phrase("a"), .phrase("b")]), .phrase("c")]),
            .all([.all([.phrase("a"), .phrase("b")]), .phrase("c")]),
            .all([.phrase("#1"), .phrase("@x"), .phrase("a | b")]),
        ]
        for signal in signals {
            let text = try #require(SignalSyntax.format(signal))
            #expect(try parse(text) == signal, "\(text)")
        }
        #expect(SignalSyntax.format(.any([.phrase("a")])) == nil)
        #expect(SignalSyntax.format(.all([])) == nil)
        #expect(SignalSyntax.format(.phrase("")) == nil)
        // Canonical text prints back as written.
        for text in ["@objective + (revenue | advertiser)", "a | b + c", "how many + (users | videos) + #count"] {
            let signal = try parse(text)
            let printed = try #require(SignalSyntax.format(signal))
            #expect(try parse(printed) == signal)
        }
    }

    @Test("errors carry the character offset and say what was expected")
    func errors() throws {
        #expect(offset(of: "@latency + #durration") == 11)
        #expect(offset(of: "(load | render + #duration") == 0)
        #expect(offset(of: "watch time +") == 12)
        #expect(offset(of: "a | | b") == 4)
        #expect(offset(of: "") == 0)
        #expect(offset(of: "a ) b") == 2)
        #expect(offset(of: "@ latency") == 0)
        #expect(offset(of: "#count users") == 7)
        #expect(offset(of: "a `b`") == 2)
        #expect(offset(of: "`unclosed") == 0)
        do {
            _ = try SignalSyntax.parse("@latency + #durration")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("Did you mean #duration?"))
            #expect(error.found == "#durration")
        }
    }

    @Test("hostile nesting is refused with an error, never a crash")
    func depthBound() throws {
        let deep = String(repeating: "(", count: 100_000) + "a" + String(repeating: ")", count: 100_000)
        #expect(offset(of: deep) == SignalSyntax.maxDepth)
        let fine = String(repeating: "(", count: 10) + "a | b" + String(repeating: ")", count: 10)
        #expect(try parse(fine) == .any([.phrase("a"), .phrase("b")]))
        let long = Array(repeating: "word", count: 50_000).joined(separator: " | ")
        if case .any(let parts) = try parse(long) { #expect(parts.count == 50_000) } else { Issue.record("expected an any") }
    }

    @Test("a syntax error in a file points at the line and the column inside the string, escapes counted")
    func decoderColumn() throws {
        let text = PromptFixtures.template(
            id: "p", replacing: "\"a phrase a candidate would say\"", with: #""what\"s up + \u00e9t\u00e9 + #durration""#)
        let line = PromptFixtures.line(of: "#durration", in: text)
        let lineText = text.components(separatedBy: "\n")[line - 1]
        let column = lineText.distance(from: lineText.startIndex, to: lineText.range(of: "#durration")!.lowerBound) + 1
        do {
            _ = try PromptDecoder().decodePrompt(Data(text.utf8), file: "p.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("p.json:\(line):\(column): phases.clarify.rubric[0].signals[0]: expected a quantity kind"), "\(error)")
            #expect(error.description.contains("character 19 of the signal"))
            #expect(error.description.contains("mlsd prompts guide"))
        }
    }

    @Test("compact strings and objects mix in one file and decode to the same signals")
    func mixedForms() throws {
        let compact = PromptFixtures.template(id: "p", replacing: "\"a phrase a candidate would say\"", with: "\"@latency + (#duration | budget)\"")
        let objects = PromptFixtures.template(
            id: "p", replacing: "\"a phrase a candidate would say\"",
            with: ##"{"all": [{"concept": "latency"}, {"any": ["#duration", {"phrase": "budget"}]}]}"##)
        let (a, _) = try PromptDecoder().decodePrompt(Data(compact.utf8), file: "a.json")
        let (b, _) = try PromptDecoder().decodePrompt(Data(objects.utf8), file: "b.json")
        #expect(a == b)
        #expect(a.spec(.clarify).rubric[0].signals == [.all([.concept("latency"), .any([.quantity(.duration), .phrase("budget")])])])
    }

    @Test("every built-in: the compact form and the object form decode to identical prompts and compile alike")
    func builtinsCompactEqualsObjects() throws {
        let library = PromptLibrary(builtin: [], folders: [CalibrationTests.promptsFolder])
        #expect(library.problems.isEmpty, "\(library.problems)")
        #expect(library.prompts.count >= 10)
        for loaded in library.prompts {
            // Prompt.encode writes signals as objects: the object form of the same file.
            let objectForm = try JSONEncoder().encode(loaded.prompt)
            #expect(!String(decoding: objectForm, as: UTF8.self).contains("\"signals\":[\""), "\(loaded.file) encodes objects")
            let (decoded, _) = try PromptDecoder().decodePrompt(objectForm, file: loaded.file)
            #expect(decoded == loaded.prompt, "\(loaded.file)")
            for example in loaded.prompt.examples {
                let compactScores = Scorer(prompt: loaded.prompt, lexicon: library.lexicon).score(answers: example.answers)
                let objectScores = Scorer(prompt: decoded, lexicon: library.lexicon).score(answers: example.answers)
                for phase in Phase.allCases {
                    #expect(compactScores.phases[phase]?.score == objectScores.phases[phase]?.score)
                    #expect(compactScores.phases[phase]?.matched.map(\.id) == objectScores.phases[phase]?.matched.map(\.id))
                }
            }
        }
    }
}
