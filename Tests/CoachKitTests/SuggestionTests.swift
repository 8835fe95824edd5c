import CoachKit
import Testing

/// The one "did you mean" of every message: the command line's, the interview's and the prompt checks'.
@Suite("Suggestion")
struct SuggestionTests {
    @Test func theHintNamesTheClosestCandidateQuotedAndJoinsAMessage() {
        let commands = ["history", "practice", "stats", "review"]
        #expect(Suggestion.hint(for: "stast", in: commands) == " Did you mean 'stats'?")
        #expect("Unknown command 'pratice'." + Suggestion.hint(for: "pratice", in: commands) == "Unknown command 'pratice'. Did you mean 'practice'?")
        // A prefix is a good guess too.
        #expect(Suggestion.hint(for: "hist", in: commands) == " Did you mean 'history'?")
    }

    @Test func nothingCloseMeansNoHint() {
        #expect(Suggestion.hint(for: "quantum", in: ["bash", "zsh", "fish"]) == "")
        #expect(Suggestion.hint(naming: nil) == "")
    }

    @Test func callersChooseHowTheCandidateIsSpelled() {
        #expect(Suggestion.hint(naming: "/next", shown: { $0 }) == " Did you mean /next?")
        #expect(Suggestion.question(naming: "deploy", shown: { "\"\($0)\"" }) == "Did you mean \"deploy\"?")
        #expect(Suggestion.question(naming: "duration", shown: { "#" + $0 }) == "Did you mean #duration?")
        #expect(Suggestion.quoted("zsh") == "'zsh'")
    }
}
