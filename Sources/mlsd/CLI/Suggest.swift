import CoachKit

/// "Did you mean …" for commands and options.
enum Suggest {
    static func closest(_ word: String, _ candidates: [String]) -> String? {
        Suggestion.closest(to: word, in: candidates)
    }
}
