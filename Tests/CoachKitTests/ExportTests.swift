import Foundation
import Testing
@testable import CoachKit

@Suite("Session transcript and exports")
struct ExportTests {
    let f = ProgressFixtures.self

    var session: Session { f.session(coverage: [.clarify: ["a", "b"], .frame: ["a"], .data: ["b"]], redFlag: .model) }

    @Test func evidenceIsHighlightedInTheAnswerAndTheFollowUpReply() throws {
        let transcript = SessionTranscript(session: session, prompt: f.prompt())
        let clarify = transcript.phases[0]
        #expect(clarify.answerText == "We start the clarify phase. I would say alpha clarify first.")
        #expect(clarify.answer.map(\.text) == ["We start the clarify phase. I would say ", "alpha clarify", " first."])
        #expect(clarify.answer[1].items == [1] && !clarify.answer[1].redFlag)
        #expect(clarify.items.map(\.label) == [1, 2])
        // Item b was earned in the follow-up reply: its offset lies past the answer and the newline.
        let reply = try #require(clarify.followUp)
        #expect(reply.replyText == "Also beta clarify matters.")
        #expect(reply.reply.map(\.text) == ["Also ", "beta clarify", " matters."])
        #expect(reply.reply[1].items == [2])
        // Red-flag text is marked as such.
        let model = transcript.phases[3]
        #expect(model.answer.contains { $0.redFlag && $0.text == "gamma model" && $0.items.isEmpty })
        // Only an answer earned from the reply alone: the answer has no highlight at all.
        #expect(transcript.phases[2].answer.allSatisfy { !$0.isHighlighted })
        #expect(transcript.phases[2].followUp?.reply.contains { $0.items == [1] } == true)
    }

    @Test func questionsAskedInClarifyStayOutOfTheAnswerAndTheReply() throws {
        var withReply = session
        withReply.phases[0].asked = [AskedQuestion(question: "how many users", reply: "Two billion users.", factIDs: [])]
        let clarify = SessionTranscript(session: withReply, prompt: nil).phases[0]
        #expect(clarify.answerText == "We start the clarify phase. I would say alpha clarify first.")
        #expect(clarify.followUp?.replyText == "Also beta clarify matters.")
        // Without a follow-up reply, the asked question is not part of the answer either.
        var noReply = withReply
        noReply.phases[0].followUp?.reply = ""
        #expect(SessionTranscript(session: noReply, prompt: nil).phases[0].answerText == clarify.answerText)
        // Nor is it when only questions were asked.
        var onlyAsked = noReply
        onlyAsked.phases[0].answer = ""
        let bare = SessionTranscript(session: onlyAsked, prompt: nil).phases[0]
        #expect(bare.answerText.isEmpty && (bare.followUp?.replyText ?? "").isEmpty)
    }

    @Test func referenceNotesAppearOnlyWhereSomethingWasMissed() {
        let transcript = SessionTranscript(session: session, prompt: f.prompt())
        #expect(transcript.phases[0].reference.isEmpty)  // clarify covered both items
        #expect(transcript.phases[1].reference == ["A strong frame answer says alpha and beta."])
        // Without the prompt there is no statement, goal or reference, but everything else is there.
        let bare = SessionTranscript(session: session, prompt: nil)
        #expect(bare.statement == nil && bare.phases.allSatisfy { $0.goal == nil && $0.reference.isEmpty })
        #expect(bare.phases[0].items.count == 2)
    }

    @Test func theInterviewersAnswersHintsAndTimersAreMomentsInOrder() {
        let clarify = SessionTranscript(session: session, prompt: nil).phases[0]
        #expect(clarify.moments.map(\.kind) == [.question, .hint, .followUp])
        #expect(clarify.moments[0].text == "How many users?" && clarify.moments[0].reply == "Two billion users.")
        #expect(clarify.moments[0].offsetSeconds == 30)
    }

    @Test func highlightsMergeWhenTheyOverlapAndFallBackToTheQuotedSentence() {
        let text = HighlightedText("one two three. four five.")
        let merged = text.segments([
            .init(start: 4, length: 3, sentence: "", item: 1),
            .init(start: 4, length: 9, sentence: "", item: 2),
        ])
        #expect(merged.map(\.text) == ["one ", "two three", ". four five."])
        #expect(merged[1].items == [1, 2])
        // Offsets past the end (the answer changed since it was scored): the sentence is found instead.
        let fallback = text.segments([.init(start: 400, length: 3, sentence: "four five.", item: 1)])
        #expect(fallback.map(\.text) == ["one two three. ", "four five."])
        // Neither fits: nothing is highlighted, the text is intact.
        let none = text.segments([.init(start: -1, length: 3, sentence: "six", item: 1)])
        #expect(none.map(\.text).joined() == "one two three. four five." && none.allSatisfy { !$0.isHighlighted })
        #expect(HighlightedText("").segments([.init(start: 0, length: 1, sentence: "x", item: 1)]).isEmpty)
    }

