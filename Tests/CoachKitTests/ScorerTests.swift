import Testing
@testable import CoachKit

@Suite("Scorer: scores, red flags, evidence")
struct ScorerTests {
    typealias F = ScoringFixtures

    static let evaluateItems = [
        F.item("offline-metric", weight: 2, [.any([.phrase("ndcg"), .phrase("recall at k")])]),
        F.item("online-test", weight: 1, [.concept("ab-test")]),
        F.item("calibration", weight: 1, [.concept("calibration")]),
    ]
    static let accuracyFlag = F.flag("accuracy", penalty: 15, [.concept("accuracy")], unless: [.phrase("misleading"), .concept("class-imbalance")])

    /// The covered share on the grading guide's curve, as a whole score.
    static func graded(covered share: Double) -> Int {
        Int((PhaseScorer.graded(earned: share, covered: share, total: 1) * 100).rounded())
    }

    @Test("the phase score is the weighted share covered, on the grading curve, minus red flags, clamped to 0…100")
    func weightedShare() {
        let scorer = F.scorer(.evaluate, Self.evaluateItems, flags: [Self.accuracyFlag])
        #expect(scorer.score(.evaluate, answer: "Offline we track NDCG of the ranked list.").score == Self.graded(covered: 0.5))
        #expect(scorer.score(.evaluate, answer: "We track NDCG offline and run an A/B test.").score == Self.graded(covered: 0.75))
        let all = scorer.score(.evaluate, answer: "We track NDCG offline, run an A/B test and check calibration per country.")
        #expect(all.score == 100)
        #expect(all.verdict == .strongHire)
        let flagged = scorer.score(.evaluate, answer: "We track NDCG offline. We will report accuracy to the team.")
        #expect(flagged.score == Self.graded(covered: 0.5) - 15)
        #expect(flagged.redFlags.map(\.id) == ["accuracy"])
        let floor = scorer.score(.evaluate, answer: "We will report accuracy to the team.")
        #expect(floor.score == 0)
        #expect(floor.verdict == .strongNoHire)
    }

    @Test("a red flag respects unless in the same sentence, and negation")
    func redFlagUnless() {
        let scorer = F.scorer(.evaluate, Self.evaluateItems, flags: [Self.accuracyFlag])
        func flags(_ answer: String) -> [String] { scorer.score(.evaluate, answer: answer).redFlags.map(\.id) }
        #expect(flags("Accuracy is what we report to leadership.") == ["accuracy"])
        #expect(flags("Accuracy is misleading with rare positives.") == [])
        #expect(flags("Accuracy hides class imbalance, so we use NDCG.") == [])
        #expect(flags("Accuracy would be misleading. Accuracy is still what we report.") == ["accuracy"])  // only the same sentence
        #expect(flags("We will not use accuracy as the metric.") == [])
        #expect(flags("Avoid accuracy; track NDCG instead.") == [])
        #expect(flags("We track NDCG rather than accuracy.") == [])
        // A negated mitigation mitigates nothing.
        #expect(flags("Accuracy is fine because there is no class imbalance here.") == ["accuracy"])
        #expect(flags("Accuracy is what we report; it is not misleading at all.") == ["accuracy"])
    }

    @Test("a flag about a restriction does not fire when the restriction is denied")
    func deniedRestriction() {
        let orderOnly = F.flag("order-only", [.all([.phrase("only"), .phrase("order"), .phrase("matters")])], unless: [.concept("calibration")])
        let scorer = F.scorer(.frame, [F.item("calibrated", [.concept("calibration")])], flags: [orderOnly])
        func flags(_ answer: String) -> [String] { scorer.score(.frame, answer: answer).redFlags.map(\.id) }
        #expect(flags("Only the order matters.") == ["order-only"])
        #expect(flags("The value matters, not only the order.") == [])
        #expect(flags("Only the order matters, so we don't need calibration.").contains("order-only"))
        #expect(flags("Only the order matters for ranking, but calibration matters for bids.") == [])
    }

