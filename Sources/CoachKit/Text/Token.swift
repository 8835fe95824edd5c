/// One unit of an answer after normalisation: a word ("click", "ab", "p99", "don't"), a number
/// ("200", "1.5"), a symbol that carries meaning ("$", "%", "<") or punctuation ("," ";" "(").
///
/// `text` is the normalised form (case-folded, diacritics removed, unit suffixes split off:
/// "200ms" → "200" + "ms", "1.5B" → "1.5" + "billion"); `start` and `length` locate the token in
/// the original text in Characters, so evidence can quote exactly what the candidate typed.
public struct Token: Sendable, Equatable, Hashable {
    public enum Kind: Sendable, Equatable, Hashable {
        case word
        case number
        case symbol
        case punctuation
    }

    public var text: String
    public var kind: Kind
    /// The numeric value of a `.number` token ("1,000" → 1000, "1.5" → 1.5).
    public var value: Double?
    /// Character offset in the text that was tokenised.
    public var start: Int
    /// Length in Characters of the original spelling.
    public var length: Int

    public init(text: String, kind: Kind, value: Double? = nil, start: Int, length: Int) {
        self.text = text
        self.kind = kind
        self.value = value
        self.start = start
        self.length = length
    }

    public var end: Int { start + length }

    /// Words and numbers: what phrases match and what gaps are counted in.
    public var isTerm: Bool { kind == .word || kind == .number }

    /// A word in a script other than Latin (Korean, Chinese, Cyrillic, …). The scorer reads English;
    /// such words carry a note's grammar and meaning it cannot match, so they are never counted as
    /// the bare terms of a keyword list (notes in another language are statements, not salad).
    public var isForeignScript: Bool {
        kind == .word && text.unicodeScalars.contains { !$0.isASCII && $0.properties.isAlphabetic }
    }
}
