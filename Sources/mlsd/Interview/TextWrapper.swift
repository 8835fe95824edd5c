import TerminalKit

/// Word-wraps printed text to the terminal width, so the interviewer's sentences never break
/// mid-word. Styled text is measured without its escape sequences; a line that starts with spaces
/// keeps that indent on its continuation rows.
struct TextWrapper {
    let width: Int

    func wrap(_ text: String) -> String {
        guard width >= 20 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { wrapLine(String($0)) }.joined(separator: "\n")
    }

    private func wrapLine(_ line: String) -> String {
        guard Self.visibleWidth(line) > width else { return line }
        let indent = String(line.prefix { $0 == " " })
        var rows: [String] = []
        var row = indent
        var rowWidth = indent.count
        var rowHasWord = false
        for word in line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false) {
            let wordWidth = Self.visibleWidth(word)
            if rowHasWord, rowWidth + 1 + wordWidth > width {
                rows.append(row)
                (row, rowWidth, rowHasWord) = (indent, indent.count, false)
            }
            if rowHasWord {
                row += " "
                rowWidth += 1
            }
            row += word
            rowWidth += wordWidth
            rowHasWord = true
        }
        rows.append(row)
        return rows.joined(separator: "\n")
    }

    /// Columns on screen, skipping `ESC [ … letter` sequences and the bell.
    static func visibleWidth<S: StringProtocol>(_ text: S) -> Int {
        var width = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character.isLetter { inEscape = false }
                continue
            }
            if character == "\u{1B}" {
                inEscape = true
                continue
            }
            width += DisplayWidth.of(character)
        }
        return width
    }
}
