import TerminalKit

/// Word-wraps text to a width in terminal columns and lays two texts out side by side, for
/// `mlsd review --compare`.
struct ColumnText {
    let width: Int

    /// The lines of `text` wrapped at `width` columns; paragraphs (newlines) are kept, and a word
    /// longer than the width is cut.
    func wrap(_ text: String) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        for paragraph in text.components(separatedBy: "\n") {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if used > 0, used + 1 + wordWidth > width {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                if wordWidth > width {
                    if used > 0 {
                        lines.append(line)
                        line = ""
                        used = 0
                    }
                    while DisplayWidth.of(word) > width {
                        let head = DisplayWidth.truncate(word, toWidth: width, ellipsis: "")
                        if head.isEmpty { break }
                        lines.append(head)
                        word = String(word.dropFirst(head.count))
                    }
                    wordWidth = DisplayWidth.of(word)
                }
                if used > 0 {
                    line += " "
                    used += 1
                }
                line += word
                used += wordWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// Two texts in columns of `width` separated by " │ ".
    func sideBySide(_ left: String, _ right: String) -> [String] {
        let a = wrap(left), b = wrap(right)
        return (0..<max(a.count, b.count)).map { index in
            let l = index < a.count ? a[index] : ""
            let r = index < b.count ? b[index] : ""
            return DisplayWidth.pad(l, toWidth: width) + " │ " + r
        }
    }
}
