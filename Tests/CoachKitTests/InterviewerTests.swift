import Testing
@testable import CoachKit

@Suite struct InterviewerTests {
    let interviewer = Interviewer(prompt: InterviewFixtures.prompt(), lexicon: InterviewFixtures.lexicon)

    @Test(arguments: [
        ("How many users do we have?", "scale"),
        ("what's the DAU?", "scale"),
        ("What is the latency budget?", "latency"),
        ("How fast must the feed load?", "latency"),
        ("What is the p99 response time target?", "latency"),
        ("How many requests per second at peak?", "traffic"),
        ("how many queries hit us", "traffic"),
    ])
    func questionsAreAnsweredFromTheMatchingFact(question: String, fact: String) {
        #expect(interviewer.answer(question).factID == fact)
    }

    @Test func theMostSpecificMatchComesFirst() {
        // "how many users" (three words) beats "how fast" (two); both were asked, so both answer.
        let reply = interviewer.answer("How many users are there, and how fast must the feed be?")
        #expect(reply.factIDs == ["scale", "latency"])
        #expect(reply.text == "Two billion users. 200 ms at p99.")
    }

    @Test func aSingleSharedWordAddsNoSecondFact() {
        // "latency" is a one-word concept term: enough to pick the best fact, not to add a second one
        // within the same question…
        #expect(interviewer.answer("How many users see the feed at low latency?").factIDs == ["scale"])
        #expect(interviewer.answer("What about latency?").factIDs == ["latency"])
        // …but a second question in the same line gets its own answer (issue 14).
        #expect(interviewer.answer("How many users, and what about latency?").factIDs == ["scale", "latency"])
    }

    @Test func aQuestionNoFactCoversGetsTheAssumptionReply() {
        let reply = interviewer.answer("What colour is the logo?")
        #expect(reply.factID == nil)
        #expect(reply.text == Interviewer.noSuchDetail)
        // "many" alone is not "how many … requests".
        #expect(interviewer.answer("Are there many teams?").factID == nil)
    }

    @Test func anEmptyQuestionAsksForOne() {
        let reply = interviewer.answer("  ?! ")
        #expect(reply.factID == nil)
        #expect(reply.text.contains("/ask"))
    }

    @Test func theFollowUpAimsAtTheHeaviestMissedItem() {
        var prompt = InterviewFixtures.prompt()
        prompt.phases[.data]!.followUps = [
            FollowUp(question: "Q1", targets: ["data-b"]),
            FollowUp(question: "Q2", targets: ["data-a"]),
            FollowUp(question: "Q3", targets: []),
        ]
        let interviewer = Interviewer(prompt: prompt, lexicon: InterviewFixtures.lexicon)
        func item(_ id: String, _ weight: Double) -> ItemResult {
            ItemResult(id: id, description: id, weight: weight, matched: false, evidence: nil, hint: "", why: "")
        }
        #expect(interviewer.followUp(for: .data, missed: [item("data-a", 2), item("data-b", 1)])?.question == "Q2")
        #expect(interviewer.followUp(for: .data, missed: [item("data-b", 1)])?.question == "Q1")
        // Nothing missed that a probe targets: the first probe, to push a strong answer further.
        #expect(interviewer.followUp(for: .data, missed: [])?.question == "Q1")
        #expect(interviewer.followUp(for: .data, missed: [item("other", 5)])?.question == "Q1")
    }

    @Test func noFollowUpWhenThePhaseHasNone() {
        let interviewer = Interviewer(prompt: InterviewFixtures.prompt(followUps: false), lexicon: InterviewFixtures.lexicon)
        #expect(interviewer.followUp(for: .clarify, missed: []) == nil)
    }

    @Test func hintsAreTheGuidingQuestionsInOrder() {
        #expect(interviewer.hint(for: .model, number: 0) == "First question about model?")
        #expect(interviewer.hint(for: .model, number: 1) == "Second question about model?")
        #expect(interviewer.hint(for: .model, number: 2) == nil)
    }

