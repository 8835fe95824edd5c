/// Every word the prompt's signals and the lexicon can match, interned as small integers so that
/// matching compares integers, plus the typo index used to forgive misspellings of those words.
///
/// Keys are stems for words ("latenc", "calibr"), and the normalised text for numbers and symbols
/// ("10", "%"). Typos are only ever resolved *towards* this vocabulary — an answer word is never
/// compared with other answer words — and only when the word is not itself a known key, so an
/// exact match always wins and unrelated real words are not pulled together.
struct Vocabulary: Sendable {
    private(set) var keys: [String] = []
    private var ids: [String: Int] = [:]
    /// Typo targets bucketed by first letter: the spelled-out forms of vocabulary words.
    private(set) var typoTargets: [UInt8: [TypoTarget]] = [:]
    private var typoTargetSet: Set<TypoTarget> = []
    /// Spellings already offered as typo targets (see `intern`).
    private var typoSpellings: Set<String> = []

    struct TypoTarget: Hashable, Sendable {
        var bytes: [UInt8]
        var id: Int
        /// Stems are compared with the typed word's stem ("recomendations" → "recomend" ≈ "recommend"),
        /// spelled-out forms with the typed word.
        var isStem: Bool
    }

    /// The resolution of one answer token.
    struct Resolution: Sendable, Equatable {
        /// Vocabulary id, or -1 when the token is no vocabulary word.
        var id: Int
        /// True when the id was reached through a typo.
        var isTypo: Bool
        var stem: String

        static let unknown = Resolution(id: -1, isTypo: false, stem: "")
    }

    func id(for key: String) -> Int? { ids[key] }

    /// Interns a token of a phrase or lexicon term and registers its typo forms, unless `exact`:
    /// acronyms ("BERT", "GBDT", "NDCG") are matched as written, so an everyday word a slip away
    /// ("beat", "bet") never reads as one.
    mutating func intern(_ token: Token, stemmer: EnglishStemmer, exact: Bool = false) -> Int {
        intern(token, key: Self.key(for: token, stemmer: stemmer), exact: exact)
    }

    /// `intern` with the token's key already known (``key(for:stemmer:)``), as a compiled phrase has it.
    mutating func intern(_ token: Token, key: String, exact: Bool = false) -> Int {
        let id: Int
        if let existing = ids[key] {
            id = existing
        } else {
            id = keys.count
            keys.append(key)
            ids[key] = id
        }
        // Each spelling is offered as a typo target once, however many phrases use it.
        if !exact, token.kind == .word, Self.isTypoEligible(token.text), !FunctionWords.contains(token.text),
           typoSpellings.insert(token.text).inserted {
            addTypoTarget(TypoTarget(bytes: Array(token.text.utf8), id: id, isStem: false))
            if Self.isTypoEligible(key) { addTypoTarget(TypoTarget(bytes: Array(key.utf8), id: id, isStem: true)) }
        }
        return id
    }

    private mutating func addTypoTarget(_ target: TypoTarget) {
        guard typoTargetSet.insert(target).inserted, let first = target.bytes.first else { return }
        typoTargets[first, default: []].append(target)
    }

    static func key(for token: Token, stemmer: EnglishStemmer) -> String {
        guard token.kind == .word else { return token.text }
        return stemSplits[token.text] ?? stemmer.stem(token.text)
    }

    /// Words the stemmer conflates with a word of another meaning that rubrics use: "position" and
    /// "positive" both stem to "posit", "experiment" and "experience" to "experi", "likely" and
    /// "like" to "like", "relative" and "related" to "relat". They get keys of their own, so
    /// "log the position" is not a positive label and "user experience" is not an experiment.
    private static let stemSplits: [String: String] = [
        "position": "position", "positions": "position", "positional": "position", "positioned": "position",
        "positioning": "position",
        "experiment": "experiment", "experiments": "experiment", "experimental": "experiment",
        "experimentation": "experiment", "experimenting": "experiment", "experimented": "experiment",
        "likely": "likely", "likelier": "likely", "likeliest": "likely",
        "relative": "relativ", "relatively": "relativ",
    ]

    /// Resolves an answer token: its exact vocabulary id, or the id of the one vocabulary word it
    /// is a plausible misspelling of.
    func resolve(_ token: Token, stemmer: EnglishStemmer) -> Resolution {
        let key = Self.key(for: token, stemmer: stemmer)
        if let id = ids[key] { return Resolution(id: id, isTypo: false, stem: key) }
        guard token.kind == .word, Self.isTypoEligible(token.text), !FunctionWords.contains(token.text),
              !CommonWords.neverTypos.contains(token.text) else {
            return Resolution(id: -1, isTypo: false, stem: key)
        }
        if let id = typoMatch(surface: Array(token.text.utf8), stem: Array(key.utf8)) {
            return Resolution(id: id, isTypo: true, stem: key)
        }
        return Resolution(id: -1, isTypo: false, stem: key)
    }

    /// Words of at least four ASCII letters can carry a forgivable typo; shorter words, numbers and
    /// identifiers with digits ("p99") cannot.
    static func isTypoEligible(_ word: String) -> Bool {
        var count = 0
        for byte in word.utf8 {
            guard byte >= 97 && byte <= 122 else { return false }
            count += 1
        }
        return count >= 4
    }

    /// The unique vocabulary id the word is a plausible misspelling of, or nil when none or several are.
    /// Rules, chosen so a typo fix does not turn one real word into another:
    /// - the typed word is compared with the vocabulary's spelled-out words, and its stem with their
    ///   stems of 7+ letters (so an inflected misspelling still matches: "recomendations" ≈ "recommend");
    /// - the first letter must agree (typos rarely hit it, and it halves the false friends);
    /// - only typing slips count (`EditDistance.typoDistance`): a dropped letter, swapped neighbours,
    ///   a doubled letter, one vowel for another — not a replaced consonant;
    /// - words of 4–5 letters allow one dropped letter or one swap ("clik", "modle", "lable"); words
    ///   of 6–7 letters one slip of any kind; words of 8 letters or more two slips.
    private func typoMatch(surface: [UInt8], stem: [UInt8]) -> Int? {
        guard let first = surface.first, let candidates = typoTargets[first] else { return nil }
        var best = Int.max
        var bestIDs: Set<Int> = []
        for target in candidates {
            let typed = target.isStem ? stem : surface
            let shorter = min(typed.count, target.bytes.count)
            // Stems are shorter than words and collide sooner: only long stems are compared.
            guard shorter >= (target.isStem ? 7 : 4) else { continue }
            let limit = shorter >= 8 ? 2 : 1
            guard abs(typed.count - target.bytes.count) <= limit else { continue }
            if shorter < 6 && !(typed.count < target.bytes.count || Self.isSwap(typed, target.bytes)) { continue }
            guard let d = EditDistance().typoDistance(typed, target.bytes, limit: limit), d > 0 else { continue }
            if d < best {
                best = d
                bestIDs = [target.id]
            } else if d == best {
                bestIDs.insert(target.id)
            }
        }
        return bestIDs.count == 1 ? bestIDs.first : nil
    }

    /// Two adjacent letters swapped, nothing else changed.
    private static func isSwap(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        let differences = a.indices.filter { a[$0] != b[$0] }
        return differences.count == 2 && differences[1] == differences[0] + 1
            && a[differences[0]] == b[differences[1]] && a[differences[1]] == b[differences[0]]
    }
}
