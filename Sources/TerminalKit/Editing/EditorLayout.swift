/// The editor's text broken into screen rows at a given width, with the cursor's place among them.
///
/// Produced by ``LineEditor/layout(width:maxRows:)``. Rows are plain text without line-break characters; each
/// takes at most `width` columns (a single character wider than the whole width gets a row of its own).
/// Lines wrap at word boundaries where they can; joining one line's rows gives the line back unchanged.
public struct EditorLayout: Equatable, Sendable {
    /// The rows to draw, top to bottom.
    public var rows: [String]
    /// Index into ``rows`` of the row holding the cursor.
    public var cursorRow: Int
    /// Screen column (0-based, in cells) of the cursor within its row; always less than the width.
    public var cursorColumn: Int
    /// True when rows before the first one shown were left out to fit `maxRows`.
    public var hasHiddenRowsAbove: Bool
    /// True when rows after the last one shown were left out to fit `maxRows`.
    public var hasHiddenRowsBelow: Bool

    public init(
        rows: [String],
        cursorRow: Int,
        cursorColumn: Int,
        hasHiddenRowsAbove: Bool = false,
        hasHiddenRowsBelow: Bool = false
    ) {
        self.rows = rows
        self.cursorRow = cursorRow
        self.cursorColumn = cursorColumn
        self.hasHiddenRowsAbove = hasHiddenRowsAbove
        self.hasHiddenRowsBelow = hasHiddenRowsBelow
    }
}
