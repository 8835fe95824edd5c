/// Turns a phase answer into `AnalyzedSentence`s: splits sentences, tokenises, stems and resolves
/// every word against the vocabulary once (with a per-answer cache, since answers repeat words),
/// and marks clauses, negation, quantities, lists and restatements.
struct AnswerAnalyzer: Sendable {
    let model: ScoringModel

    /// `phase` is the phase the text answers; nil for text that answers none (an /ask question).
    /// Analyses at most ``InputLimits/maximumScoredCharacters`` of `text` (see ``scoredPart(of:)``).
    func analyze(_ text: String, phase: Phase? = nil) -> [AnalyzedSentence] {
        let characters = Array(Self.scoredPart(of: text))
        let tokenizer = Tokenizer()
        var cache: [String: Vocabulary.Resolution] = [:]
        var sentences = SentenceSplitter().split(characters: characters).map { sentence in
            let tokens = ForeignTermReader.readingForeignTerms(tokenizer.tokens(in: characters, range: sentence.start..<sentence.end), in: characters)
            var analyzed = analyze(sentence, tokens: tokens, phase: phase, cache: &cache)
            markHeading(&analyzed, in: characters)
            return analyzed
        }
        for (s, ancestors) in NoteOutline.ancestors(of: sentences, in: characters).enumerated() { sentences[s].ancestors = ancestors }
        return sentences
    }

    /// Marks headings and labels: a line ending in a colon, a Markdown heading, a table's header row
    /// (followed by a `|---|` line). A table row is a statement, its cells separate phrases, and it is
    /// never a bare list of terms.
    private func markHeading(_ analyzed: inout AnalyzedSentence, in characters: [Character]) {
        guard analyzed.sentence.isLine else { return }
        let text = analyzed.sentence.text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("|") {
            analyzed.isListLike = false
            analyzed.isBareTerm = false
            if Self.nextLineIsTableRule(after: analyzed.sentence.end, in: characters) {
                analyzed.isHeading = true
                analyzed.isLabel = true
            }
        } else if text.hasPrefix("#") || text.hasSuffix(":") {
            analyzed.isHeading = true
            analyzed.isLabel = true
        }
    }

    /// Whether the line after the one ending at `end` is a Markdown table rule ("|---|:--:|").
    static func nextLineIsTableRule(after end: Int, in characters: [Character]) -> Bool {
        var i = end
        while i < characters.count, characters[i] != "\n" { i += 1 }
        i += 1
        var sawDash = false
        while i < characters.count, characters[i] != "\n" {
            switch characters[i] {
            case "-": sawDash = true
            case "|", ":", " ", "\t", "\r": break
            default: return false
            }
            i += 1
        }
        return sawDash
    }

    private func analyze(_ sentence: Sentence, tokens: [Token], phase: Phase?, cache: inout [String: Vocabulary.Resolution]) -> AnalyzedSentence {
        let structure = Self.clauses(of: tokens)
        let terms = structure.terms
        let lexical = resolve(terms, cache: &cache)
        let words = terms.map(\.text)
        let negation = NegationDetector().analyze(words: words, stems: lexical.stems, clauses: structure.clauses, punctuationBefore: structure.punctuationBefore)
        let quantities = QuantityDetector().quantities(
            in: words, isNumber: terms.map { $0.kind == .number }, values: terms.map(\.value))
        let isListLike = KeywordSaladDetector().isListLike(tokens: tokens, quantities: quantities)
        let isBareTerm = !isListLike && KeywordSaladDetector().isBareTerm(tokens: tokens, quantities: quantities)
        let isQuestion = sentence.text.last == "?" || sentence.text.hasSuffix("?)")
        let detector = RestatementDetector()
        let contentStems = lexical.contentStems
        let overlap = detector.overlap(contentStems: contentStems, statementStems: model.statementStems)
        let isRestatement = detector.isRestatement(overlap: overlap, contentWords: contentStems.count, isQuestion: isQuestion)
        let isEcho = detector.isEcho(contentStems: contentStems, isQuestion: isQuestion, phase: phase, sources: model.echoSources, postings: model.echoPostings)
        return AnalyzedSentence(
            sentence: sentence, terms: terms, ids: lexical.ids, isTypo: lexical.isTypo, stems: lexical.stems, clauses: structure.clauses,
            segments: structure.segments, negation: negation, quantities: quantities, positions: lexical.positions,
            isListLike: isListLike, isBareTerm: isBareTerm,
            isShortLine: sentence.isLine && terms.count <= KeywordSaladDetector.bareTermWords && !quantities.contains { $0.kind != nil }
                && !terms.contains(where: \.isForeignScript),
            isRestatement: isRestatement, isEcho: isEcho, statementOverlap: overlap, isQuestion: isQuestion,
            contentCount: contentStems.count)
    }

    /// A sentence's terms (its tokens without punctuation), each with its clause and segment number and
    /// the punctuation just before it. Negation does not cross a clause; a phrase does not cross a segment.
    struct Structure {
        var terms: [Token] = []
        var clauses: [Int] = []
        var segments: [Int] = []
        var punctuationBefore: [String?] = []
    }