    @Test func markdownHasTheQuestionScoresEvidenceAndEscapesWhatWasTyped() {
        var typed = session
        typed.phases[4].answer = "Use *AUC* and <b>precision</b> | # not a heading"
        let markdown = MarkdownExporter().render(SessionTranscript(session: typed, prompt: f.prompt()))
        #expect(markdown.hasPrefix("# Fixture feed — mock interview\n"))
        #expect(markdown.contains("## The question\n\n> Design a feed for Fixture feed."))
        #expect(markdown.contains("| Clarify | 100 | strong hire | 04:00 of 05:00 | 2/2 | 0 |"))
        #expect(markdown.contains("> We start the clarify phase. I would say **alpha clarify**¹ first."))
        #expect(markdown.contains("- ✅ **[1] A for clarify** — “I would say alpha clarify first.”"))
        #expect(markdown.contains("- ❌ **B for frame**\n  - Hint: Say beta.\n  - Why it matters: Beta matters."))
        #expect(markdown.contains("- ⚑ **−10 Gamma in model**"))
        #expect(markdown.contains("_gamma model_⚑"))
        #expect(markdown.contains("- **You asked (00:30):** How many users?\n  - **Interviewer:** Two billion users."))
        #expect(markdown.contains("### What a strong answer says\n\n- A strong frame answer says alpha and beta."))
        #expect(markdown.contains("> Use \\*AUC\\* and \\<b\\>precision\\</b\\> \\| \\# not a heading"))
        #expect(markdown.contains("| Time | 40:00 of 45:00 |"))
        #expect(markdown.contains("*Time: 12:00 of 10:00 (+02:00 over)*"))
    }

    @Test func htmlIsOneSelfContainedEscapedPageWithInlineCharts() {
        var typed = session
        typed.phases[4].answer = "<script>alert('x')</script> & \"quotes\""
        typed.promptTitle = "Feed <b>"
        let html = HTMLExporter(generator: "mlsd test").render(SessionTranscript(session: typed, prompt: f.prompt()))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</html>\n"))
        // Nothing is fetched: no scripts, links, images or URLs other than the SVG namespace.
        for forbidden in ["<script", "<link", "<img", "src=", "@import", "url("] { #expect(!html.contains(forbidden), "\(forbidden)") }
        let urls = html.components(separatedBy: "http").dropFirst().map { $0.prefix(30) }
        #expect(urls.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg") })
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(html.contains("<h1>Feed &lt;b&gt;</h1>"))
        #expect(html.components(separatedBy: "<svg").count == 3)  // the score chart and the time chart
        #expect(html.contains("@media print"))
        #expect(html.contains("<mark class=\"evidence\" title=\"1: A for clarify\">alpha clarify<sup>1</sup></mark>"))
        #expect(html.contains("<mark class=\"flag\" title=\"red flag\">gamma model<sup>⚑</sup></mark>"))
        #expect(html.contains("What a strong answer says"))
        #expect(html.contains("Exported by mlsd test."))
    }

    @Test func theScoreChartDrawsOneBarPerScoredPhaseAndTheOverall() {
        let svg = ScoreChartSVG.scores(SessionTranscript(session: session, prompt: nil))
        // clarify 100, frame 67, data 33, model 0 − 10 → 0, evaluate 0, deploy 0; overall 33.
        #expect(svg.components(separatedBy: "class=\"bar ").count - 1 == 7)
        #expect(svg.contains("class=\"bar good\"") && svg.contains("class=\"bar fair\"") && svg.contains("class=\"bar poor\""))
        let unscored = SessionTranscript(session: f.session(finished: false), prompt: nil)
        #expect(!ScoreChartSVG.scores(unscored).contains("class=\"bar "))
    }

    @Test func jsonHasTheTranscriptAndTheUnchangedSession() throws {
        let original = session
        let text = try JSONExporter().render(SessionTranscript(session: original, prompt: f.prompt()), session: original)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "mlsd-session-export")
        let transcript = try #require(object["transcript"] as? [String: Any])
        let phases = try #require(transcript["phases"] as? [[String: Any]])
        #expect(phases.map { $0["phase"] as? String } == Phase.allCases.map(\.rawValue))
        #expect(phases[0]["score"] as? Int == 100)
        let sessionData = try JSONSerialization.data(withJSONObject: try #require(object["session"]))
        #expect(try SessionStore.decode(sessionData, file: "export") == original)
    }

    @Test func rescoringReportsGainedLostAddedAndRemovedItemsAndFlags() throws {
        let before = try #require(session.report)
        var after = before
        var clarify = try #require(after.phases[.clarify])
        clarify.items[1].matched = false  // clarify-b lost
        clarify.items.append(ItemResult(id: "clarify-c", description: "C", weight: 1, matched: true, evidence: nil, hint: "", why: ""))
        clarify.score = 80
        after.phases[.clarify] = clarify
        var frame = try #require(after.phases[.frame])
        frame.items[1].matched = true  // frame-b gained
        frame.items.removeFirst()  // frame-a removed from the rubric
        after.phases[.frame] = frame
        var model = try #require(after.phases[.model])
        model.redFlags = []
        after.phases[.model] = model
        after.overall = 40
        let changes = ScoreChanges(before: before, after: after, phases: Phase.allCases)
        #expect(changes.overallDelta == 40 - before.overall)
        #expect(changes.phases[0].lost.map(\.id) == ["clarify-b"] && changes.phases[0].added.map(\.id) == ["clarify-c"])
        #expect(changes.phases[0].delta == -20)
        #expect(changes.phases[1].gained.map(\.id) == ["frame-b"] && changes.phases[1].removed.map(\.id) == ["frame-a"])
        #expect(changes.phases[3].flagsCleared.map(\.id) == ["model-flag"])
        #expect(changes.phases[4].isUnchanged && changes.hasChanges)
        #expect(!ScoreChanges(before: before, after: before, phases: Phase.allCases).hasChanges)
    }
}
