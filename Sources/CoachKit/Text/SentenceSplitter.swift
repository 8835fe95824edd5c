/// Splits an answer into sentences, keeping each one's Character offsets so evidence can point at
/// exactly what the candidate wrote. Every line is its own sentence (answers are often bullet
/// lists or terse notes); within a line, a sentence ends at ".", "!", "?" or "…" followed by a
/// space, except after abbreviations such as "e.g." and "i.e." or inside numbers ("1.5").
/// Bullet markers ("-", "*", "•", "1.", "2)", "a)") are not part of the sentence.
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ text: String) -> [Sentence] {
        split(characters: Array(text))
    }

    public func split(characters: [Character]) -> [Sentence] {
        var sentences: [Sentence] = []
        var lineStart = 0
        var index = 0
        while index <= characters.count {
            if index == characters.count || characters[index].isNewline {
                splitLine(characters, lineStart..<index, into: &sentences)
                lineStart = index + 1
            }
            index += 1
        }
        return sentences
    }

    private func splitLine(_ characters: [Character], _ line: Range<Int>, into sentences: inout [Sentence]) {
        var start = skipBullet(characters, line)
        let sentencesBefore = sentences.count
        var index = start
        while index < line.upperBound {
            let c = characters[index]
            if c == "." || c == "!" || c == "?" || c == "\u{2026}" {
                var end = index + 1
                while end < line.upperBound, ".!?\u{2026}".contains(characters[end]) { end += 1 }
                // Closing quotes or brackets belong to the sentence they close.
                while end < line.upperBound, "\"')]\u{201D}\u{2019}".contains(characters[end]) { end += 1 }
                if end == line.upperBound || characters[end].isWhitespace,
                   !(c == "." && end == index + 1 && isAbbreviation(characters, before: index, next: end, line: line)) {
                    append(characters, start..<end, isLine: false, into: &sentences)
                    start = end
                }
                index = end
            } else {
                index += 1
            }
        }
        append(characters, start..<line.upperBound, isLine: false, into: &sentences)
        if sentences.count == sentencesBefore + 1 { sentences[sentencesBefore].isLine = true }
    }

    /// Trims whitespace and appends the sentence unless nothing but punctuation is left.
    private func append(_ characters: [Character], _ range: Range<Int>, isLine: Bool, into sentences: inout [Sentence]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, characters[lower].isWhitespace { lower += 1 }
        while upper > lower, characters[upper - 1].isWhitespace { upper -= 1 }
        guard characters[lower..<upper].contains(where: { $0.isLetter || $0.isNumber }) else { return }
        sentences.append(Sentence(text: String(characters[lower..<upper]), start: lower, length: upper - lower, isLine: isLine))
    }

    /// The start of a line's content after leading whitespace and a bullet or list number.
    private func skipBullet(_ characters: [Character], _ line: Range<Int>) -> Int {
        var i = line.lowerBound
        while i < line.upperBound, characters[i].isWhitespace { i += 1 }
        func spaceAfter(_ j: Int) -> Bool { j < line.upperBound && characters[j].isWhitespace }
        guard i < line.upperBound else { return i }
        let c = characters[i]
        if "-*+\u{2022}\u{00B7}\u{2013}\u{2014}>\u{25AA}\u{25E6}\u{2023}".contains(c), spaceAfter(i + 1) { return i + 2 }
        // "1.", "12)", "(3)", "a)", "b." followed by a space.
        var j = i
        if characters[j] == "(" { j += 1 }
        let markerStart = j
        while j < line.upperBound, characters[j].isASCII, characters[j].isNumber { j += 1 }
        if j == markerStart, j < line.upperBound, characters[j].isASCII, characters[j].isLetter,
           j + 1 < line.upperBound, characters[j + 1] == ")" {
            j += 1
        }
        if j > markerStart, j < line.upperBound, characters[j] == "." || characters[j] == ")", spaceAfter(j + 1) {
            return j + 2
        }
        return i
    }

    /// True when the period at `index` closes an abbreviation rather than a sentence.
    private func isAbbreviation(_ characters: [Character], before index: Int, next: Int, line: Range<Int>) -> Bool {
        var wordStart = index
        while wordStart > line.lowerBound, characters[wordStart - 1].isLetter || characters[wordStart - 1] == "." {
            wordStart -= 1
        }
        let word = String(characters[wordStart..<index].filter { $0 != "." }).lowercased()
        if Self.neverEndSentence.contains(word) { return true }
        if Self.endOnlyBeforeCapital.contains(word) {
            var j = next
            while j < line.upperBound, characters[j].isWhitespace { j += 1 }
            return j < line.upperBound && !characters[j].isUppercase
        }
        return false
    }

    private static let neverEndSentence: Set<String> = [
        "eg", "ie", "vs", "cf", "approx", "incl", "esp", "resp", "viz", "dr", "mr", "mrs", "prof", "fig", "eq", "al",
    ]
    private static let endOnlyBeforeCapital: Set<String> = ["etc", "avg", "est", "max", "min", "no"]
}