    @Test func builtInFactsAnswerTypicalClarifyingQuestions() throws {
        let library = PromptLibrary(folders: [])
        let loaded = try #require(library.prompt(id: "video-recommendation"), "the built-in video-recommendation prompt")
        let interviewer = Interviewer(prompt: loaded.prompt, lexicon: library.lexicon)
        #expect(interviewer.answer("How many daily active users are there?").factID == "scale")
        #expect(interviewer.answer("What is the latency requirement?").factID == "latency")
        #expect(interviewer.answer("What does the business want to optimize for?").factID == "objective")
        #expect(interviewer.answer("Do we have a budget for the office party?").factID == nil)
        // Every fact can be reached by a question built from one of its own phrases.
        for fact in loaded.prompt.facts {
            let phrases = fact.signals.compactMap { if case .phrase(let p) = $0 { p } else { nil } }
            guard let phrase = phrases.max(by: { $0.count < $1.count }) else { continue }
            #expect(interviewer.answer("Tell me about \(phrase)?").factID == fact.id, "fact \(fact.id) via '\(phrase)'")
        }
    }

    /// The case studies added with issue 13 answer the questions a candidate asks first, stay silent
    /// on unrelated ones, and every fact is reachable, so /ask works for them as for the older ones.
    @Test(arguments: [
        ("street-view-blurring", "How many panoramas do we process?", "scale"),
        ("street-view-blurring", "What is the latency requirement?", "turnaround"),
        ("street-view-blurring", "What recall does legal need?", "targets"),
        ("street-view-blurring", "How small are the faces?", "object-sizes"),
        ("video-search", "How many videos are there?", "scale"),
        ("video-search", "What is the latency requirement?", "latency"),
        ("video-search", "Which languages do queries come in?", "languages"),
        ("video-search", "Do we have transcripts?", "transcripts"),
        ("similar-listings", "How many listings are there?", "scale"),
        ("similar-listings", "What is the latency budget?", "latency"),
        ("similar-listings", "What about availability for the dates?", "availability"),
        ("similar-listings", "What is in the session logs?", "sessions"),
    ])
    func newCaseStudiesAnswerTypicalQuestions(id: String, question: String, factID: String) throws {
        let library = PromptLibrary(folders: [])
        let loaded = try #require(library.prompt(id: id), "the built-in \(id) prompt")
        let interviewer = Interviewer(prompt: loaded.prompt, lexicon: library.lexicon)
        #expect(interviewer.answer(question).factID == factID)
        #expect(interviewer.answer("What does the business want to optimize for?").factID == "objective")
        #expect(interviewer.answer("Do we have a budget for the office party?").factID == nil)
        for fact in loaded.prompt.facts {
            let phrases = fact.signals.compactMap { if case .phrase(let p) = $0 { p } else { nil } }
            guard let phrase = phrases.max(by: { $0.count < $1.count }) else { continue }
            #expect(interviewer.answer("Tell me about \(phrase)?").factID == fact.id, "\(id) fact \(fact.id) via '\(phrase)'")
        }
    }
}

@Suite struct InterviewerCommandTests {
    @Test(arguments: [
        ("/next", InterviewCommand.next), ("  /next  ", .next), ("/n", .next), ("/NEXT", .next),
        ("/ask How many users?", .ask("How many users?")), ("/ask", .ask("")),
        ("/hint", .hint), ("/time", .time), ("/edit", .edit), ("/skip", .skip), ("/back", .back),
        ("/quit", .quit), ("/q", .quit), ("/help", .help),
    ])
    func commandsAreRecognized(line: String, command: InterviewCommand) {
        #expect(InterviewCommand.parse(line) == command)
    }

    @Test(arguments: ["plain text", "/api/v1/feed is the endpoint", "/24h window", "", "/", " / next", "a /next"])
    func otherLinesAreAnswerText(line: String) {
        #expect(InterviewCommand.parse(line) == nil)
    }

    @Test func unknownCommandsSuggestTheClosest() {
        #expect(InterviewCommand.parse("/nxet") == .unknown("/nxet", suggestion: "/next"))
        #expect(InterviewCommand.parse("/xyzzy") == .unknown("/xyzzy", suggestion: nil))
    }
}
