import Foundation
import Testing
@testable import CoachKit

@Suite("Prompt lint rules")
struct PromptLinterTests {
    func problems(_ text: String) throws -> [PromptError] {
        let (prompt, map) = try PromptDecoder().decodePrompt(Data(text.utf8), file: "p.json")
        return PromptLinter(lexicon: PromptFixtures.builtinLexicon)
            .lint(LoadedPrompt(prompt: prompt, source: .builtin, file: "p.json", sourceMap: map))
    }

    func expectProblem(_ text: String, _ needles: String..., sourceLine: String? = nil) throws {
        let found = try problems(text)
        let match = found.first { problem in needles.allSatisfy { problem.description.contains($0) } }
        #expect(match != nil, "no problem mentions \(needles): \(found)")
        if let sourceLine, let match, case .rule(_, let at, _, _, _) = match {
            #expect(at.line == PromptFixtures.line(of: sourceLine, in: text))
        }
    }

    @Test("rubric item ids are unique within a prompt")
    func uniqueItemIDs() throws {
        try expectProblem(
            PromptFixtures.template(id: "p", replacing: "\"id\": \"frame-first-item\"", with: "\"id\": \"clarify-first-item\""),
            "already used at phases.clarify.rubric[0]")
    }

    @Test("weights are positive")
    func positiveWeights() throws {
        try expectProblem(PromptFixtures.template(id: "p", replacing: "\"weight\": 1,", with: "\"weight\": 0,"), "weight must be positive", sourceLine: "\"weight\": 0,")
    }

    @Test("phase minutes add up to the total")
    func minutesAddUp() throws {
        try expectProblem(PromptFixtures.template(id: "p", replacing: "\"minutes\": 45,", with: "\"minutes\": 50,"), "do not add up to minutes (50)", "= 45")
    }

    @Test("every concept reference resolves, with a suggestion")
    func conceptsResolve() throws {
        try expectProblem(
            PromptFixtures.template(id: "p", replacing: "\"@scale\"", with: "\"@scael\""),
            "facts[0].signals[0].concept", "not in the lexicon", "Did you mean \"scale\"?")
    }

    @Test("no signal list is empty")
    func noEmptySignals() throws {
        try expectProblem(
            PromptFixtures.template(id: "p", replacing: "\"signals\": [\"a phrase a candidate would say\"]", with: "\"signals\": []"),
            "signal list is empty")
        try expectProblem(
            PromptFixtures.template(id: "p", replacing: "\"a phrase a candidate would say\"", with: "{ \"all\": [] }"),
            "signals[0].all", "signal list is empty")
    }

    @Test("follow-up targets name items of their own phase")
    func followUpTargets() throws {
        try expectProblem(
            PromptFixtures.template(id: "p", replacing: "\"targets\": [\"model-first-item\"]", with: "\"targets\": [\"data-first-item\"]"),
            "phases.model.followUps[0].targets[0]", "not a rubric item of model")
    }

    @Test("ids are lowercase-kebab")
    func kebabIDs() throws {
        try expectProblem(PromptFixtures.template(id: "p", replacing: "\"id\": \"p\"", with: "\"id\": \"My_Case\""), "not lowercase-kebab")
        #expect(PromptLinterRules.isKebab("video-recommendation"))
        #expect(!PromptLinterRules.isKebab("video--recommendation"))
        #expect(!PromptLinterRules.isKebab("-video"))
        #expect(!PromptLinterRules.isKebab(""))
    }

    @Test("every built-in prompt passes every rule, including its example answers' scores")
    func builtinBankIsClean() {
        let library = PromptLibrary(folders: [])
        let results = PromptValidator(lexicon: library.lexicon).validate(library: library)
        #expect(!results.isEmpty)
        for result in results {
            #expect(result.isValid, "\(result.file): \(result.problems.map(\.description).joined(separator: "\n"))")
        }
    }

    @Test("built-in prompts are deep: rubric items, red flags, follow-ups, facts and both example labels")
    func builtinDepth() {
        let library = PromptLibrary(folders: [])
        for loaded in library.prompts {
            let prompt = loaded.prompt
            let core = ["video-recommendation", "ad-click-prediction", "harmful-content-detection"].contains(prompt.id)
            for phase in Phase.allCases {
                let spec = prompt.spec(phase)
                #expect(spec.rubric.count >= 6, "\(prompt.id) \(phase): \(spec.rubric.count) rubric items")
                #expect(spec.followUps.count >= 2, "\(prompt.id) \(phase): \(spec.followUps.count) follow-ups")
                if core { #expect(spec.redFlags.count >= 2, "\(prompt.id) \(phase): \(spec.redFlags.count) red flags") }
                #expect(!spec.reference.isEmpty, "\(prompt.id) \(phase): no reference notes")
            }
            #expect(prompt.facts.count >= 8, "\(prompt.id): \(prompt.facts.count) facts")
            #expect(Set(prompt.examples.map(\.label)) == [.strong, .weak], "\(prompt.id): examples")
        }
    }
}
