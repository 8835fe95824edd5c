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

    @Test("options followed by a labelled recommendation are options, not commitments", arguments: [
        "- maximize clicks\n- maximize watch time\nRecommendation: watch time",
        "- maximize clicks\n- maximize watch time\nI'd go with watch time",
        "- maximize clicks\n- maximize watch time\nFinal: watch time",
    ])
    func labeledRecommendationIsAChoice(answer: String) {
        let scorer = F.scorer(.frame, [F.item("watch", [.phrase("watch time")])], flags: [F.flag("clicks", [.phrase("maximize clicks")])])
        #expect(scorer.score(.frame, answer: answer).redFlags.isEmpty, "\(answer)")
        #expect(scorer.score(.frame, answer: "- maximize clicks\n- maximize watch time").redFlags.map(\.id) == ["clicks"])
    }

    @Test("Korean and Chinese notes: glossary terms read as English words, quoting the original")
    func foreignTermsReadAsEnglish() {
        let scorer = F.scorer(.clarify, [F.item("cold-start", [.phrase("cold start")])])
        let chinese = scorer.score(.clarify, answer: "新用户的冷启动怎么处理？")
        #expect(chinese.items[0].level != .none)
        #expect(chinese.items[0].evidence?.sentence == "新用户的冷启动怎么处理？")
        let tokens = ForeignTermReader(glossary: ["사용자": "user", "冷启动": "cold start"]).read(Tokenizer().tokens(in: "사용자가 冷启动"), in: Array("사용자가 冷启动"))
        #expect(tokens.map(\.text) == ["user", "가", "cold", "start"])
        #expect(tokens.map(\.start) == [0, 3, 5, 5])
        // A word with no glossary term stays as it was.
        #expect(ForeignTermReader(glossary: [:]).read(Tokenizer().tokens(in: "모델"), in: Array("모델")).map(\.text) == ["모델"])
    }

    @Test("a short note whose terms this phase shares with others is a note, not keyword salad")
    func sharedTermsAreNotScattered() throws {
        let scorer = try NotesScoringTests.builtIn("ad-click-prediction")
        let score = scorer.score(.evaluate, answer: "Log loss and calibration offline")
        #expect(!score.notes.contains { $0.contains("scattered") }, "\(score.notes)")
        #expect(score.items.first { $0.id == "evaluate-log-loss" }?.level == .named)
        #expect(score.items.first { $0.id == "evaluate-calibration" }?.level == .named)
        // Terms of other phases' topics with nothing of this phase's stay salad.
        let salad = scorer.score(.evaluate, answer: "GBDT, feature store, canary rollout, hashing trick, negative downsampling")
        #expect(salad.score == 0)
    }
}
