import Foundation
import Testing
@testable import CoachKit

/// Issue 14: scoring terse, real-world notes the way an interviewer would. One test (or group) per
/// finding of the issue, numbered as there.
@Suite("Notes-style answers: graded credit, lists, Clarify questions, commitments, real note shapes")
struct NotesScoringTests {
    typealias F = ScoringFixtures

    static func builtIn(_ id: String) throws -> Scorer {
        let folder = F.packageRoot.appendingPathComponent("Prompts")
        let lexicon = try JSONDecoder().decode(Lexicon.self, from: Data(contentsOf: folder.appendingPathComponent("lexicon.json")))
        let prompt = try PromptDecoder(lists: lexicon.signalLists).decodeValidatedPrompt(Data(contentsOf: folder.appendingPathComponent("\(id).json")))
        return Scorer(prompt: prompt, lexicon: lexicon)
    }

    // 1. Terse bullets: a list of this phase's terms earns named credit, not zero.
    @Test("1: a list of the phase's own terms earns named credit; salad scattered over other phases earns nothing")
    func listsAreAnswers() {
        let prompt = F.prompt(rubric: [
            .evaluate: [F.item("log-loss", [.phrase("log loss")]), F.item("auc", [.phrase("AUC")]), F.item("ab", [.concept("ab-test")])],
            .model: [F.item("gbdt", [.phrase("GBDT")]), F.item("two-tower", [.phrase("two-tower")])],
            .deploy: [F.item("monitoring", [.concept("monitoring")]), F.item("retrain", [.concept("retraining")])],
        ])
        let scorer = Scorer(prompt: prompt, lexicon: F.lexicon)
        let list = scorer.score(.evaluate, answer: "Log loss / AUC / A/B test")
        #expect(list.score > 0 && list.score < 50, "\(list.score)")
        #expect(list.items.allSatisfy { $0.level == .named && !$0.matched && $0.lift != nil })
        let headed = scorer.score(.evaluate, answer: "Metrics:\n- log loss\n- AUC\n- A/B test")
        #expect(headed.score > list.score, "a heading gives the bullets context")
        let salad = scorer.score(.evaluate, answer: "GBDT, two-tower, monitoring, retrain, AUC")
        #expect(salad.score == 0)
        #expect(salad.notes.contains { $0.contains("scattered") })
    }

    // 2. Graded items: the core of an `all` is named; `covered` signals and `namedCredit` set the levels.
    @Test("2: an item is named by its core idea and covered only with what it asks for")
    func gradedItemCredit() {
        let calibration = F.item("segment-calibration", [.all([.concept("calibration"), .phrase("per segment")])])
        let scorer = F.scorer(.evaluate, [calibration])
        let named = scorer.score(.evaluate, answer: "We check log loss and calibration offline.")
        #expect(named.items[0].level == .named)
        #expect(named.score == 50)
        #expect(named.items[0].lift?.contains("per segment") == true)
        #expect(scorer.score(.evaluate, answer: "We check calibration per segment, by country and device.").items[0].level == .covered)

        var why = F.item("objective", [.phrase("watch time")])
        why.covered = [.phrase("because")]
        why.namedCredit = 0.3
        let authored = F.scorer(.frame, [why])
        let bare = authored.score(.frame, answer: "We optimise watch time.")
        #expect(bare.items[0].level == .named && bare.score == 30)
        #expect(bare.items[0].lift == "add why (a reason)")
        #expect(authored.score(.frame, answer: "We optimise watch time because clicks reward clickbait.").score == 100)

        // An item whose description asks for a number needs one (outside a Clarify question).
        let volume = RubricItem(id: "volume", description: "Pins down volume with a number", signals: [.any([.concept("qps"), .quantity(.count)])],
                                hint: "h", why: "w")
        let numbers = F.scorer(.deploy, [volume])
        #expect(numbers.score(.deploy, answer: "We must handle the peak QPS.").items[0].level == .named)
        #expect(numbers.score(.deploy, answer: "We must handle 50k QPS at peak.").items[0].level == .covered)
        let asking = F.scorer(.clarify, [volume])
        #expect(asking.score(.clarify, answer: "volume? posts/day, peak QPS").items[0].level == .named)
        #expect(asking.score(.clarify, answer: "How many requests per second at peak?").items[0].level == .covered)
        // A whole question asks for the number too, with or without "how many".
        #expect(asking.score(.clarify, answer: "What peak QPS does the service have to handle?").items[0].level == .covered)
        #expect(asking.score(.clarify, answer: "peak QPS?").items[0].level == .named)
    }