    @Test("a red flag carries its evidence and fires once per phase")
    func redFlagEvidence() throws {
        let scorer = F.scorer(.evaluate, Self.evaluateItems, flags: [Self.accuracyFlag])
        let answer = "We track NDCG.\nAccuracy goes on the dashboard. Accuracy again."
        let hit = try #require(scorer.score(.evaluate, answer: answer).redFlags.first)
        #expect(scorer.score(.evaluate, answer: answer).redFlags.count == 1)
        #expect(hit.penalty == 15)
        #expect(hit.evidence.sentence == "Accuracy goes on the dashboard.")
        #expect(hit.evidence.sentenceStart == 15)
        #expect(hit.evidence.matchStart == 15)
        #expect(hit.evidence.matchLength == 8)
    }

    @Test("evidence quotes the sentence and the Character span of the matched words")
    func evidenceSpans() throws {
        let scorer = F.scorer(.clarify, [F.item("latency", [.all([.concept("latency"), .quantity(.duration)])])])
        let answer = "Olá! 👋🏽 First: scope.\n- The p99 latency must stay under 200 ms, ideally."
        let item = try #require(scorer.score(.clarify, answer: answer).items.first)
        #expect(item.matched)
        let evidence = try #require(item.evidence)
        let characters = Array(answer)
        #expect(evidence.sentence == "The p99 latency must stay under 200 ms, ideally.")
        #expect(String(characters[evidence.sentenceStart..<(evidence.sentenceStart + evidence.sentence.count)]) == evidence.sentence)
        #expect(String(characters[evidence.matchStart..<(evidence.matchStart + evidence.matchLength)]) == "p99 latency must stay under 200 ms")
    }

    @Test("missed items carry their hint and why; matched items have no note")
    func missedItems() {
        let scorer = F.scorer(.evaluate, Self.evaluateItems)
        let result = scorer.score(.evaluate, answer: "We run an A/B test.")
        #expect(result.matched.map(\.id) == ["online-test"])
        #expect(result.missed.map(\.id) == ["offline-metric", "calibration"])
        #expect(result.missed.allSatisfy { $0.hint.hasPrefix("hint for") && $0.why.hasPrefix("why") && $0.evidence == nil })
        #expect(result.matched.allSatisfy { $0.note == nil && $0.evidence != nil })
    }

    @Test("dismissing an expected point costs a little on top of earning nothing")
    func dismissalPenalty() {
        let scorer = F.scorer(.evaluate, Self.evaluateItems)
        let result = scorer.score(.evaluate, answer: "We track NDCG offline. We don't need an A/B test or calibration.")
        #expect(result.score == Self.graded(covered: 0.5) - 2 * PhaseScorer.dismissalPenalty)
        #expect(Set(result.redFlags.map(\.id)) == ["dismisses-online-test", "dismisses-calibration"])
        // Covered elsewhere in the answer: no penalty.
        let covered = scorer.score(.evaluate, answer: "We don't need calibration for ranking. We do need calibration for bids.")
        #expect(covered.redFlags.isEmpty)
    }

    @Test("an empty answer scores zero with a note; the report averages all six phases")
    func reportAndEmpty() {
        let prompt = F.prompt(rubric: [
            .clarify: [F.item("latency", [.concept("latency")])],
            .evaluate: Self.evaluateItems,
        ])
        let scorer = Scorer(prompt: prompt, lexicon: F.lexicon)
        let empty = scorer.score(.deploy, answer: "   \n ")
        #expect(empty.score == 0)
        #expect(empty.notes == ["No answer was given for this phase."])
        let report = scorer.score(answers: [
            .clarify: "What is the latency budget for the page?",
            .evaluate: "We track NDCG offline, run an A/B test and check calibration.",
        ])
        #expect(report.promptID == "test-prompt")
        #expect(report.phases.count == 6)
        #expect(report.phases[.clarify]?.score == 100)
        #expect(report.overall == 33)  // (100 + 100 + 0 × 4) / 6
        #expect(report.verdict == .noHire)
    }

