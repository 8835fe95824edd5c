import Foundation
import Testing
@testable import CoachKit

/// Real notes are trees, weigh trade-offs in "X: can't Y" lines, and say ideas in words no signal
/// foresaw. Each test here failed before the scorer learnt to read that shape.
@Suite("Notes as outlines: parent bullets, limitations, ideas in other words")
struct NoteOutlineScoringTests {
    typealias F = ScoringFixtures

    static func analyzed(_ text: String) -> [AnalyzedSentence] {
        AnswerAnalyzer(model: ScoringModel(prompt: F.prompt(rubric: [:]), lexicon: F.lexicon)).analyze(text, phase: .data)
    }

    @Test("a line's parent is the nearest less-indented line above it, or a heading at its own level")
    func outlineParents() {
        let sentences = Self.analyzed("""
            User data
                - demographics: age, gender
                - history
                    - last 30 days of clicks
            Features:
            - time since last click
            """)
        let ancestors = sentences.map { $0.ancestors.map { sentences[$0].sentence.text } }
        #expect(ancestors == [
            [], ["User data"], ["User data"], ["history", "User data"], [], ["Features:"],
        ])
    }

    @Test("a blank line ends a block unless what is above it is a heading; prose sentences have no parent")
    func outlineBlocks() {
        let sentences = Self.analyzed("Intro line\n\n    - indented after a gap\nFeatures:\n\n- after a gap under a heading\nWe use GBDT. It is fast.")
        #expect(sentences[1].ancestors.isEmpty)
        #expect(sentences[3].ancestors.map { sentences[$0].sentence.text } == ["Features:"])
        #expect(sentences[5].ancestors.isEmpty, "the second sentence of a line continues it")
    }

    @Test("a sub-bullet completes an item with its parent's words, and quotes only itself")
    func subBulletReadInItsParentsContext() {
        let scorer = F.scorer(.data, [F.item("user-features", [.all([.phrase("user"), .any([.phrase("age"), .phrase("gender")])])])])
        let nested = scorer.score(.data, answer: "- User data\n    - demographics: age, gender")
        #expect(nested.items[0].level != .none, "\(nested.items[0])")
        #expect(nested.items[0].evidence?.sentence == "demographics: age, gender")
        let flat = scorer.score(.data, answer: "- User data\n- demographics: age, gender\n\n- ad data")
        #expect(flat.items[0].level == .none, "siblings are not parents")
    }

    @Test("“X: can't capture Y” weighs a trade-off; it is not waving X away")
    func limitationsAreNotDismissals() throws {
        let scorer = try NotesScoringTests.builtIn("ad-click-prediction")
        let score = scorer.score(.model, answer: "Logistic Regression: can't deal with non-linear data, can't capture feature interactions")
        let baseline = try #require(score.items.first { $0.id == "model-baseline" })
        #expect(baseline.level != .none)
        #expect(score.redFlags.allSatisfy { !$0.id.hasPrefix("dismisses-") }, "\(score.redFlags.map(\.id))")
        // The speaker declining still dismisses.
        let declined = scorer.score(.model, answer: "We don't need a logistic regression baseline.")
        #expect(declined.items.first { $0.id == "model-baseline" }?.level == ItemLevel.none)
    }

    @Test("an idea said in the item's distinctive words, not its signals, earns named credit only")
    func ideaInOtherWords() throws {
        let scorer = try NotesScoringTests.builtIn("visual-search")
        let score = scorer.score(.model, answer: "use an off the shelf model such as CLIP to extract embeddings for all images")
        let baseline = try #require(score.items.first { $0.id == "model-baseline" })
        #expect(baseline.level == .named && !baseline.matched)
        #expect(baseline.evidence?.sentence.contains("CLIP") == true)
        // Generic words shared with an item are not enough.
        let generic = scorer.score(.model, answer: "we use a model on the images")
        #expect(generic.items.allSatisfy { $0.level == .none })
    }

    @Test("a vector database is an approximate nearest-neighbour index")
    func vectorDatabaseIsANN() throws {
        let scorer = try NotesScoringTests.builtIn("visual-search")
        let score = scorer.score(.model, answer: "store the embeddings in a vector db and search it for the query image")
        #expect(score.items.first { $0.id == "model-ann-index" }?.level != ItemLevel.none)
    }
}
