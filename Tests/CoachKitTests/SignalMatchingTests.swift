import Testing
@testable import CoachKit

@Suite("Signal matching")
struct SignalMatchingTests {
    func credits(_ signal: Signal, _ answer: String) -> Bool { ScoringFixtures.credits(signal, answer) }

    @Test("a phrase matches on stems, in order, with up to three words between")
    func phrases() {
        let signal = Signal.phrase("watch time")
        #expect(credits(signal, "We optimise for total watched time."))
        #expect(credits(signal, "We care about the watch and dwell session time."))
        #expect(credits(signal, "Watching TIME matters."))  // a short sentence alone is not a list
        #expect(!credits(signal, "We care about the watch and the dwell session time."))  // four words between
        #expect(!credits(signal, "Time spent is what we watch."))  // wrong order
        #expect(!credits(signal, "We watch it. Time is short."))  // different sentences
        #expect(!credits(signal, "We watch it; time is short."))  // a semicolon ends the phrase's reach
    }

    @Test("function words inside a phrase with two content words are optional; determiners bind")
    func optionalFunctionWords() {
        #expect(credits(.phrase("number of users"), "The user number is large."  ) == false)
        #expect(credits(.phrase("number of users"), "What is the number of daily users?"))
        #expect(credits(.phrase("experiment with a control group"), "Run an experiment against a control group."))
        #expect(credits(.phrase("how many users"), "How many active users are there?"))
        #expect(!credits(.phrase("how many users"), "How are many of the users doing?"))
        #expect(credits(.phrase("every video"), "We score every single video."))
        #expect(!credits(.phrase("every video"), "Same for every viewer, like each video's stats."))
        #expect(credits(.phrase("take down"), "We take the post down."))
    }

    @Test("a concept matches any lexicon term, normalised and stemmed the same way")
    func concepts() {
        let signal = Signal.concept("ab-test")
        #expect(credits(signal, "Then an A/B test on 1% of traffic."))
        #expect(credits(signal, "We run AB tests weekly."))
        #expect(credits(signal, "A controlled experiment decides."))
        #expect(!credits(signal, "We test A and B offline."))
        #expect(credits(.concept("ctr"), "Click through rates drop at night."))
        #expect(credits(.concept("qps"), "Peak is 50k requests per second."))
        #expect(!credits(.concept("no-such-concept"), "anything at all"))
    }

    @Test("quantities by kind", arguments: [
        ("duration", "p99 under 200ms", true), ("duration", "within 2 hours", true), ("duration", "a few hundred milliseconds", true),
        ("duration", "200-300 ms", true), ("duration", "we retrain daily", false), ("duration", "two hours", true),
        ("count", "500M users", true), ("count", "10k QPS", true), ("count", "2 million", true), ("count", "1.5B videos", true),
        ("count", "12000 requests", true), ("count", "millions of users", true), ("count", "50 users", false),
        ("count", "200 ms", false), ("count", "We serve a million users.", true), ("count", "two hundred candidates", false),
        ("count", "We expect tens of thousands of QPS.", true), ("percent", "2%", true), ("percent", "1.5 percent", true), ("percent", "0.1 per cent", true),
        ("percent", "2 points", false), ("size", "10 GB", true), ("size", "5TB", true), ("size", "100 KB per item", true),
        ("money", "$5", true), ("money", "10 dollars", true), ("money", "1M USD", true), ("money", "$5M budget", true),
        ("number", "We show the top 20.", true), ("number", "p99", false), ("number", "twenty", false),
    ])
    func quantities(kind: String, text: String, expected: Bool) {
        #expect(credits(.quantity(QuantityKind(rawValue: kind)!), text) == expected, "\(kind): \(text)")
    }

