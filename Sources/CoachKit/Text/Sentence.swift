/// A sentence of an answer: a line of a list or a sentence of prose, with its place in the text.
public struct Sentence: Sendable, Equatable {
    /// The sentence as typed (bullet markers and surrounding whitespace removed).
    public var text: String
    /// Character offset of the sentence's first Character in the whole text.
    public var start: Int
    /// Length in Characters.
    public var length: Int
    /// True when the sentence is a line of its own (a bullet, a numbered item or a bare line),
    /// as opposed to one of several sentences of a prose paragraph.
    public var isLine: Bool

    public init(text: String, start: Int, length: Int, isLine: Bool) {
        self.text = text
        self.start = start
        self.length = length
        self.isLine = isLine
    }

    public var end: Int { start + length }
}
