/// Decides how well a short question matches a signal, for the interviewer's `/ask` answers.
///
/// A deliberately small matcher: words are lower-cased and stemmed, a phrase matches when its stems
/// appear in order with at most `maximumGap` other words between them, a concept when any of its
/// lexicon terms does. The result is how many words matched (0 = no match), so a specific phrase
/// ("how many users") beats a vague one ("users"). Questions are a line long, so this is plenty; the
/// scorer's sentence matcher (typo tolerance, negation) is for answers. Kept behind `strength(of:in:)`
/// so it can be swapped for that matcher without touching the interviewer.
public struct QuestionMatcher: Sendable {
    public let lexicon: Lexicon
    /// Other words allowed between two words of a phrase.
    public static let maximumGap = 3

    private let stemmer = EnglishStemmer()

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// The question's words, lower-cased and stemmed.
    public func words(_ text: String) -> [String] {
        Self.tokens(text).map { stemmer.stem($0) }
    }

    /// Letters-and-digits runs, lower-cased ("req/s" → "req", "s"; "p99" stays whole).
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "'" || character == "’" {
                continue  // "what's" → "whats"; apostrophes never separate words of a question
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// How many words of `signal` matched `question` (already passed through ``words(_:)``); 0 when it does not match.
    public func strength(of signal: Signal, in question: [String]) -> Int {
        switch signal {
        case .phrase(let phrase):
            return phraseStrength(words(phrase), in: question)
        case .concept(let id):
            return lexicon.terms(for: id).map { phraseStrength(words($0), in: question) }.max() ?? 0
        case .quantity:
            return question.contains { $0.first?.isNumber == true } ? 1 : 0
        case .all(let inner):
            let strengths = inner.map { strength(of: $0, in: question) }
            return strengths.contains(0) || strengths.isEmpty ? 0 : strengths.reduce(0, +)
        case .any(let inner):
            return inner.map { strength(of: $0, in: question) }.max() ?? 0
        }
    }

    /// The phrase's stems in order within the question, with small gaps allowed; the phrase length or 0.
    func phraseStrength(_ phrase: [String], in question: [String]) -> Int {
        guard let first = phrase.first else { return 0 }
        for start in question.indices where question[start] == first {
            var position = start
            var matched = true
            for word in phrase.dropFirst() {
                let window = (position + 1)..<min(question.count, position + 2 + Self.maximumGap)
                guard let next = window.first(where: { question[$0] == word }) else {
                    matched = false
                    break
                }
                position = next
            }
            if matched { return phrase.count }
        }
        return 0
    }
}
