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

    @Test("a negation whose subject is not the speaker describes, it does not dismiss", arguments: [
        (Signal.all([.phrase("negatives"), .phrase("impressions")]), "We count impressions the viewer didn't open as negatives."),
        (Signal.concept("cold-start"), "We give new users who signed up today and have never rated anything a popularity list."),
        (Signal.phrase("exploration budget"), "We give campaigns that have never run an exploration budget."),
        (Signal.concept("monitoring"), "We raise alerts on features which the pipeline did not refresh."),
        (Signal.phrase("labels"), "We skip nothing: posts the moderators skipped still get labels."),
        // Participles joined by "or"/"and" describe the listings, not a speaker skipping the session.
        (Signal.phrase("current session"), "We personalise with the listings the guest viewed or skipped in the current session."),
        (Signal.all([.phrase("negatives"), .phrase("ignored")]), "Labels: booked listings are positives, shown and ignored ones are negatives."),
    ])
    func descriptions(signal: Signal, text: String) {
        #expect(credits(signal, text), "\(text)")
    }

    @Test("the speaker declining, even through adverbs and a second verb, still dismisses", arguments: [
        ("calibration", "We really would not calibrate."),
        ("ab-test", "We ship it and don't run an A/B test."),
        ("ab-test", "I'd rather not run an A/B test."),
        ("calibration", "We'll just ignore calibration."),
        ("calibration", "We train the model and skip calibration."),
    ])
    func speakerDeclines(concept: String, text: String) {
        #expect(!credits(.concept(concept), text), "\(text)")
    }

    @Test("a colon ends a negation, but a short key before it takes the verdict after it")
    func colon() {
        #expect(credits(.concept("latency"), "We don't need a feature store: latency comes from the model itself."))
        #expect(credits(.phrase("clickbait"), "Optimise watch time, not clicks: clicks reward clickbait."))
        #expect(!credits(.concept("ab-test"), "A/B test: unnecessary."))
        #expect(!credits(.concept("calibration"), "Calibration: no."))
        // A longer "no …" after a key describes the key rather than dismissing it.
        #expect(credits(.phrase("cold start"), "Cold start: no watch history at all for a fifth of users."))
    }

    @Test("'so' opening a conclusion dismisses; 'so' stating a purpose does not")
    func soConclusionOrPurpose() {
        #expect(!credits(.concept("calibration"), "So we will not calibrate."))
        #expect(!credits(.concept("ab-test"), "Offline numbers look fine, so we don't run an A/B test."))
        #expect(credits(.phrase("duplicates"), "We re-rank the list so we don't show duplicates."))
        #expect(credits(.phrase("duplicates"), "We re-rank, so that we never show duplicates."))
    }

    @Test("a negated noun after a comma keeps the subject of the clause before it")
    func subjectAcrossComma() {
        #expect(!credits(.concept("ab-test"), "We launch on Monday, without an A/B test."))
        #expect(credits(.concept("ab-test"), "Users without accounts still land in the A/B test."))
        #expect(credits(.concept("ab-test"), "Without an A/B test, we cannot know whether it works."))
    }

    @Test("contrasts set the alternative aside and keep what is chosen", arguments: [
        ("Optimise watch time, not clicks.", true, false),
        ("Optimise watch time rather than clicks.", true, false),
        ("Instead of clicks we optimise watch time.", true, false),
        ("Rather than clicks, the target is watch time.", true, false),
        ("Watch time but not clicks.", true, false),
        ("Optimise watch time as opposed to raw clicks.", true, false),
    ])
    func contrasts(text: String, chosen: Bool, alternative: Bool) {
        #expect(credits(.phrase("watch time"), text) == chosen, "\(text)")
        #expect(credits(.phrase("clicks"), text) == alternative, "\(text)")
    }

    @Test("a rejected alternative earns nothing but costs no dismissal penalty")
    func rejectionHasNoPenalty() {
        let scorer = ScoringFixtures.scorer(.evaluate, [
            ScoringFixtures.item("offline", [.phrase("ndcg")]), ScoringFixtures.item("online", [.concept("ab-test")]),
        ])
        let result = scorer.score(.evaluate, answer: "Instead of an A/B test we look at offline NDCG.")
        #expect(result.matched.map(\.id) == ["offline"])
        #expect(result.redFlags.isEmpty)
        #expect(result.items[1].note?.contains("set aside") == true)
        let declined = scorer.score(.evaluate, answer: "We look at offline NDCG. We won't run an A/B test.")
        #expect(declined.redFlags.map(\.id) == ["dismisses-online"])
    }

    @Test("caps, both outcomes and 'not only' are no negation of the topic")
    func notNegations() {
        #expect(credits(.phrase("same channel"), "Never show more than two videos from the same channel."))
        #expect(credits(.concept("latency"), "Latency must not be more than 200 ms."))
        let detector = NegationDetector()
        func analyze(_ sentence: String) -> NegationDetector.Result {
            let words = sentence.split(separator: " ").map(String.init)
            return detector.analyze(words: words, stems: words.map { EnglishStemmer().stem($0) }, clauses: words.map { _ in 0 })
        }
        #expect(analyze("click or no click is the label").negatedBy.allSatisfy { $0 < 0 })
        #expect(analyze("users with or without history enter the test").negatedBy.allSatisfy { $0 < 0 })
        // "not only the order": the restriction "only" is denied, the order itself is not.
        let notOnly = analyze("the value matters not only the order")
        #expect(notOnly.negatedBy[4] == 3)
        #expect(notOnly.negatedBy[6] == -1)
        #expect(notOnly.dismissedBy.allSatisfy { $0 < 0 })
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
