import Testing
@testable import CoachKit

@Suite("Negation")
struct NegationTests {
    func credits(_ signal: Signal, _ answer: String) -> Bool { ScoringFixtures.credits(signal, answer) }

    @Test("dismissals earn no credit", arguments: [
        ("latency", "We don't need to worry about latency."),
        ("ab-test", "No need for an A/B test."),
        ("class-imbalance", "Imbalance is not an issue here."),
        ("ab-test", "An A/B test isn't necessary."),
        ("ab-test", "We can ship without an A/B test."),
        ("latency", "Latency never matters for this."),
        ("calibration", "Calibration is unnecessary."),
        ("calibration", "Calibration doesn't matter because we only rank."),
        ("ab-test", "We won't run an A/B test."),
        ("calibration", "We can skip calibration."),
        ("latency", "I don't think we need to ask about latency, models are fast."),
        ("retraining", "Don't retrain."),
        ("privacy", "Privacy: not a concern."),
        ("class-imbalance", "There's no class imbalance to worry about."),
    ])
    func dismissed(concept: String, text: String) {
        #expect(!credits(.concept(concept), text), "\(text)")
    }

    @Test("a negation stops at the clause boundary", arguments: [
        ("latency", "We don't need a feature store, but latency must stay under 200 ms."),
        ("ab-test", "No need for a holdout; we will run an A/B test."),
        ("latency", "Scale isn't a concern, although latency is."),
        ("monitoring", "We won't retrain daily, and we add monitoring."),
        ("latency", "Not only latency but also cost matters."),
        ("latency", "Latency of no more than 200 ms."),
        ("monitoring", "we dont need an ab test we will add monitoring"),
    ])
    func scoped(concept: String, text: String) {
        #expect(credits(.concept(concept), text), "\(text)")
    }

    @Test("safeguards and descriptions are not dismissals", arguments: [
        ("data-leakage", "Split by time so there is no leakage."),
        ("data-leakage", "Make sure features don't leak future information."),
        ("time-split", "Features must never come from after the impression; use a time-based split."),
        ("ab-test", "Users who don't click still count in the A/B test."),
        ("monitoring", "Impressions that were skipped go to the monitoring dashboard."),
        ("cold-start", "Users with no history get popular items."),
        ("retraining", "Evaluate on last week's data the model never saw before we retrain."),
        ("monitoring", "Re-rank so we don't show near duplicates, with alerts on diversity."),
        ("retraining", "We can't ignore retraining."),
    ])
    func notDismissed(concept: String, text: String) {
        #expect(credits(.concept(concept), text), "\(text)")
    }

    @Test("the negation cue and the negated words are reported")
    func note() {
        let scorer = ScoringFixtures.scorer(.evaluate, [ScoringFixtures.item("online", [.concept("ab-test")])])
        let result = scorer.score(.evaluate, answer: "Offline AUC is enough. We don't need an A/B test.")
        let item = result.items[0]
        #expect(!item.matched)
        #expect(item.note?.contains("negated") == true)
        #expect(item.note?.contains("don't") == true)
        #expect(item.evidence?.sentence == "We don't need an A/B test.")
    }

    @Test("negation detector verdicts: negated for red flags, dismissed for credit")
    func detectorVerdicts() {
        let words = ["we", "will", "not", "use", "accuracy", ",", "ensure", "no", "leakage"].filter { $0 != "," }
        let clauses = [0, 0, 0, 0, 0, 1, 1, 1]
        let result = NegationDetector().analyze(words: words, stems: words.map { EnglishStemmer().stem($0) }, clauses: clauses)
        #expect(result.negatedBy[4] == 2)  // "accuracy" is negated by "not"…
        #expect(result.dismissedBy[4] == 2)  // …and "we will not use" declines it
        #expect(result.negatedBy[7] == 6)  // "leakage" is negated by "no"…
        #expect(result.dismissedBy[7] == -1)  // …but "ensure no leakage" is a safeguard
        #expect(result.negatedBy[0] == -1 || result.negatedBy[0] == 2)
    }
}