    @Test("all needs every part in the same sentence; any needs one")
    func combinators() {
        let latencyBudget = Signal.all([.concept("latency"), .quantity(.duration)])
        #expect(credits(latencyBudget, "Latency must stay under 200 ms."))
        #expect(!credits(latencyBudget, "Latency matters. It must stay under 200 ms."))
        #expect(!credits(latencyBudget, "Latency matters a lot."))
        let either = Signal.any([.phrase("shadow mode"), .concept("ab-test")])
        #expect(credits(either, "Ship in shadow mode first."))
        #expect(credits(either, "Then an online experiment."))
        #expect(!credits(either, "Then ship it."))
    }

    @Test("typos in longer words are forgiven", arguments: [
        "Lateny must stay low.", "The p99 latancy is key.", "Check calibraton per country.", "We want better recomendations.",
        "Use a modle trained daily.", "The lable is a click.",
    ])
    func typos(text: String) {
        let signal = Signal.any([.concept("latency"), .concept("calibration"), .phrase("recommendation"), .phrase("model"), .phrase("label")])
        #expect(credits(signal, text))
    }

    @Test("no typo tolerance for short words, numbers, other real words or when another word is closer")
    func typoLimits() {
        #expect(!credits(.phrase("log loss"), "log los"))  // three letters: never a typo
        #expect(!credits(.phrase("model"), "A modal dialog."))  // a substituted letter in a short word is another word
        #expect(!credits(.phrase("latency"), "Latent factors."))
        #expect(!credits(.phrase("top 10"), "top 11"))
        #expect(!credits(.phrase("watch"), "A match."))  // the first letter must agree
        // Exact matches win: "rank" is a vocabulary word, so it is never read as a typo of "bank".
        let scorer = ScoringFixtures.scorer(.clarify, [ScoringFixtures.item("a", [.phrase("rank")]), ScoringFixtures.item("b", [.phrase("tank")])])
        let result = scorer.score(.clarify, answer: "We rank them.")
        #expect(result.items.map(\.matched) == [true, false])
    }

    @Test("'f' written for 'ph' is a slip in longer words only")
    func phoneticSlip() {
        #expect(credits(.phrase("demographics"), "We use the demografics of each user."))
        #expect(credits(.phrase("telephone"), "Orders placed by telefone."))
        #expect(EditDistance().typoDistance("demografics", "demographics", limit: 2) == 1)
        #expect(EditDistance().typoDistance("fase", "phase", limit: 1) == nil)  // short words stay exact
        #expect(!credits(.phrase("graph"), "A graf of users."))
    }

    @Test("words the stemmer conflates with another meaning keep apart")
    func stemSplits() {
        #expect(!credits(.phrase("positive label"), "We log the label position."))
        #expect(credits(.phrase("position"), "Positions are logged with every impression."))
        #expect(!credits(.phrase("online experiment"), "A better online experience for users."))
        #expect(credits(.phrase("online experiment"), "We run online experiments weekly."))
        #expect(!credits(.phrase("like"), "Users are likely to return."))
        #expect(credits(.phrase("how likely"), "We predict how likely each user is to return."))
    }

    @Test("acronyms match as written, never through a typo")
    func acronyms() {
        #expect(credits(.phrase("BERT"), "We fine-tune bert on the posts."))
        #expect(!credits(.phrase("BERT"), "We fine-tune bret on the posts."))
        #expect(!credits(.phrase("BERT"), "The new model should beat the old one."))
        #expect(!credits(.phrase("GBDT"), "A gbtd ranker."))
        // The same word written in lower case in a phrase keeps its typo tolerance.
        #expect(credits(.phrase("tower"), "A towr model."))
    }

    @Test("a typo close to two different vocabulary words matches neither")
    func ambiguousTypo() {
        let scorer = ScoringFixtures.scorer(.clarify, [ScoringFixtures.item("a", [.phrase("tower")]), ScoringFixtures.item("b", [.phrase("tomer")])])
        #expect(scorer.score(.clarify, answer: "A towmer.").matched.isEmpty)
    }
}