    @Test("scoring is deterministic and bad input never crashes", arguments: [
        "", ".", "-", "\u{0000}", "🙂🙂🙂", "1,,,2...3", "$$$ %%% <<<", "w/", "a/", "e.g.", "'", "’s", "--- ---",
        String(repeating: "latency ", count: 2_000), "No. No! No? Not. Never.", "1e9 0x1F 12:30 3/4",
    ])
    func robustness(answer: String) {
        let scorer = F.scorer(.evaluate, Self.evaluateItems, flags: [Self.accuracyFlag])
        let first = scorer.score(.evaluate, answer: answer)
        #expect(first == scorer.score(.evaluate, answer: answer))
        #expect((0...100).contains(first.score))
    }

    @Test("an interviewer fact is chosen by the signals its question matches")
    func facts() {
        let facts = [
            InterviewerFact(id: "scale", signals: [.concept("qps"), .phrase("how many users")], answer: "500M daily users."),
            InterviewerFact(id: "latency", signals: [.concept("latency")], answer: "200 ms at p99."),
        ]
        let scorer = Scorer(prompt: F.prompt(rubric: [:], facts: facts), lexicon: F.lexicon)
        #expect(scorer.fact(answering: "How many users do we have?")?.id == "scale")
        #expect(scorer.fact(answering: "what's the p99 latancy budget?")?.id == "latency")
        #expect(scorer.fact(answering: "What colour is the logo?") == nil)
    }
}

@Suite("Score report")
struct ScoreReportTests {
    @Test("the overall is the rounded mean of the phases present, and none gives 0")
    func overallIsTheMeanOfThePhases() {
        func phase(_ p: Phase, _ score: Int) -> PhaseScore {
            PhaseScore(phase: p, score: score, verdict: Verdict(score: score), items: [], redFlags: [], notes: [])
        }
        let report = ScoreReport(promptID: "x", phases: [.clarify: phase(.clarify, 80), .frame: phase(.frame, 45)])
        #expect(report.overall == 63)
        #expect(report.verdict == Verdict(score: 63))
        #expect(ScoreReport(promptID: "x", phases: [:]).overall == 0)
        let all = Dictionary(uniqueKeysWithValues: Phase.allCases.map { ($0, phase($0, 50)) })
        #expect(ScoreReport(promptID: "x", phases: all).overall == 50)
    }
}

@Suite("Scoring benchmark")
struct ScoringBenchmarkTests {
    @Test("answer sets have the requested size, spread over all phases, and timings are reported")
    func benchmark() {
        let prompt = ScoringFixtures.prompt(rubric: [.evaluate: ScorerTests.evaluateItems])
        let benchmark = ScoringBenchmark(prompt: prompt, lexicon: ScoringFixtures.lexicon)
        let set = benchmark.answerSet(words: 1_000)
        #expect(set.count == 6)
        #expect(set.values.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count } == 1_000)
        let report = benchmark.run(wordCounts: [300, 3_000], repetitions: 2)
        #expect(report.results.map(\.words) == [300, 3_000])
        #expect(report.results.allSatisfy { $0.repetitions == 2 && $0.bestMilliseconds > 0 && $0.bestMilliseconds <= $0.medianMilliseconds })
        #expect(report.compileMilliseconds > 0)
    }
}

@Suite("The grading curve")
struct GradingCurveTests {
    @Test("covered shares are lifted towards the grading guide's bands; named-only credit stays linear")
    func curve() {
        // A third of the checklist explained is "some key points" (grade 2: 40–59), not 33.
        #expect(PhaseScorer.graded(earned: 1.0 / 3, covered: 1.0 / 3, total: 1) * 100 >= 40)
        #expect(PhaseScorer.graded(earned: 0, covered: 0, total: 1) == 0)
        #expect(PhaseScorer.graded(earned: 1, covered: 1, total: 1) == 1)
        // A bare list of the right terms (named only) is not lifted.
        #expect(PhaseScorer.graded(earned: 0.2, covered: 0, total: 1) == 0.2)
        // Monotone: more covered weight never scores less.
        var previous = 0.0
        for step in 0...20 {
            let share = Double(step) / 20
            let value = PhaseScorer.graded(earned: share, covered: share, total: 1)
            #expect(value >= previous)
            previous = value
        }
    }
}