    @Test("2: the built-in calibration item is covered only with segments or observed against predicted")
    func builtInCalibrationNeedsItsSpecifics() throws {
        let scorer = try Self.builtIn("ad-click-prediction")
        func level(_ answer: String) -> ItemLevel? {
            scorer.score(.evaluate, answer: answer).items.first { $0.id == "evaluate-calibration" }?.level
        }
        #expect(level("We check log loss and calibration offline.") == .named)
        #expect(level("We check calibration per segment: new ads, placements and countries.") == .covered)
        #expect(level("Calibration: predicted clicks over observed clicks should stay near 1.") == .covered)
    }

    @Test("2: a whole Clarify question about latency asks for its number (search ranking)")
    func builtInLatencyQuestion() throws {
        let scorer = try Self.builtIn("search-ranking")
        let report = scorer.score(.clarify, answer: "What latency budget does the results page have, in ms?")
        let latency = report.items.first { $0.id.contains("latency") }
        #expect(latency?.level == .covered, "\(report.items.map { ($0.id, $0.level) })")
    }

    @Test("2: covered and namedCredit round-trip through JSON and are optional")
    func formatExtension() throws {
        var item = F.item("x", [.phrase("watch time")])
        item.covered = [.quantity(.duration)]
        item.namedCredit = 0.25
        let decoded = try JSONDecoder().decode(RubricItem.self, from: JSONEncoder().encode(item))
        #expect(decoded == item)
        let old = #"{"id":"x","description":"d","weight":1,"signals":[{"phrase":"a"}],"hint":"h","why":"w"}"#
        let plain = try JSONDecoder().decode(RubricItem.self, from: Data(old.utf8))
        #expect(plain.covered.isEmpty && plain.namedCredit == nil && plain.namedShare == RubricItem.defaultNamedCredit)
    }

    // 3. Options listed before a choice are not commitments.
    @Test("3: options listed, then a choice, do not fire the options' red flags")
    func optionsThenChoice() {
        let scorer = F.scorer(.frame, [F.item("watch", [.phrase("watch time")])], flags: [F.flag("clicks", [.phrase("maximize clicks")])])
        let options = scorer.score(.frame, answer: "Options:\n- Maximize clicks\n- Maximize completed videos\nChoice: expected watch time.")
        #expect(options.redFlags.isEmpty)
        #expect(scorer.score(.frame, answer: "We maximize clicks.").redFlags.map(\.id) == ["clicks"])
    }

    // 4. Rejecting something does not fire its red flag.
    @Test("4: a rejection or a critique never fires the flag it rejects", arguments: [
        "- NOT accuracy - 99% accuracy by predicting no click",
        "accuracy = bad metric here",
        "We use log loss rather than accuracy.",
        "Accuracy alone is not enough.",
    ])
    func rejectionsAreNotCommitments(answer: String) {
        let scorer = F.scorer(.evaluate, [F.item("log-loss", [.phrase("log loss")])], flags: [F.flag("accuracy", [.concept("accuracy")])])
        #expect(scorer.score(.evaluate, answer: answer).redFlags.isEmpty, "\(answer)")
        #expect(scorer.score(.evaluate, answer: "Accuracy is our metric.").redFlags.map(\.id) == ["accuracy"])
    }

    // 5. Scoping is a decision, not a dismissal.
    @Test("5: a scoping statement is not penalised as a dismissal")
    func scoping() {
        let scorer = F.scorer(.frame, [F.item("personalization", [.phrase("personalization")]), F.item("rank", [.phrase("rank")])])
        let scoped = scorer.score(.frame, answer: "For simplicity, no personalization. We rank by expected watch time.")
        #expect(scoped.redFlags.isEmpty)
        let dismissed = scorer.score(.frame, answer: "No personalization. We rank by expected watch time.")
        #expect(dismissed.redFlags.map(\.id) == ["dismisses-personalization"])
    }

    // 6. Clarify questions: asking the case's guiding questions in Clarify is content, not an echo.
    @Test("6: a guiding question asked in Clarify earns credit; /ask questions count as Clarify content")
    func clarifyQuestions() throws {
        var prompt = F.prompt(rubric: [.clarify: [F.item("base-rate", [.all([.phrase("fraction"), .phrase("clicked")])])]])
        prompt.phases[.clarify]?.questions = ["Roughly what fraction of ad impressions get clicked?"]
        let scorer = Scorer(prompt: prompt, lexicon: F.lexicon)
        #expect(scorer.score(.clarify, answer: "Roughly what fraction of ad impressions get clicked?").score == 100)
        #expect(scorer.score(.frame, answer: "Roughly what fraction of ad impressions get clicked?").score == 0)

        var record = PhaseRecord(phase: .clarify, budgetSeconds: 300)
        record.answer = "I will assume we optimise revenue."
        record.asked = [AskedQuestion(question: "what is the latency budget", reply: "40 ms", factIDs: ["latency"])]
        #expect(record.scoredText == "I will assume we optimise revenue.\nwhat is the latency budget?")
        var frame = PhaseRecord(phase: .frame, budgetSeconds: 300)
        frame.asked = record.asked
        #expect(frame.scoredText == "")
    }

