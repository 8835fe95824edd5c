/// Reads the machine-learning terms of notes written in Korean or Chinese as their English words, so
/// the rubric's English signals can match them: "冷启动" reads "cold start", "사용자가" (user + a
/// particle) reads "user". Candidates often take notes in their own language with English terms mixed
/// in; without this, everything but the English terms earned nothing.
///
/// Only the glossary's terms are read, by longest match inside each word of another script; what is
/// left stays a foreign word (grammar, particles, words the glossary lacks). Each English word quotes
/// the characters it came from, so evidence shows what the candidate wrote.
struct ForeignTermReader: Sendable {
    let glossary: [String: String]
    /// The longest term, in Characters: how far a match is tried.
    let longestTerm: Int

    /// The reader over the built-in glossary, built once, on first use: English-only text never
    /// builds it (see ``readingForeignTerms(_:in:)``), which keeps start-up fast.
    static let standard = ForeignTermReader()

    /// `tokens` read with the built-in glossary when any of them is in another script; otherwise the
    /// same tokens, without touching the glossary.
    static func readingForeignTerms(_ tokens: [Token], in characters: [Character]) -> [Token] {
        tokens.contains(where: \.isForeignScript) ? standard.read(tokens, in: characters) : tokens
    }

    init(glossary: [String: String] = ForeignGlossary.terms) {
        self.glossary = glossary
        longestTerm = glossary.keys.map(\.count).max() ?? 0
    }

    /// `tokens` with each foreign-script word's glossary terms replaced by English word tokens.
    func read(_ tokens: [Token], in characters: [Character]) -> [Token] {
        guard tokens.contains(where: \.isForeignScript) else { return tokens }
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        for token in tokens {
            guard token.isForeignScript, token.end <= characters.count else {
                result.append(token)
                continue
            }
            result.append(contentsOf: read(word: token, in: characters))
        }
        return result
    }

    private func read(word token: Token, in characters: [Character]) -> [Token] {
        let letters = Array(characters[token.start..<token.end])
        var result: [Token] = []
        var position = 0
        var unmatchedStart = 0
        func flushUnmatched(upTo end: Int) {
            guard end > unmatchedStart else { return }
            let text = String(letters[unmatchedStart..<end]).lowercased()
            result.append(Token(text: text, kind: .word, start: token.start + unmatchedStart, length: end - unmatchedStart))
        }
        while position < letters.count {
            var length = min(longestTerm, letters.count - position)
            var english: String?
            while length >= 1 {
                if let found = glossary[String(letters[position..<position + length])] {
                    english = found
                    break
                }
                length -= 1
            }
            guard let english else {
                position += 1
                continue
            }
            flushUnmatched(upTo: position)
            for word in Tokenizer().tokens(in: english) where word.isTerm {
                result.append(Token(text: word.text, kind: word.kind, value: word.value, start: token.start + position, length: length))
            }
            position += length
            unmatchedStart = position
        }
        if result.isEmpty { return [token] }
        flushUnmatched(upTo: letters.count)
        return result
    }
}
