/// One sentence of an answer, analysed once and then matched against every signal of the prompt.
/// Arrays are parallel to `terms` (the sentence's words, numbers and symbols, without punctuation).
struct AnalyzedSentence: Sendable {
    var sentence: Sentence
    var terms: [Token]
    /// Vocabulary id per term (-1: not a vocabulary word), reached exactly or through a typo.
    var ids: [Int]
    var isTypo: [Bool]
    var stems: [String]
    /// Clause per term: negation does not cross clause boundaries (commas, "but", "because", …).
    var clauses: [Int]
    /// Segment per term: phrases do not cross segment boundaries (";", ":", brackets, dashes, "but", …).
    var segments: [Int]
    var negation: NegationDetector.Result
    var quantities: [Quantity]
    /// Positions of each vocabulary id, ascending.
    var positions: [Int: [Int]]
    /// A bare list of terms rather than a statement.
    var isListLike: Bool
    /// A single bare term ("Cold start"); several of them make a list.
    var isBareTerm: Bool
    /// A line of at most four words ("- learning to rank"): an item of the list when the answer is a list.
    var isShortLine: Bool
    /// Says nothing the prompt's statement did not already say (judged strictly, sentence by sentence).
    var isRestatement: Bool
    /// Echoes one of the prompt's guiding questions or rubric texts (see `RestatementDetector.isEcho`).
    var isEcho: Bool
    /// Share of the content words that also occur in the prompt's statement.
    var statementOverlap: Double
    var isQuestion: Bool
    /// A line that heads what follows ("Metrics:", "## Model", a table's header row): the context of
    /// the lines under it.
    var isHeading = false
    /// A heading or label with nothing said in it ("Features:", "| Event ID | Location |" over a table):
    /// it names topics without saying anything about them, so it earns nothing.
    var isLabel = false
    /// The lines this line sits under in a notes outline, nearest first (see `NoteOutline`).
    var ancestors: [Int] = []
    /// Number of content words (not function words).
    var contentCount: Int

    /// Words and numbers counted for the keyword-list guard: words in another script are not terms
    /// of a list (see `KeywordSaladDetector.isGrammar`).
    var termCount: Int { terms.reduce(0) { $0 + ($1.isForeignScript ? 0 : 1) } }
}
