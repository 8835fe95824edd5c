import Testing
@testable import CoachKit

@Suite("Keyword salad, restatement and wrong-phase guards")
struct ScoringGuardTests {
    static let items = [
        ScoringFixtures.item("latency", [.concept("latency")]),
        ScoringFixtures.item("qps", [.concept("qps")]),
        ScoringFixtures.item("cold-start", [.concept("cold-start")]),
        ScoringFixtures.item("privacy", [.concept("privacy")]),
    ]

    @Test("a bare list of terms earns nothing and says why", arguments: [
        "latency, QPS, cold start, privacy",
        "Latency\nQPS\nCold start\nGDPR",
        "Key topics: latency, QPS, cold start, privacy, scale.",
        "latency / QPS / cold-start / privacy",
        "latency QPS cold start privacy GDPR",
    ])
    func keywordSalad(answer: String) {
        let result = ScoringFixtures.scorer(.clarify, Self.items).score(.clarify, answer: answer)
        #expect(result.score == 0, "\(answer)")
        #expect(result.notes.contains { $0.contains("list of terms") })
        #expect(result.items.filter { $0.note?.contains("list") == true }.count >= 3)
    }

    @Test("terse notes that state something still earn credit")
    func terseNotesAreStatements() {
        let answer = "- Latency: p99 under 200 ms\n- Scale: 50k QPS at peak\n- Cold start for new users matters\n- GDPR"
        let result = ScoringFixtures.scorer(.clarify, Self.items).score(.clarify, answer: answer)
        #expect(result.score == 100)
        #expect(result.notes.isEmpty)
    }

    @Test("a sentence that lists topics behind a lead-in is a list too")
    func inlineList() {
        let detector = KeywordSaladDetector()
        let listy = Tokenizer().tokens(in: "We would think about latency, QPS, cold start, privacy and drift.")
        #expect(detector.isListLike(tokens: listy, quantities: []))
        let statement = Tokenizer().tokens(in: "We need the latency of the ranking call to stay low for every user.")
        #expect(!detector.isListLike(tokens: statement, quantities: []))
    }

    @Test("restating the question earns nothing")
    func restatement() {
        let items = [ScoringFixtures.item("surface", [.all([.phrase("home feed"), .phrase("videos")])])]
        let scorer = ScoringFixtures.scorer(.clarify, items, statement: "Design the system that recommends videos on the home feed of a video sharing site.")
        let restated = scorer.score(.clarify, answer: "So we must design a system that recommends videos on the home feed of a video site.")
        #expect(restated.score == 0)
        #expect(restated.notes.contains { $0.contains("restates") })
        #expect(restated.items[0].note == "only in a sentence that restates the question")
        // Asking about the same things, or adding facts, is not restating.
        let asked = scorer.score(.clarify, answer: "Is the home feed the only surface, or do up-next videos count too?")
        #expect(asked.score == 100)
    }

    @Test("an answer about another phase's topics earns nothing for this one")
    func wrongPhase() {
        let prompt = ScoringFixtures.prompt(rubric: [
            .clarify: [ScoringFixtures.item("clarify-latency", [.concept("latency")]), ScoringFixtures.item("clarify-scale", [.concept("qps")])],
            .model: [
                ScoringFixtures.item("model-arch", [.concept("model-architecture")]),
                ScoringFixtures.item("model-retrieval", [.all([.phrase("retrieval"), .phrase("latency")])]),
                ScoringFixtures.item("model-loss", [.phrase("loss")]),
            ],
        ])
        let scorer = Scorer(prompt: prompt, lexicon: ScoringFixtures.lexicon)
        let answer = "I'd use a two-tower retrieval stage for latency, then a GBDT ranker trained with log loss."
        let asClarify = scorer.score(.clarify, answer: answer)
        #expect(asClarify.score == 0)
        #expect(asClarify.notes.contains { $0.contains("Model phase") })
        #expect(asClarify.items[0].note == "only in a sentence about the Model phase")
        #expect(scorer.score(.model, answer: answer).score == 100)
        // A clarify answer that mentions a model in passing keeps its credit.
        let fine = scorer.score(.clarify, answer: "What latency budget do we have? It decides whether a neural network fits. How many QPS?")
        #expect(fine.score == 100)
    }
}