    @Test("6: the issue's /ask reproduction earns scale, latency and click rate in Clarify, and shows the facts")
    func askReproductionInTheEngine() throws {
        let folder = F.packageRoot.appendingPathComponent("Prompts")
        let lexicon = try JSONDecoder().decode(Lexicon.self, from: Data(contentsOf: folder.appendingPathComponent("lexicon.json")))
        let prompt = try PromptDecoder(lists: lexicon.signalLists).decodeValidatedPrompt(Data(contentsOf: folder.appendingPathComponent("ad-click-prediction.json")))
        var (engine, _) = InterviewEngine.start(
            prompt: prompt, lexicon: lexicon, options: SessionOptions(minutes: 45), drill: .clarify, clock: ManualClock(),
            id: "20270115-080000-ad-click-prediction", save: { _ in })
        _ = engine.submit("/ask how many daily active users and ad requests per second?")
        _ = engine.submit("/ask what is the latency budget?")
        _ = engine.submit("/ask how often are ads clicked?")
        _ = engine.submit("I will assume we optimise revenue.")
        let clarify = try #require(engine.score().phases[.clarify])
        let covered = Set(clarify.matched.map(\.id))
        #expect(covered.isSuperset(of: ["clarify-scale", "clarify-latency", "clarify-base-rate", "clarify-objective"]), "\(covered)")
        #expect(clarify.score > 19)
        #expect(clarify.uncoveredFacts?.count == 3)
    }

    // 7. Real note shapes.
    @Test("7: tables, camelCase and formula words, typos in long words, abbreviations")
    func realNoteShapes() throws {
        let tokens = Tokenizer().tokens(in: "PickupTime + PointtoPointTime + DropoffTime, DeepFM, LightGBM").filter(\.isTerm).map(\.text)
        #expect(tokens == ["pickup", "time", "pointto", "point", "time", "dropoff", "time", "deepfm", "lightgbm"])

        let scorer = F.scorer(.data, [F.item("realtime", [.phrase("real-time counts")]), F.item("location", [.phrase("location")])])
        let table = "| Feature | Type | Freshness |\n|---|---|---|\n| click counts | real-time counts | 5 min |"
        let scored = scorer.score(.data, answer: table)
        #expect(scored.items[0].matched, "a table row is a statement")
        let header = scorer.score(.data, answer: "| Event ID | User ID | Location |\n|---|---|---|")
        #expect(header.score == 0, "a bare header row earns nothing")
        #expect(header.items[1].note?.contains("heading") == true)

        let visual = try Self.builtIn("visual-search")
        #expect(visual.score(.model, answer: "Constrastive loss with in-batch negatives.").matched.contains { $0.id == "model-contrastive-loss" })
        let ads = try Self.builtIn("ad-click-prediction")
        #expect(ads.itemIDs(.model, mentionedIn: "FM and DCN on sparse IDs").contains("model-interaction-model"))
    }

    // 8. The wrong-phase guard reduces, never wipes.
    @Test("8: a sentence shared with a dominant other phase keeps named credit for this phase")
    func wrongPhaseReduces() {
        let prompt = F.prompt(rubric: [
            .model: [F.item("baseline", [.phrase("GBDT baseline")]), F.item("model-other", [.phrase("zebra crossing")])],
            .evaluate: [
                F.item("cost", [.phrase("underestimation")]), F.item("overcost", [.phrase("overestimation")]),
                F.item("mae", [.phrase("MAE")]),
            ],
        ])
        let scorer = Scorer(prompt: prompt, lexicon: F.lexicon)
        let answer = "A GBDT baseline, since underestimation costs more than overestimation; judged by MAE."
        let model = scorer.score(.model, answer: answer)
        #expect(model.notes.contains { $0.contains("Evaluate") })
        #expect(model.items[0].level == .named)
        #expect(model.score > 0)
    }

    // 9. Evidence discipline.
    @Test("9: a question earns credit only in Clarify, a bare label earns nothing")
    func evidenceDiscipline() {
        let scorer = F.scorer(.deploy, [F.item("retrain", [.concept("retraining")]), F.item("monitoring", [.concept("monitoring")])])
        let question = scorer.score(.deploy, answer: "Do we need continual retraining?")
        #expect(question.score == 0)
        #expect(question.items[0].note?.contains("question") == true)
        #expect(scorer.score(.deploy, answer: "Monitoring:").score == 0)
        #expect(scorer.score(.deploy, answer: "Monitoring: alerts on drift.").items[1].matched)
    }

