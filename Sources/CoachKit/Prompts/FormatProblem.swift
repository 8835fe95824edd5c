/// A problem a model type's decoder finds and can already say as a sentence (an unknown phase key,
/// say). Thrown as the underlying error of a `DecodingError`, so `PromptDecoder` can give the sentence
/// its file position instead of rephrasing Foundation's generic description.
struct FormatProblem: Error, Sendable {
    var problem: String
    var fix: String

    /// "deployment" is not a phase → a sentence with the phases and the closest one.
    static func unknownPhase(_ key: String) -> FormatProblem {
        let names = Phase.allCases.map(\.rawValue)
        // "deployment" is too far from "deploy" for an edit distance, but starts with it.
        let lowered = key.lowercased()
        let closest = Suggestion.closest(to: lowered, in: names) ?? names.first { lowered.hasPrefix($0) || (lowered.count >= 3 && $0.hasPrefix(lowered)) }
        let guess = closest.map { Suggestion.question(naming: $0, shown: Suggestion.doubleQuoted) + " " } ?? ""
        return FormatProblem(
            problem: "\"\(key)\" is not a phase; the phases are " + names.joined(separator: ", "),
            fix: guess + "Rename the key to one of them.")
    }
}
