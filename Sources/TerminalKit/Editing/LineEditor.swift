/// A multi-line text buffer with a cursor: the editing logic behind the answer box, with no I/O at all.
///
/// Text is kept as an array of lines; the cursor is a line index plus a UTF-8 offset that always sits on a
/// character (grapheme cluster) boundary, so moving and deleting work on whole user-perceived characters
/// (an emoji with skin tone or a family ZWJ sequence is one character).
///
/// Inserting sanitises the text so the buffer is always safe to print to a terminal: CR LF and CR become line
/// breaks, a tab becomes four spaces, and every other control character (ESC included) is dropped. An
/// insertion costs time linear in the inserted text plus the current line, so pasting a thousand lines or
/// ten megabytes is one pass, not one pass per line.
///
/// Enter is the caller's decision: call ``insertNewline()`` to continue the answer, or act on the text. For
/// instance, submitting when the cursor's line holds a command:
///
/// ```swift
/// var editor = LineEditor()
/// for key in decoder.feed(bytes) {
///     if key == .enter {
///         let line = editor.currentLine.trimmingCharacters(in: .whitespaces)
///         if line.hasPrefix("/") {
///             _ = editor.removeCurrentLine()
///             submit(command: line, answer: editor.takeText())
///         } else {
///             editor.insertNewline()
///         }
///     } else if !editor.apply(key, width: renderer.editorWidth) {
///         handleAppKey(key)          // Ctrl-C, Ctrl-D, Ctrl-L, Escape …
///     }
/// }
/// terminal.write(renderer.render(editor: editor, status: status))   // lays out with layout(width:maxRows:)
/// ```
public struct LineEditor: Equatable, Sendable {
    /// Columns a tab is turned into (as spaces; a tab's width would depend on where it lands).
    public static let tabWidth = 4

    /// The text, one element per line, without line-break characters. Never empty.
    public private(set) var lines: [String]
    /// The line the cursor is on.
    public private(set) var cursorLine: Int
    /// The cursor's position in ``currentLine`` as a UTF-8 byte offset (always at a character boundary).
    public private(set) var cursorUTF8Offset: Int
    /// The screen column Up/Down aim for, kept across consecutive vertical moves through shorter rows.
    private var preferredColumn: Int?

    /// An editor holding `text`, with the cursor at its end.
    public init(text: String = "") {
        lines = [""]
        cursorLine = 0
        cursorUTF8Offset = 0
        if !text.isEmpty { insert(text) }
    }

    // MARK: - Reading

    /// All the text, lines joined with "\n".
    public var text: String { lines.joined(separator: "\n") }