    // 10. Multi-part /ask, hints and follow-ups from what is missing.
    @Test("10: every part of a several-part question is answered")
    func multiPartQuestions() {
        var prompt = F.prompt(rubric: [:])
        prompt.facts = [
            InterviewerFact(id: "volume", signals: [.phrase("posts per day")], answer: "500M posts a day."),
            InterviewerFact(id: "languages", signals: [.phrase("languages")], answer: "Over 100 languages."),
        ]
        let reply = Interviewer(prompt: prompt, lexicon: F.lexicon).answer("how many posts per day and what languages?")
        #expect(reply.factIDs == ["volume", "languages"])
        #expect(Interviewer.parts(of: "how many posts per day and what languages?") == ["how many posts per day", "what languages"])
        #expect(Interviewer.parts(of: "what is the click-through rate and latency budget?") == ["what is the click-through rate", "latency budget"])
        #expect(Interviewer.parts(of: "We rank users and ads; how fast?") == ["We rank users and ads", "how fast"])
    }

    @Test("10: one question word asking for two things gets both answered (ad click prediction)")
    func twoThingsAfterOneQuestionWord() throws {
        let folder = F.packageRoot.appendingPathComponent("Prompts")
        let lexicon = try JSONDecoder().decode(Lexicon.self, from: Data(contentsOf: folder.appendingPathComponent("lexicon.json")))
        let prompt = try PromptDecoder(lists: lexicon.signalLists).decodeValidatedPrompt(Data(contentsOf: folder.appendingPathComponent("ad-click-prediction.json")))
        let reply = Interviewer(prompt: prompt, lexicon: lexicon).answer("what is the click-through rate and latency budget?")
        #expect(reply.factIDs.contains("click-rate") && reply.factIDs.contains("latency"), "\(reply.factIDs)")
    }

    @Test("10: the next hint asks about what is still missing; a follow-up does not re-ask an answered fact")
    func hintsFromWhatIsMissing() throws {
        var prompt = F.prompt(rubric: [.clarify: [F.item("goal", [.phrase("business goal")]), F.item("latency", [.concept("latency")])]])
        prompt.phases[.clarify]?.questions = ["What is the business goal?", "What latency is acceptable?"]
        prompt.phases[.clarify]?.followUps = [
            FollowUp(question: "How fast must it respond, what latency?", targets: ["latency"]),
            FollowUp(question: "What is the business goal?", targets: ["goal"]),
        ]
        prompt.facts = [InterviewerFact(id: "latency", signals: [.concept("latency")], answer: "100 ms.")]
        var (engine, _) = InterviewEngine.start(
            prompt: prompt, lexicon: F.lexicon, options: SessionOptions(minutes: 45), drill: .clarify, clock: ManualClock(),
            id: "20270115-080000-test-prompt", save: { _ in })
        _ = engine.submit("The business goal is watch time.")
        #expect(engine.submit("/hint") == [.hint("What latency is acceptable?", number: 1, total: 2)])
        _ = engine.submit("/ask what latency do we have?")
        let interviewer = Interviewer(prompt: prompt, lexicon: F.lexicon)
        let missed = [ItemResult(id: "latency", description: "", weight: 1, matched: false, evidence: nil, hint: "", why: "")]
        #expect(interviewer.followUp(for: .clarify, missed: missed)?.targets == ["latency"])
        #expect(interviewer.followUp(for: .clarify, missed: missed, answeredFacts: ["latency"])?.targets == ["goal"])
    }
}

@Suite("Named items in reports and exports")
struct NamedItemReportTests {
    @Test("a named item keeps its level, credit and lift through JSON, and old reports decode as before")
    func namedItemsRoundTrip() throws {
        let item = ItemResult(id: "x", description: "X", weight: 1, matched: false, evidence: nil, hint: "h", why: "w",
                              level: .named, credit: 0.5, lift: "add a number")
        let decoded = try JSONDecoder().decode(ItemResult.self, from: JSONEncoder().encode(item))
        #expect(decoded == item)
        let old = #"{"id":"x","description":"X","weight":1,"matched":true,"hint":"h","why":"w"}"#
        let legacy = try JSONDecoder().decode(ItemResult.self, from: Data(old.utf8))
        #expect(legacy.level == .covered && legacy.credit == 1 && legacy.lift == nil)
    }
}
