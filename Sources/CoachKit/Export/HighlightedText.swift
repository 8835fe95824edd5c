/// A piece of an answer: plain, or the words that earned rubric items (their labels) or tripped a
/// red flag. Renderers turn the highlighted pieces into colour, `**bold**` or `<mark>`.
public struct TextSegment: Codable, Sendable, Equatable {
    public var text: String
    /// Labels (1, 2, …) of the covered items this text is evidence for; empty when plain.
    public var items: [Int]
    /// The text tripped a red flag.
    public var redFlag: Bool

    public init(text: String, items: [Int] = [], redFlag: Bool = false) {
        self.text = text
        self.items = items
        self.redFlag = redFlag
    }

    public var isHighlighted: Bool { !items.isEmpty || redFlag }

    /// Item labels as superscript digits ("¹", "²˒³") for plain-text renderings.
    public static func superscript(_ labels: [Int]) -> String {
        let digits = Array("⁰¹²³⁴⁵⁶⁷⁸⁹")
        return labels.map { String(String($0).compactMap { $0.wholeNumberValue.map { digits[$0] } }) }.joined(separator: "˒")
    }
}

/// Splits a text into ``TextSegment``s from evidence spans given in Characters. Overlapping spans merge
/// into one highlight carrying all their labels; a span that does not fit the text (the answer changed
/// since it was scored) falls back to the first occurrence of its quoted sentence, else is dropped.
public struct HighlightedText: Sendable {
    /// What to highlight: a Character range of the text and what it is evidence for.
    public struct Span: Sendable, Equatable {
        public var start: Int
        public var length: Int
        public var sentence: String
        public var item: Int?
        public var redFlag: Bool

        public init(start: Int, length: Int, sentence: String, item: Int? = nil, redFlag: Bool = false) {
            self.start = start
            self.length = length
            self.sentence = sentence
            self.item = item
            self.redFlag = redFlag
        }
    }

    public let text: String

    public init(_ text: String) { self.text = text }

    public func segments(_ spans: [Span]) -> [TextSegment] {
        // Walks the text by String.Index rather than copying it into a [Character] (16 bytes per
        // character: 800 MB for a 50 MB answer); spans are converted to indices in one forward pass.
        guard !text.isEmpty else { return [] }
        let count = text.count
        var placed: [(start: Int, end: Int, items: Set<Int>, redFlag: Bool)] = []
        for span in spans {
            guard let range = locate(span, count: count) else { continue }
            placed.append((range.lowerBound, range.upperBound, span.item.map { [$0] } ?? [], span.redFlag))
        }
        placed.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        var merged: [(start: Int, end: Int, items: Set<Int>, redFlag: Bool)] = []
        for span in placed {
            if let last = merged.last, span.start < last.end {
                merged[merged.count - 1] = (last.start, max(last.end, span.end), last.items.union(span.items), last.redFlag || span.redFlag)
            } else {
                merged.append(span)
            }
        }
        var segments: [TextSegment] = []
        var cursor = 0
        var cursorIndex = text.startIndex
        func index(at offset: Int) -> String.Index {
            // Offsets only grow: each step continues from the last one.
            cursorIndex = text.index(cursorIndex, offsetBy: offset - cursor)
            cursor = offset
            return cursorIndex
        }
        for span in merged {
            let before = cursorIndex
            let start = index(at: span.start)
            if start > before { segments.append(TextSegment(text: String(text[before..<start]))) }
            let end = index(at: span.end)
            segments.append(TextSegment(text: String(text[start..<end]), items: span.items.sorted(), redFlag: span.redFlag))
        }
        if cursorIndex < text.endIndex { segments.append(TextSegment(text: String(text[cursorIndex...]))) }
        return segments
    }

    private func locate(_ span: Span, count: Int) -> Range<Int>? {
        // Compared without adding: offsets come from files and may be near Int.max.
        if span.start >= 0, span.length > 0, span.start <= count, span.length <= count - span.start {
            return span.start..<(span.start + span.length)
        }
        guard !span.sentence.isEmpty, let found = text.range(of: span.sentence) else { return nil }
        let start = text.distance(from: text.startIndex, to: found.lowerBound)
        return start..<(start + span.sentence.count)
    }
}
