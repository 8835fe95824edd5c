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
        // A bare list of the phase's own terms is named, not explained: weak partial credit at most,
        // and never an item covered in full.
        let result = ScoringFixtures.scorer(.clarify, Self.items).score(.clarify, answer: answer)
        #expect(result.score <= 25, "\(answer)")
        #expect(result.matched.isEmpty, "\(answer)")
        #expect(result.notes.contains { $0.contains("list of terms") })
        #expect(result.named.filter { $0.lift != nil }.count >= 3)
    }

    @Test("terse notes that state something still earn credit")
    func terseNotesAreStatements() {
        let answer = "- Latency: p99 under 200 ms\n- Scale: 50k QPS at peak\n- Cold start for new users matters\n- GDPR"
        let result = ScoringFixtures.scorer(.clarify, Self.items).score(.clarify, answer: answer)
        #expect(result.score == 100)
        #expect(result.notes.isEmpty)
    }

    @Test("a headed list whose heading names what the items are is a statement, not salad", arguments: [
        "Ad features: advertiser ID, campaign ID, category, creative embedding.\nUser features: age bucket, interests, recent clicks.",
        "Guardrails: hide rate and report rate.",
        "Logs we have: impressions, clicks, hides, reports.",
    ])
    func headedLists(answer: String) {
        let items = [
            ScoringFixtures.item("ad", [.phrase("advertiser")]), ScoringFixtures.item("user", [.phrase("interests")]),
            ScoringFixtures.item("guardrail", [.phrase("hide rate")]), ScoringFixtures.item("logs", [.phrase("impressions")]),
        ]
        let result = ScoringFixtures.scorer(.data, items).score(.data, answer: answer)
        #expect(result.score > 0, "\(answer)")
        #expect(!result.notes.contains { $0.contains("list of terms") }, "\(answer)")
    }

    @Test("a heading that names nothing does not turn buzzwords into a statement", arguments: [
        "Things to consider: latency, QPS, cold start, privacy.",
        "Main points: latency, QPS, cold start and privacy.",
        "We would think about: latency, QPS, cold start, privacy.",
    ])
    func genericHeadings(answer: String) {
        let result = ScoringFixtures.scorer(.clarify, Self.items).score(.clarify, answer: answer)
        #expect(result.score <= 25 && result.matched.isEmpty, "\(answer)")
        #expect(result.notes.contains { $0.contains("list of terms") })
    }

    /// A prompt whose phases have guiding questions, for the echo guard.
    static func promptWithQuestions() -> Prompt {
        var prompt = ScoringFixtures.prompt(rubric: [
            .clarify: [ScoringFixtures.item("latency", [.concept("latency")]), ScoringFixtures.item("qps", [.concept("qps")])],
            .evaluate: [
                ScoringFixtures.item("online", [.concept("ab-test")]),
                ScoringFixtures.item("guardrails", [.any([.phrase("guardrail"), .phrase("counter metric")])]),
            ],
        ])
        prompt.phases[.clarify]?.questions = ["How fast must the feed load, and what is the p99 latency budget per request?"]
        prompt.phases[.evaluate]?.questions = ["Which online experiment and which guardrail metrics tell you the new ranker is better?"]
        return prompt
    }

    @Test("a question that echoes the prompt's own guiding questions or rubric earns nothing outside Clarify")
    func echoedQuestions() {
        let scorer = Scorer(prompt: Self.promptWithQuestions(), lexicon: ScoringFixtures.lexicon)
        let echoed = scorer.score(.evaluate, answer: "Which online experiment and which guardrail metrics tell us the new ranker is better?")
        #expect(echoed.score == 0)
        #expect(echoed.items.allSatisfy { !$0.matched })
        #expect(echoed.items[0].note?.contains("echoes") == true)
        #expect(echoed.notes.contains { $0.contains("own questions") })
        // Naming a topic as a question outside Clarify asks rather than answers.
        #expect(scorer.score(.evaluate, answer: "What about guardrails?").score == 0)
        // Answering the guiding question earns credit.
        let answered = scorer.score(.evaluate, answer: "An online experiment on 5% of users, with dislike rate as a guardrail metric.")
        #expect(answered.score == 100)
    }

    @Test("in Clarify questions earn credit, the case's own guiding questions included")
    func clarifyQuestions() {
        let scorer = Scorer(prompt: Self.promptWithQuestions(), lexicon: ScoringFixtures.lexicon)
        let own = scorer.score(.clarify, answer: "What p99 latency do we need, and how many requests per second at peak?")
        #expect(own.score == 100)
        // Asking the guiding question is what an interviewer hopes for in Clarify (issue 14).
        let copied = scorer.score(.clarify, answer: "How fast must the feed load, and what is the p99 latency budget per request?")
        #expect(copied.matched.map(\.id) == ["latency"])
        // A statement made only of a guiding question's words echoes it too.
        let statement = scorer.score(.evaluate, answer: "The online experiment and the guardrail metrics tell us the new ranker is better.")
        #expect(statement.score == 0)
    }

    @Test("the wrong-phase guard needs clear evidence: a few loose matches of another phase are not enough")
    func wrongPhaseNeedsEvidence() {
        let model = (1...5).map { ScoringFixtures.item("model-\($0)", [.phrase("signal\($0)")]) }
        let clarify = ["latency", "qps", "cold-start", "privacy", "ctr"].map { ScoringFixtures.item("clarify-\($0)", [.concept($0)]) }
        let scorer = Scorer(prompt: ScoringFixtures.prompt(rubric: [.clarify: clarify, .model: model]), lexicon: ScoringFixtures.lexicon)
        // Two of five model items (40%, twice the answer's own 20%): a genuine clarify sentence that
        // happens to share words with the Model phase keeps its credit.
        let loose = scorer.score(.clarify, answer: "Signal1 and signal2 matter for the latency budget.")
        #expect(!loose.notes.contains { $0.contains("Model phase") })
        #expect(loose.matched.map(\.id) == ["clarify-latency"])
        // Three of them, with nothing of clarify: an answer for the Model phase.
        let wrong = scorer.score(.clarify, answer: "Use signal1, signal2 and signal3 in the ranker.")
        #expect(wrong.notes.contains { $0.contains("Model phase") })
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
        // Reduced, not wiped: the shared sentence names latency, at weak named credit only.
        #expect(asClarify.score <= 15)
        #expect(asClarify.matched.isEmpty)
        #expect(asClarify.notes.contains { $0.contains("Model phase") })
        #expect(asClarify.items[0].lift?.contains("Clarify") == true)
        #expect(scorer.score(.model, answer: answer).score == 100)
        // A clarify answer that mentions a model in passing keeps its credit.
        let fine = scorer.score(.clarify, answer: "What latency budget do we have? It decides whether a neural network fits. How many QPS?")
        #expect(fine.score == 100)
    }
}
