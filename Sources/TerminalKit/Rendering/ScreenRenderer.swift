/// Draws the live part of the screen — a status line with the answer editor under it — as ANSI byte
/// strings, and redraws only what changed. Pure: it returns text to write and never writes itself.
///
/// The live region sits where the cursor was when it was first drawn (the start of an empty line, below
/// whatever the app printed: the question, earlier feedback). Row 0 of the region is the status line; the
/// editor's rows follow. The renderer remembers how many rows it drew and which one holds the cursor, and
/// moves only relative to that, so it works whatever has scrolled by before.
///
/// - ``render(editor:status:)`` redraws the whole region (after every key).
/// - ``renderStatus(_:)`` redraws only the status line, from wherever the user's cursor is, with
///   save-cursor / move / clear line / draw / restore-cursor, so a 1-second timer tick never disturbs
///   typing. It returns "" when the status text has not changed.
/// - ``resize(to:)`` (call on SIGWINCH) clears the screen and forgets the region, because terminals that
///   re-wrap on resize move old rows unpredictably; write your header again, then ``render(editor:status:)``.
/// - ``erase()`` removes the region (to print a message above it, then render again); ``finish()`` leaves
///   it on screen and moves the cursor below it (after the answer is submitted).
///
/// The editor gets at most `size.rows - 1` rows (or ``maxEditorRows``), so the region always fits on the
/// screen and relative moves never hit the top edge; longer text scrolls inside the editor.
///
/// ```swift
/// var renderer = ScreenRenderer(size: terminal.size(), style: terminal.style)
/// terminal.write(renderer.render(editor: editor, status: StatusLine(left: "Phase 1/6", right: "05:00")))
/// // every key:
/// editor.apply(key, width: renderer.editorWidth)
/// terminal.write(renderer.render(editor: editor, status: status))
/// // every second:
/// terminal.write(renderer.renderStatus(StatusLine(left: "Phase 1/6", right: "04:59")))
/// // on SIGWINCH:
/// terminal.write(renderer.resize(to: terminal.size()) + header)
/// terminal.write(renderer.render(editor: editor, status: status))
/// ```
public struct ScreenRenderer: Sendable {
    /// The terminal size the layout is computed for.
    public private(set) var size: TerminalSize
    public var style: Style
    /// Drawn (dimmed) at the start of every editor row, e.g. "│ " or "> ". Dropped on very narrow screens.
    public var gutter: String
    /// An upper bound on the editor's height; nil means as tall as the screen allows.
    public var maxEditorRows: Int?

    /// Rows of the region on screen now (status line included); 0 when nothing is drawn.
    public private(set) var drawnRowCount = 0
    /// The region row (0 = status line) the terminal cursor was left on.
    public private(set) var cursorRowInRegion = 0
    private var drawnStatus: StatusLine?

    public init(size: TerminalSize, style: Style, gutter: String = "│ ", maxEditorRows: Int? = nil) {
        self.size = size
        self.style = style
        self.gutter = StatusLine(left: gutter).left  // same control-character cleaning as the status text
        self.maxEditorRows = maxEditorRows
    }

    /// True while a region drawn by this renderer is on screen.
    public var isDrawn: Bool { drawnRowCount > 0 }

    /// The gutter actually drawn: none when the screen is too narrow to spare it.
    private var effectiveGutter: String {
        DisplayWidth.of(gutter) + 2 <= size.columns ? gutter : ""
    }

    /// Columns available for text in each editor row: pass this to ``LineEditor`` for Up/Down and layout.
    public var editorWidth: Int { max(1, size.columns - DisplayWidth.of(effectiveGutter)) }

    /// The most editor rows shown at once.
    public var editorRowLimit: Int {
        let fitting = max(1, size.rows - 1)
        return min(fitting, max(1, maxEditorRows ?? fitting))
    }

    /// The bytes that (re)draw the status line and the editor, leaving the terminal cursor at the editor's
    /// cursor. The first call draws from the cursor's current line (which should be empty).
    public mutating func render(editor: LineEditor, status: StatusLine) -> String {
        let layout = editor.layout(width: editorWidth, maxRows: editorRowLimit)
        let gutterText = effectiveGutter
        let styledGutter = gutterText.isEmpty ? "" : style.dim(gutterText)

        var output = ControlSequence.hideCursor
        output += ControlSequence.cursorUp(cursorRowInRegion)
        output += ControlSequence.carriageReturn + ControlSequence.clearToEndOfScreen
        output += status.render(width: size.columns, style: style)
        for row in layout.rows {
            output += ControlSequence.newline + styledGutter + row
        }
        // The cursor is at the end of the last editor row (region row `layout.rows.count`).
        let cursorRow = 1 + layout.cursorRow
        output += ControlSequence.cursorUp(layout.rows.count - cursorRow)
        output += ControlSequence.cursorToColumn(DisplayWidth.of(gutterText) + layout.cursorColumn)
        output += ControlSequence.showCursor

        drawnRowCount = 1 + layout.rows.count
        cursorRowInRegion = cursorRow
        drawnStatus = status
        return output
    }

    /// The bytes that redraw only the status line, leaving the cursor (and the user's typing) untouched.
    /// Returns "" when nothing is drawn yet or the status is the one already on screen.
    public mutating func renderStatus(_ status: StatusLine) -> String {
        guard isDrawn, status != drawnStatus else { return "" }
        drawnStatus = status
        return ControlSequence.saveCursor
            + ControlSequence.cursorUp(cursorRowInRegion)
            + ControlSequence.carriageReturn
            + ControlSequence.clearLine
            + status.render(width: size.columns, style: style)
            + ControlSequence.restoreCursor
    }

    /// Adopts a new terminal size: returns the bytes that clear the screen, and forgets the region so the
    /// next ``render(editor:status:)`` draws afresh at the top. Write any header between the two.
    public mutating func resize(to newSize: TerminalSize) -> String {
        size = TerminalSize(columns: max(1, newSize.columns), rows: max(1, newSize.rows))
        forgetRegion()
        return ControlSequence.clearScreen
    }

    /// Removes the region from the screen and leaves the cursor where it started (column 0 of its first row).
    public mutating func erase() -> String {
        guard isDrawn else { return "" }
        let output = ControlSequence.cursorUp(cursorRowInRegion)
            + ControlSequence.carriageReturn
            + ControlSequence.clearToEndOfScreen
        forgetRegion()
        return output
    }

    /// Leaves the region on screen and moves the cursor to the start of the line below it, so ordinary
    /// output can follow; the next render starts a new region there.
    public mutating func finish() -> String {
        guard isDrawn else { return "" }
        let output = ControlSequence.cursorDown(drawnRowCount - 1 - cursorRowInRegion) + ControlSequence.newline
        forgetRegion()
        return output
    }

    private mutating func forgetRegion() {
        drawnRowCount = 0
        cursorRowInRegion = 0
        drawnStatus = nil
    }
}
