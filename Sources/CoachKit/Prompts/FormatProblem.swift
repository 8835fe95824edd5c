/// A problem a model type's decoder finds and can already say as a sentence (an unknown phase key,
/// say). Thrown as the underlying error of a `DecodingError`, so `PromptDecoder` can give the sentence
/// its file position instead of rephrasing Foundation's generic description.
struct FormatProblem: Error, Sendable {
    var problem: String
    var fix: String

    /// "deployment" is not a phase → a sentence with the phases and the closest one.
    static func unknownPhase(_ key: String) -> FormatProblem {
        let names = Phase.allCases.map(\.rawValue)
        let guess = Suggestion.closest(to: key, in: names).map { "Did you mean \"\($0)\"? " } ?? ""
        return FormatProblem(
            problem: "\"\(key)\" is not a phase; the phases are " + names.joined(separator: ", "),
            fix: guess + "Rename the key to one of them.")
    }
}
