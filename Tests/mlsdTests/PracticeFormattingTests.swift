import CoachKit
import Foundation
import Testing
import TerminalKit
@testable import mlsd

/// The interview's text: wrapping to the terminal, phase headers, notices, the menu, the report.
@Suite struct PracticeFormattingTests {
    let library = PromptLibrary(folders: [])
    var prompt: Prompt { library.prompt(id: "video-recommendation")!.prompt }

    @Test func wrappingBreaksBetweenWordsAndKeepsIndents() {
        let wrapper = TextWrapper(width: 24)
        #expect(wrapper.wrap("the quick brown fox jumps over the lazy dog") == "the quick brown fox\njumps over the lazy dog")
        #expect(wrapper.wrap("    indented text that is long enough to wrap") == "    indented text that\n    is long enough to\n    wrap")
        #expect(wrapper.wrap("short\n\nlines") == "short\n\nlines")
        // A word longer than the line stays whole on its own row.
        #expect(wrapper.wrap("a supercalifragilisticexpialidocious word") == "a\nsupercalifragilisticexpialidocious\nword")
    }

    @Test func wrappingMeasuresWhatIsSeenNotEscapeSequencesOrWideCharacters() {
        let style = Style(isEnabled: true, isTerminal: true)
        let styled = style.cyan("Interviewer:") + " about two billion users"
        #expect(TextWrapper.visibleWidth(styled) == 36)
        #expect(!TextWrapper(width: 40).wrap(styled).contains("\n"))
        #expect(TextWrapper.visibleWidth("日本語 text") == 11)
        #expect(TextWrapper(width: 20).wrap("日本語 日本語 日本語 日本語") == "日本語 日本語 日本語\n日本語")
    }

    @Test func phaseHeadersShowPositionBudgetGoalAndHints() {
        let formatter = NoticeFormatter(prompt: prompt, style: .plain, interactive: true, width: 60)
        let intro = PhaseIntro(phase: .data, goal: "", budgetSeconds: 480, questions: ["Which labels?", "Which features?"])
        let header = formatter.phaseHeader(intro)
        #expect(header.contains("── Phase 3/6 · Data · 08:00 ─"))
        #expect(header.contains("Goal: " + prompt.spec(.data).goal))
        #expect(header.contains("  - Which labels?\n  - Which features?"))
        let back = formatter.phaseHeader(PhaseIntro(phase: .data, goal: "", budgetSeconds: 480, elapsedSeconds: 500, isReturn: true))
        #expect(back.contains("Data · 08:00 · +00:20 over"))
        let drill = formatter.phaseHeader(PhaseIntro(phase: .model, goal: "", budgetSeconds: 180, isDrill: true))
        #expect(drill.contains("── Drill · Model · 03:00"))
    }

    @Test func noticesReadAsSentencesAndPlainStyleHasNoEscapes() {
        let formatter = NoticeFormatter(prompt: prompt, style: .plain, interactive: false)
        let texts = [
            formatter.text(for: .reply(question: "how many users?", Interviewer.Reply(text: "Two billion.", factIDs: ["scale"]))),
            formatter.text(for: .oneMinuteLeft(.clarify)),
            formatter.text(for: .timeUp(.clarify)),
            formatter.text(for: .unknownCommand("/nxt", suggestion: "/next")),
            formatter.text(for: .followUp("Why?")),
            formatter.help(),
        ]
        #expect(texts[0] == "You asked: how many users?\nInterviewer: Two billion.\n")
        #expect(texts[1] == "⏰ One minute left for Clarify.\n")
        #expect(texts[2].hasPrefix("⏰ Time is up for Clarify."))
        #expect(texts[3].contains("Did you mean /next?"))
        #expect(texts[4].contains("Interviewer: Why?") && texts[4].contains("Reply, then /next."))
        #expect(!texts[5].contains("/edit"))  // no editor in line mode
        #expect(texts.allSatisfy { !$0.contains("\u{1B}") && !$0.contains("\u{07}") })
        // On a terminal the warnings ring the bell and are colored.
        let colored = NoticeFormatter(prompt: prompt, style: Style(isEnabled: true, isTerminal: true), interactive: true)
        #expect(colored.text(for: .timeUp(.model)).hasPrefix("\u{07}\u{1B}[31m"))
        #expect(colored.help().contains("/edit"))
    }

    @Test func theMenuAcceptsANumberAnIDOrEnterForTheSuggestion() {
        let prompts = library.prompts
        let suggested = prompts[1].prompt.id
        let menu = PromptMenu(console: Console(write: { _ in }, writeError: { _ in }, isTerminal: false, usesColor: false),
                              prompts: prompts, tallies: [], suggested: suggested)
        #expect(menu.choice(for: "")?.prompt.id == suggested)
        #expect(menu.choice(for: "1")?.prompt.id == prompts[0].prompt.id)
        #expect(menu.choice(for: " \(prompts[2].prompt.id) ")?.prompt.id == prompts[2].prompt.id)
        #expect(menu.choice(for: "0") == nil)
        #expect(menu.choice(for: "\(prompts.count + 1)") == nil)
        #expect(menu.choice(for: "no-such-prompt") == nil)
        let rendered = menu.render(width: 50)
        let rows = rendered.split(separator: "\n").dropFirst()
        // Narrow: each case study takes two rows, the title on the second, whole when it fits.
        #expect(rows.count == 2 * prompts.count)
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 49 })
        #expect(rows.filter { $0.hasPrefix("  * ") }.count == 1)
        #expect(rows.dropFirst(2).first?.hasPrefix("  *  2) ") == true)
        #expect(rows.contains("       " + prompts[0].prompt.title) || prompts[0].prompt.title.count > 42)
        // Wide: one row each, titles whole.
        let wide = menu.render(width: 160).split(separator: "\n").dropFirst()
        #expect(wide.count == prompts.count)
        #expect(wide.allSatisfy { row in prompts.contains { row.hasSuffix($0.prompt.title) } })
    }

    @Test func aFailedEditSaysTheAnswerWasLeftAsItWas() {
        let failed = ExternalEditor.EditError.failed("nano", status: 1)
        #expect(TerminalInterview.editFailure(failed) == "The editor 'nano' exited with status 1; the answer was left as it was.")
        let unwritable = ExternalEditor.EditError.cannotWrite("disk full")
        #expect(TerminalInterview.editFailure(unwritable) == "Cannot write the temporary file for the editor: disk full.")
    }

    @Test func theTimeTableComparesEachPhaseWithItsBudget() {
        var (engine, _) = InterviewEngine.start(
            prompt: prompt, lexicon: library.lexicon, options: SessionOptions(minutes: 45), clock: ManualClock(), id: "t", save: { _ in })
        _ = engine.submit("/hint")
        var session = engine.session
        session.phases[0].elapsedSeconds = 365
        session.phases[1].skipped = true
        let table = InterviewReport(console: Console(write: { _ in }, writeError: { _ in }, isTerminal: false, usesColor: false), prompt: prompt)
            .timeTable(session)
        #expect(table.contains("  Clarify  06:05 of 05:00  +01:05 over  (1 hint)"))
        #expect(table.contains("  Frame    00:00 of 05:00  (skipped)"))
        #expect(table.contains("  Total    06:05 of 45:00"))
    }
}