    /// True when there is no text at all (not even a line break).
    public var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }

    public var lineCount: Int { lines.count }

    /// The line the cursor is on (e.g. to see whether it is a command such as "/next").
    public var currentLine: String { lines[cursorLine] }

    /// The cursor's position in ``currentLine`` counted in characters.
    public var cursorColumn: Int {
        let line = lines[cursorLine]
        return line.distance(from: line.startIndex, to: index(cursorUTF8Offset, in: line))
    }

    // MARK: - Taking text out

    /// Returns all the text and leaves the editor empty.
    public mutating func takeText() -> String {
        let taken = text
        lines = [""]
        cursorLine = 0
        cursorUTF8Offset = 0
        preferredColumn = nil
        return taken
    }

    /// Removes the cursor's line (its line break too) and returns it; the cursor goes to the end of the line
    /// before, or to the start of the text when it was the first line.
    @discardableResult
    public mutating func removeCurrentLine() -> String {
        preferredColumn = nil
        let removed = lines[cursorLine]
        if lines.count == 1 {
            lines[0] = ""
            cursorUTF8Offset = 0
        } else {
            lines.remove(at: cursorLine)
            if cursorLine > 0 {
                cursorLine -= 1
                cursorUTF8Offset = lines[cursorLine].utf8.count
            } else {
                cursorUTF8Offset = 0
            }
        }
        return removed
    }

    // MARK: - Inserting

    /// Inserts `text` at the cursor and puts the cursor after it. Handles multi-line (pasted) text.
    public mutating func insert(_ text: String) {
        preferredColumn = nil
        let pieces = Self.sanitizedLines(text)
        let line = lines[cursorLine]
        let split = index(cursorUTF8Offset, in: line)
        let before = line[..<split]
        let after = line[split...]
        if pieces.count == 1 {
            var joined = String(before)
            joined += pieces[0]
            let newOffset = joined.utf8.count
            joined += after
            lines[cursorLine] = joined
            cursorUTF8Offset = newOffset
        } else {
            var replacement: [String] = []
            replacement.reserveCapacity(pieces.count)
            replacement.append(String(before) + pieces[0])
            replacement.append(contentsOf: pieces[1..<(pieces.count - 1)])
            let last = pieces[pieces.count - 1]
            replacement.append(last + after)
            lines.replaceSubrange(cursorLine...cursorLine, with: replacement)
            cursorLine += pieces.count - 1
            cursorUTF8Offset = last.utf8.count
        }
        snapCursorToCharacterBoundary()
    }

    /// Breaks the line at the cursor.
    public mutating func insertNewline() {
        insert("\n")
    }

    // MARK: - Deleting

    /// Deletes the character before the cursor, or joins the line with the one above at a line start.
    /// Returns false when there was nothing to delete.
    @discardableResult
    public mutating func deleteBackward() -> Bool {
        preferredColumn = nil
        if cursorUTF8Offset > 0 {
            let line = lines[cursorLine]
            let start = line.index(before: index(cursorUTF8Offset, in: line))
            let startOffset = utf8Offset(of: start, in: line)
            removeUTF8Range(startOffset..<cursorUTF8Offset)
            cursorUTF8Offset = startOffset
            return true
        }
        guard cursorLine > 0 else { return false }
        joinWithNextLine(cursorLine - 1)
        return true
    }

    /// Deletes the character after the cursor, or joins the next line onto this one at a line end.
    @discardableResult
    public mutating func deleteForward() -> Bool {
        preferredColumn = nil
        let line = lines[cursorLine]
        if cursorUTF8Offset < line.utf8.count {
            let end = line.index(after: index(cursorUTF8Offset, in: line))
            removeUTF8Range(cursorUTF8Offset..<utf8Offset(of: end, in: line))
            return true
        }
        guard cursorLine + 1 < lines.count else { return false }
        joinWithNextLine(cursorLine)
        return true
    }

    /// Ctrl-U: deletes from the start of the line to the cursor.
    @discardableResult
    public mutating func deleteToLineStart() -> Bool {
        preferredColumn = nil
        guard cursorUTF8Offset > 0 else { return false }
        removeUTF8Range(0..<cursorUTF8Offset)
        cursorUTF8Offset = 0
        return true
    }

    /// Ctrl-K: deletes from the cursor to the end of the line; at the end of a line, joins the next one.
    @discardableResult
    public mutating func deleteToLineEnd() -> Bool {
        preferredColumn = nil
        let count = lines[cursorLine].utf8.count
        if cursorUTF8Offset < count {
            removeUTF8Range(cursorUTF8Offset..<count)
            return true
        }
        guard cursorLine + 1 < lines.count else { return false }
        joinWithNextLine(cursorLine)
        return true
    }

    /// Ctrl-W: deletes the word before the cursor and the spaces after it (words are separated by
    /// whitespace, as in a shell). At the start of a line it joins the line with the one above.
    @discardableResult
    public mutating func deletePreviousWord() -> Bool {
        guard cursorUTF8Offset > 0 else { return deleteBackward() }
        preferredColumn = nil
        let line = lines[cursorLine]
        let end = index(cursorUTF8Offset, in: line)
        var start = end
        while start > line.startIndex {
            let previous = line.index(before: start)
            guard line[previous].isWhitespace else { break }
            start = previous
        }
        while start > line.startIndex {
            let previous = line.index(before: start)
            guard !line[previous].isWhitespace else { break }
            start = previous
        }
        let startOffset = utf8Offset(of: start, in: line)
        removeUTF8Range(startOffset..<cursorUTF8Offset)
        cursorUTF8Offset = startOffset
        return true
    }

    // MARK: - Moving

    /// One character left, or to the end of the line above from a line start.
    @discardableResult
    public mutating func moveLeft() -> Bool {
        preferredColumn = nil
        if cursorUTF8Offset > 0 {
            let line = lines[cursorLine]
            cursorUTF8Offset = utf8Offset(of: line.index(before: index(cursorUTF8Offset, in: line)), in: line)
            return true
        }
        guard cursorLine > 0 else { return false }
        cursorLine -= 1
        cursorUTF8Offset = lines[cursorLine].utf8.count
        return true
    }

    /// One character right, or to the start of the next line from a line end.
    @discardableResult
    public mutating func moveRight() -> Bool {
        preferredColumn = nil
        let line = lines[cursorLine]
        if cursorUTF8Offset < line.utf8.count {
            cursorUTF8Offset = utf8Offset(of: line.index(after: index(cursorUTF8Offset, in: line)), in: line)
            return true
        }
        guard cursorLine + 1 < lines.count else { return false }
        cursorLine += 1
        cursorUTF8Offset = 0
        return true
    }

    /// Home / Ctrl-A: to the start of the (logical) line.
    public mutating func moveToLineStart() {
        preferredColumn = nil
        cursorUTF8Offset = 0
    }

    /// End / Ctrl-E: to the end of the (logical) line.
    public mutating func moveToLineEnd() {
        preferredColumn = nil
        cursorUTF8Offset = lines[cursorLine].utf8.count
    }

    /// Up one screen row when the text is wrapped at `width` columns, keeping the column as far as the row
    /// allows. Returns false on the first row.
    @discardableResult
    public mutating func moveUp(width: Int) -> Bool {
        let width = max(1, width)
        let (spans, row) = cursorRows(width: width)
        let column = preferredColumn ?? cursorScreenColumn(in: spans[row])
        if row > 0 {
            cursorUTF8Offset = offset(in: lines[cursorLine], spans: spans, row: row - 1, column: column, width: width)
        } else if cursorLine > 0 {
            cursorLine -= 1
            let above = Self.rowSpans(of: lines[cursorLine], width: width)
            cursorUTF8Offset = offset(in: lines[cursorLine], spans: above, row: above.count - 1, column: column, width: width)
        } else {
            return false
        }
        preferredColumn = column
        return true
    }

    /// Down one screen row when the text is wrapped at `width` columns. Returns false on the last row.
    @discardableResult
    public mutating func moveDown(width: Int) -> Bool {
        let width = max(1, width)
        let (spans, row) = cursorRows(width: width)
        let column = preferredColumn ?? cursorScreenColumn(in: spans[row])
        if row + 1 < spans.count {
            cursorUTF8Offset = offset(in: lines[cursorLine], spans: spans, row: row + 1, column: column, width: width)
        } else if cursorLine + 1 < lines.count {
            cursorLine += 1
            let below = Self.rowSpans(of: lines[cursorLine], width: width)
            cursorUTF8Offset = offset(in: lines[cursorLine], spans: below, row: 0, column: column, width: width)
        } else {
            return false
        }
        preferredColumn = column
        return true
    }

    // MARK: - Keys

    /// Applies an editing key; returns false for keys the editor leaves to the caller.
    ///
    /// Handled: characters, paste, Tab (four spaces), Backspace, Delete, arrows, Home/End, Ctrl-A/E (line
    /// start/end), Ctrl-B/F/P/N (left/right/up/down), Ctrl-U, Ctrl-W, Ctrl-K. Not handled (returns false):
    /// Enter, Escape, Ctrl-C, Ctrl-D, Ctrl-L and other control keys, Alt keys, Page Up/Down, Shift-Tab.
    /// `width` is the wrapping width Up/Down move through.
    @discardableResult
    public mutating func apply(_ key: Key, width: Int) -> Bool {
        switch key {
        case .character(let character): insert(String(character))
        case .paste(let text): insert(text)
        case .tab: insert("\t")
        case .backspace: deleteBackward()
        case .delete: deleteForward()
        case .left, .control("b"): moveLeft()
        case .right, .control("f"): moveRight()
        case .up, .control("p"): moveUp(width: width)
        case .down, .control("n"): moveDown(width: width)
        case .home, .control("a"): moveToLineStart()
        case .end, .control("e"): moveToLineEnd()
        case .control("u"): deleteToLineStart()
        case .control("w"): deletePreviousWord()
        case .control("k"): deleteToLineEnd()
        default: return false
        }
        return true
    }

    // MARK: - Layout

    /// The text wrapped at `width` columns with the cursor placed among the rows.
    ///
    /// With `maxRows`, only a window of at most that many rows around the cursor is laid out — only the
    /// lines it needs are measured, so drawing stays cheap however long the text is. The window keeps
    /// the cursor visible, shows the text before it first and keeps up to a quarter of the rows for the
    /// text after it.
    ///
    /// A line that exactly fills its last row gets an extra empty row when the cursor sits at its end,
    /// because the cursor cannot be shown past the last column.
    public func layout(width: Int, maxRows: Int? = nil) -> EditorLayout {
        let width = max(1, width)
        let (spans, cursorRow) = cursorRows(width: width)
        // Zero-width characters after a full row stay on it, so a cursor before one of them would sit
        // at column `width`, past the screen; show it on the row's last column instead (found by fuzzing).
        let column = min(width - 1, cursorScreenColumn(in: spans[cursorRow]))
        let limit = maxRows.map { max(1, $0) } ?? Int.max

        // Rows above the cursor row, nearest first; stop once one more than could be shown is known.
        var above: [RowRef] = []
        for row in stride(from: cursorRow - 1, through: 0, by: -1) where above.count < limit {
            above.append(RowRef(line: cursorLine, span: spans[row]))
        }
        var line = cursorLine - 1
        while line >= 0 && above.count < limit {
            let lineSpans = Self.rowSpans(of: lines[line], width: width)
            for span in lineSpans.reversed() where above.count < limit {
                above.append(RowRef(line: line, span: span))
            }
            line -= 1
        }
        let moreAbove = line >= 0

        var below: [RowRef] = []
        for row in (cursorRow + 1)..<spans.count where below.count < limit {
            below.append(RowRef(line: cursorLine, span: spans[row]))
        }
        line = cursorLine + 1
        while line < lines.count && below.count < limit {
            let lineSpans = Self.rowSpans(of: lines[line], width: width)
            for span in lineSpans where below.count < limit {
                below.append(RowRef(line: line, span: span))
            }
            line += 1
        }
        let moreBelow = line < lines.count

        let room = limit == Int.max ? Int.max : limit - 1
        let reservedBelow = room == Int.max ? below.count : min(below.count, room / 4)
        let aboveShown = min(above.count, room == Int.max ? above.count : room - reservedBelow)
        let belowShown = min(below.count, room == Int.max ? below.count : room - aboveShown)

        var rows: [String] = []
        rows.reserveCapacity(aboveShown + 1 + belowShown)
        for reference in above.prefix(aboveShown).reversed() { rows.append(text(of: reference)) }
        rows.append(text(of: RowRef(line: cursorLine, span: spans[cursorRow])))
        for reference in below.prefix(belowShown) { rows.append(text(of: reference)) }
        return EditorLayout(
            rows: rows,
            cursorRow: aboveShown,
            cursorColumn: column,
            hasHiddenRowsAbove: aboveShown < above.count || moreAbove,
            hasHiddenRowsBelow: belowShown < below.count || moreBelow
        )
    }

    // MARK: - Internals

    /// One screen row of one line: UTF-8 offsets of its first and past-the-end bytes, and its width.
    struct RowSpan: Equatable {
        var start: Int
        var end: Int
        var width: Int
    }

    private struct RowRef {
        var line: Int
        var span: RowSpan
    }

    /// Breaks `line` into rows of at most `width` columns, at word boundaries where possible.
    ///
    /// A row that overflows ends after its last whitespace (the space stays at the end of the row, so
    /// joining the rows gives the line back) and the word being typed moves to the next row; a row with
    /// no whitespace is cut where it is full, and a character wider than `width` gets a row of its own.
    static func rowSpans(of line: String, width: Int) -> [RowSpan] {
        var spans: [RowSpan] = []
        var start = 0
        var offset = 0
        var rowWidth = 0
        // Where the current row could end at a word boundary: just after its latest whitespace.
        var breakOffset = -1
        var widthAtBreak = 0
        for character in line {
            let characterWidth = DisplayWidth.of(character)
            while rowWidth + characterWidth > width && rowWidth > 0 {
                if breakOffset > start {
                    spans.append(RowSpan(start: start, end: breakOffset, width: widthAtBreak))
                    start = breakOffset
                    rowWidth -= widthAtBreak
                } else {
                    spans.append(RowSpan(start: start, end: offset, width: rowWidth))
                    start = offset
                    rowWidth = 0
                }
                breakOffset = -1
            }
            rowWidth += characterWidth
            offset += character.utf8.count
            if character.isWhitespace {
                breakOffset = offset
                widthAtBreak = rowWidth
            }
        }
        spans.append(RowSpan(start: start, end: offset, width: rowWidth))
        return spans
    }

    /// The rows of the cursor's line (plus an empty row when the cursor sits after a full last row) and
    /// the index of the row the cursor is on.
    private func cursorRows(width: Int) -> (spans: [RowSpan], row: Int) {
        let line = lines[cursorLine]
        var spans = Self.rowSpans(of: line, width: width)
        let last = spans[spans.count - 1]
        if cursorUTF8Offset == last.end && last.width >= width && last.end > last.start {
            spans.append(RowSpan(start: last.end, end: last.end, width: 0))
        }
        let row = spans.firstIndex { cursorUTF8Offset < $0.end } ?? spans.count - 1
        return (spans, row)
    }

    private func cursorScreenColumn(in span: RowSpan) -> Int {
        let line = lines[cursorLine]
        let start = index(span.start, in: line)
        let end = index(max(span.start, cursorUTF8Offset), in: line)
        return DisplayWidth.of(line[start..<end])
    }

    /// The offset in row `row` closest to, but not past, screen column `column`. The end of a row counts as
    /// in it only for a line's last row that is not full (elsewhere the end shows at the next row's start).
    private func offset(in line: String, spans: [RowSpan], row: Int, column: Int, width: Int) -> Int {
        let span = spans[row]
        let isLast = row == spans.count - 1
        let endAllowed = isLast && (span.width < width || span.start == span.end)
        var position = span.start
        var lastCharacterStart = span.start
        var used = 0
        for character in line[index(span.start, in: line)..<index(span.end, in: line)] {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > column { return position }
            lastCharacterStart = position
            used += characterWidth
            position += character.utf8.count
        }
        return endAllowed ? position : lastCharacterStart
    }

    private func text(of reference: RowRef) -> String {
        let line = lines[reference.line]
        return String(line[index(reference.span.start, in: line)..<index(reference.span.end, in: line)])
    }

    private func index(_ utf8Offset: Int, in line: String) -> String.Index {
        line.utf8.index(line.utf8.startIndex, offsetBy: min(max(0, utf8Offset), line.utf8.count))
    }

    private func utf8Offset(of index: String.Index, in line: String) -> Int {
        line.utf8.distance(from: line.utf8.startIndex, to: index)
    }

    /// Removes a byte range of the cursor's line without copying the rest of the buffer.
    private mutating func removeUTF8Range(_ range: Range<Int>) {
        var line = lines[cursorLine]
        lines[cursorLine] = ""  // drop the array's reference so the edit below happens in place
        line.removeSubrange(index(range.lowerBound, in: line)..<index(range.upperBound, in: line))
        lines[cursorLine] = line
    }

    /// Appends line `first + 1` to line `first` and puts the cursor at the join.
    private mutating func joinWithNextLine(_ first: Int) {
        let joinOffset = lines[first].utf8.count
        let next = lines.remove(at: first + 1)
        lines[first] += next
        cursorLine = first
        cursorUTF8Offset = joinOffset
        snapCursorToCharacterBoundary()
    }

    /// After an edit a combining mark may have merged with the character before the cursor; move to the
    /// end of that character so the cursor never sits inside one.
    private mutating func snapCursorToCharacterBoundary() {
        let line = lines[cursorLine]
        cursorUTF8Offset = min(max(0, cursorUTF8Offset), line.utf8.count)
        let position = index(cursorUTF8Offset, in: line)
        guard position != line.startIndex, position != line.endIndex else { return }
        let next = line.index(after: position)  // rounds a mid-character position down first
        if line.index(before: next) != position {
            cursorUTF8Offset = utf8Offset(of: next, in: line)
        }
    }

    /// Splits text into lines for the buffer: CR LF, CR and LF all end a line, a tab becomes spaces, other
    /// C0 and C1 control characters and DEL are dropped. One pass over the bytes.
    static func sanitizedLines(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes -> [String] in
            var pieces: [String] = []
            var current: [UInt8] = []
            var runStart = 0
            var position = 0
            let count = bytes.count
            func flushRun(upTo end: Int) {
                if end > runStart { current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
            }
            func endLine() {
                pieces.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            while position < count {
                let byte = bytes[position]
                if byte >= 0x20 && byte != 0x7F && byte != 0xC2 {
                    position += 1
                    continue
                }
                if byte == 0xC2 {
                    // U+0080–U+009F (C1 controls) are 0xC2 0x80–0x9F; other 0xC2 pairs are ordinary text.
                    if position + 1 < count, bytes[position + 1] >= 0x80, bytes[position + 1] <= 0x9F {
                        flushRun(upTo: position)
                        position += 2
                        runStart = position
                    } else {
                        position += 1
                    }
                    continue
                }
                flushRun(upTo: position)
                switch byte {
                case 0x0A:
                    endLine()
                case 0x0D:
                    endLine()
                    if position + 1 < count, bytes[position + 1] == 0x0A { position += 1 }
                case 0x09:
                    current.append(contentsOf: repeatElement(UInt8(ascii: " "), count: tabWidth))
                default:
                    break  // other control characters would move the cursor or worse on screen
                }
                position += 1
                runStart = position
            }
            flushRun(upTo: count)
            pieces.append(String(decoding: current, as: UTF8.self))
            return pieces
        }
    }
}