    static func clauses(of tokens: [Token]) -> Structure {
        var result = Structure()
        var clause = 0
        var segment = 0
        var pendingClause = false
        var pendingSegment = false
        var pendingPunctuation: String?
        for token in tokens {
            if token.kind == .punctuation {
                if segmentPunctuation.contains(token.text) { pendingSegment = true }
                if clausePunctuation.contains(token.text) { pendingClause = true }
                pendingPunctuation = token.text
                continue
            }
            result.punctuationBefore.append(pendingPunctuation)
            pendingPunctuation = nil
            if pendingClause, !result.terms.isEmpty { clause += 1 }
            if pendingSegment, !result.terms.isEmpty { segment += 1 }
            pendingClause = false
            pendingSegment = false
            if token.kind == .word, !result.terms.isEmpty {
                if segmentWords.contains(token.text) {
                    segment += 1
                    clause += 1
                } else if clauseWords.contains(token.text) {
                    clause += 1
                } else if subjectPronouns.contains(token.text), result.terms.last?.text == "and" {
                    // "… and we monitor drift": a new clause starting at the "and".
                    clause += 1
                    result.clauses[result.clauses.count - 1] = clause
                } else if speakerPronouns.contains(token.text), let previous = result.terms.last,
                          previous.kind != .word || !FunctionWords.contains(previous.text) {
                    // Unpunctuated run-on text: "we dont need an ab test we will monitor latency".
                    clause += 1
                }
            }
            result.terms.append(token)
            result.clauses.append(clause)
            result.segments.append(segment)
        }
        return result
    }

    /// Each term resolved against the prompt's vocabulary (exactly or through a typo), with its stem;
    /// `cache` keeps resolutions across the sentences of an answer.
    struct Lexical {
        var ids: [Int] = []
        var isTypo: [Bool] = []
        var stems: [String] = []
        var positions: [Int: [Int]] = [:]
        /// Stems of the content words (not function words) and numbers, in order.
        var contentStems: [String] = []
    }

    private func resolve(_ terms: [Token], cache: inout [String: Vocabulary.Resolution]) -> Lexical {
        var result = Lexical()
        result.ids.reserveCapacity(terms.count)
        for (index, token) in terms.enumerated() {
            let resolution: Vocabulary.Resolution
            if let cached = cache[token.text] {
                resolution = cached
            } else {
                resolution = model.vocabulary.resolve(token, stemmer: model.stemmer)
                cache[token.text] = resolution
            }
            result.ids.append(resolution.id)
            result.isTypo.append(resolution.isTypo)
            result.stems.append(resolution.stem)
            if resolution.id >= 0 { result.positions[resolution.id, default: []].append(index) }
            if token.kind == .number || (token.kind == .word && !FunctionWords.contains(token.text)) {
                result.contentStems.append(resolution.stem)
            }
        }
        return result
    }

    /// The part of `text` that is scored: all of it up to the limit, else its first
    /// ``InputLimits/maximumScoredCharacters`` Characters, cut after the last line break in their second
    /// half when there is one. The cost of scoring grows with the text (every sentence is analysed and
    /// kept for evidence), so a pasted book or a hostile file must not cost unbounded time and memory;
    /// a prefix keeps the evidence offsets valid for the whole text.
    static func scoredPart(of text: String) -> Substring {
        let limit = InputLimits.maximumScoredCharacters
        // utf8.count is O(1) for native strings: the common, short case costs nothing.
        guard text.utf8.count > limit, let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex),
              end != text.endIndex
        else { return text[...] }
        let half = text.index(text.startIndex, offsetBy: limit / 2)
        if let lineBreak = text[half..<end].lastIndex(where: \.isNewline) { return text[..<lineBreak] }
        return text[..<end]
    }

    /// Punctuation that ends a phrase's reach (and a clause).
    private static let segmentPunctuation: Set<String> = ["|", ";", ":", "(", ")", "[", "]", "{", "}", "\u{2014}", ".", "!", "?", "..."]
    /// Punctuation that ends a clause, i.e. a negation's reach ("watch time, not clicks: a
    /// click-trained model …" — the colon ends the "not").
    private static let clausePunctuation: Set<String> = ["|", ",", ";", ":", "(", ")", "[", "]", "{", "}", "\u{2014}", ".", "!", "?", "...", "-"]
    /// Words that start a new segment and clause: contrast and exception.
    private static let segmentWords: Set<String> = ["but", "although", "though", "however", "whereas", "except", "unless", "whilst"]
    /// Words that start a new clause.
    private static let clauseWords: Set<String> = ["because", "since", "so", "while", "yet", "otherwise", "then", "which", "where"]
    private static let subjectPronouns: Set<String> = ["we", "i", "they", "you", "it", "he", "she", "this", "that"]
    /// The speaker starting a new statement.
    private static let speakerPronouns: Set<String> = ["we", "i", "we'll", "we'd", "we're", "we've", "i'll", "i'd", "i'm", "i've"]
}
