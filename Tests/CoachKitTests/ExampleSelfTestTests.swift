import Foundation
import Testing
@testable import CoachKit

@Suite("Example self-test: example answers must score as labelled")
struct ExampleSelfTestTests {
    /// A built-in prompt whose examples are replaced, with a source map of nothing (positions fall
    /// back to the start), as the validator would see an edited file.
    func loaded(examples: [ExampleAnswerSet]) throws -> LoadedPrompt {
        let library = PromptLibrary(folders: [])
        var prompt = try #require(library.prompt(id: "video-recommendation")).prompt
        prompt.examples = examples
        return LoadedPrompt(prompt: prompt, source: .builtin, file: "v.json", sourceMap: try JSONSourceMap(Array("{}".utf8)))
    }

    var strongAnswers: [Phase: String] {
        get throws {
            let prompt = try #require(PromptLibrary(folders: []).prompt(id: "video-recommendation")).prompt
            return try #require(prompt.examples.first { $0.label == .strong }).answers
        }
    }

    @Test("the built-in strong answers pass; a strong phase that says nothing fails at its path")
    func strongUnderMinimum() throws {
        var answers = try strongAnswers
        #expect(ExampleSelfTest(lexicon: PromptFixtures.builtinLexicon).problems(try loaded(examples: [.init(label: .strong, answers: answers)])).isEmpty)
        answers[.deploy] = "We would ship it."
        let problems = ExampleSelfTest(lexicon: PromptFixtures.builtinLexicon).problems(try loaded(examples: [.init(label: .strong, answers: answers)]))
        #expect(problems.count == 1)
        guard case .exampleScore(_, _, let path, let problem, let fix)? = problems.first else {
            Issue.record("expected one example-score problem, found \(problems)")
            return
        }
        #expect(path == "examples[0].answers.deploy")
        #expect(problem.hasPrefix("the strong example scores ") && problem.hasSuffix("in deploy, under 70"))
        #expect(fix.contains("Missed: deploy-"))
    }

    @Test("a weak set that scores like a strong one fails in every phase and names what matched")
    func weakOverMaximum() throws {
        let loaded = try loaded(examples: [.init(label: .weak, answers: try strongAnswers)])
        let problems = ExampleSelfTest(lexicon: PromptFixtures.builtinLexicon).problems(loaded)
        #expect(problems.count == Phase.allCases.count)
        for (problem, phase) in zip(problems, Phase.allCases) {
            guard case .exampleScore(_, _, let path, let text, let fix) = problem else {
                Issue.record("expected an example-score problem, found \(problem)")
                continue
            }
            #expect(path == "examples[0].answers.\(phase.rawValue)")
            #expect(text.hasSuffix("in \(phase.rawValue), over 35"))
            let matched = fix.replacingOccurrences(of: "Tighten the signals that matched: ", with: "").components(separatedBy: ", ")
            #expect(!matched.isEmpty && Set(matched).isSubset(of: loaded.prompt.spec(phase).rubric.map(\.id)), "\(fix)")
        }
    }

    @Test("an unwritten or placeholder answer is left to the warnings, not failed")
    func placeholdersAreNotScored() throws {
        var answers = try strongAnswers
        answers[.model] = "TODO: write the strong model answer"
        answers[.data] = nil
        let loaded = try loaded(examples: [.init(label: .strong, answers: answers)])
        #expect(ExampleSelfTest(lexicon: PromptFixtures.builtinLexicon).problems(loaded).isEmpty)
        #expect(PromptLinter(lexicon: PromptFixtures.builtinLexicon).warnings(loaded).contains { $0.description.contains("examples[0]") })
    }
}
