/// The outline of a notes-style answer: which line each line sits under. People write notes as
/// trees — "- User data" / "    - demographics: age, gender" or "Features:" / "- time since last
/// click" — and a child line means little without its parent. The scorer lets a child line borrow the
/// words of its parent and grandparent to complete a rubric signal (see `SentenceMatcher.best(of:mode:within:)`).
///
/// A line's parent is the nearest line above it that is less indented, or — at the same indentation —
/// the nearest heading ("Features:", "## Data"). A blank line ends a block: a parent above one is
/// taken only when it is a heading. Sentences that do not start their line, and prose, have no parent.
struct NoteOutline {
    /// How many lines above a line its parent may be.
    static let reach = 20
    /// How many ancestors a line reads as its context.
    static let depth = 2

    /// The ancestors of each sentence, nearest first (empty for most prose).
    static func ancestors(of sentences: [AnalyzedSentence], in characters: [Character]) -> [[Int]] {
        let lines = sentences.indices.map { lineStart(of: sentences, $0, in: characters) }
        let parents = sentences.indices.map { parent(of: $0, sentences: sentences, lines: lines, characters: characters) }
        return sentences.indices.map { s in
            var chain: [Int] = []
            var current = parents[s]
            while let p = current, chain.count < depth {
                chain.append(p)
                current = parents[p]
            }
            return chain
        }
    }

    /// Where a sentence's line starts and how far it is indented, when the sentence starts its line.
    private struct Line {
        var start: Int
        var indent: Int
    }

    private static func lineStart(of sentences: [AnalyzedSentence], _ s: Int, in characters: [Character]) -> Line? {
        let start = sentences[s].sentence.start
        var lineStart = start
        while lineStart > 0, !characters[lineStart - 1].isNewline { lineStart -= 1 }
        // A sentence after another on the same line continues that line.
        if s > 0, sentences[s - 1].sentence.end > lineStart { return nil }
        var indent = 0
        var i = lineStart
        while i < start, characters[i] == " " || characters[i] == "\t" {
            indent += characters[i] == "\t" ? 4 : 1
            i += 1
        }
        return Line(start: lineStart, indent: indent)
    }

    private static func parent(of s: Int, sentences: [AnalyzedSentence], lines: [Line?], characters: [Character]) -> Int? {
        guard let line = lines[s] else { return nil }
        var crossedBlank = false
        var below = line.start
        var seen = 0
        var i = s - 1
        while i >= 0, seen < reach {
            guard let candidate = lines[i] else {
                i -= 1
                continue
            }
            seen += 1
            if hasBlankLine(from: candidate.start, to: below, in: characters) { crossedBlank = true }
            below = candidate.start
            let isHeading = sentences[i].isHeading
            if candidate.indent < line.indent {
                return !crossedBlank || isHeading ? i : nil
            }
            if candidate.indent == line.indent, isHeading, !sentences[s].isHeading {
                return i
            }
            if crossedBlank, candidate.indent <= line.indent { return nil }
            i -= 1
        }
        return nil
    }

    /// Whether an empty (or whitespace-only) line lies between two line starts.
    private static func hasBlankLine(from start: Int, to end: Int, in characters: [Character]) -> Bool {
        var sawNewline = false
        var onlySpace = false
        for i in start..<end {
            let c = characters[i]
            if c.isNewline {
                if sawNewline && onlySpace { return true }
                sawNewline = true
                onlySpace = true
            } else if !c.isWhitespace {
                onlySpace = false
            }
        }
        return false
    }
}
