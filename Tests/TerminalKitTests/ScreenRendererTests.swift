import TerminalTestSupport
import Testing
@testable import TerminalKit

/// Renders into ``VirtualScreen`` and checks what a user would see.
@Suite("ScreenRenderer")
struct ScreenRendererTests {
    private let status = StatusLine(left: "Phase 1/6", right: "05:00", attributes: [])

    private func screenAndRenderer(columns: Int, rows: Int, gutter: String = "> ") -> (VirtualScreen, ScreenRenderer) {
        (
            VirtualScreen(columns: columns, rows: rows),
            ScreenRenderer(size: TerminalSize(columns: columns, rows: rows), style: .plain, gutter: gutter)
        )
    }

    @Test func drawsTheStatusLineAboveTheEditorWithTheCursorInPlace() {
        var (screen, renderer) = screenAndRenderer(columns: 20, rows: 8)
        screen.write("Question?\r\n")
        let editor = LineEditor(text: "first line\nsecond")
        screen.write(renderer.render(editor: editor, status: status))
        #expect(screen.lines == ["Question?", "Phase 1/6      05:00", "> first line", "> second", "", "", "", ""])
        #expect(screen.cursorRow == 3 && screen.cursorColumn == 8)
        #expect(screen.unsupported.isEmpty, "\(screen.unsupported)")
    }

    @Test func typingRedrawsWithoutLeavingDebris() {
        var (screen, renderer) = screenAndRenderer(columns: 12, rows: 6)
        var editor = LineEditor()
        screen.write(renderer.render(editor: editor, status: status))
        for character in "wrap this answer" {
            editor.apply(.character(character), width: renderer.editorWidth)
            screen.write(renderer.render(editor: editor, status: status))
        }
        // Width 10 after the gutter: word-wrapped into "wrap this " / "answer".
        #expect(screen.lines == ["Phase… 05:00", "> wrap this", "> answer", "", "", ""])
        #expect(screen.cursorRow == 2 && screen.cursorColumn == 8)
        // Deleting back to one row clears the rows that are no longer used.
        for _ in 0..<8 {
            editor.apply(.backspace, width: renderer.editorWidth)
            screen.write(renderer.render(editor: editor, status: status))
        }
        #expect(screen.lines == ["Phase… 05:00", "> wrap thi", "", "", "", ""])
        #expect(screen.cursorRow == 1 && screen.cursorColumn == 10)
        #expect(screen.unsupported.isEmpty, "\(screen.unsupported)")
    }

    @Test func statusTickRedrawsOnlyTheStatusLine() {
        var (screen, renderer) = screenAndRenderer(columns: 30, rows: 10)
        var editor = LineEditor(text: "line one\nline two\nline three")
        editor.moveUp(width: renderer.editorWidth)
        editor.moveLeft()
        screen.write(renderer.render(editor: editor, status: status))
        let before = screen.lines
        let cursor = (screen.cursorRow, screen.cursorColumn)

        let tick = renderer.renderStatus(StatusLine(left: "Phase 1/6", right: "04:59", attributes: []))
        #expect(tick.hasPrefix(ControlSequence.saveCursor) && tick.hasSuffix(ControlSequence.restoreCursor))
        #expect(!tick.contains("line"))
        screen.write(tick)
        #expect(screen.line(0) == "Phase 1/6                04:59")
        #expect(Array(screen.lines.dropFirst()) == Array(before.dropFirst()))
        #expect(screen.cursorRow == cursor.0 && screen.cursorColumn == cursor.1)

        // Typing continues exactly where it was.
        editor.apply(.character("X"), width: renderer.editorWidth)
        screen.write(renderer.render(editor: editor, status: StatusLine(left: "Phase 1/6", right: "04:59", attributes: [])))
        #expect(screen.line(2) == "> line twXo")
        #expect(renderer.renderStatus(StatusLine(left: "Phase 1/6", right: "04:59", attributes: [])) == "")
    }

    @Test func regionAtTheBottomOfAScrolledScreen() {
        var (screen, renderer) = screenAndRenderer(columns: 20, rows: 6)
        for number in 1...10 { screen.write("output \(number)\r\n") }
        var editor = LineEditor()
        screen.write(renderer.render(editor: editor, status: status))
        editor.insert("one\ntwo\nthree")
        screen.write(renderer.render(editor: editor, status: status))
        #expect(screen.lines == ["output 9", "output 10", "Phase 1/6      05:00", "> one", "> two", "> three"])
        screen.write(renderer.renderStatus(StatusLine(left: "Phase 1/6", right: "04:58", attributes: [])))
        #expect(screen.line(2) == "Phase 1/6      04:58")
        #expect(screen.line(1) == "output 10")
        #expect(screen.cursorRow == 5 && screen.cursorColumn == 7)
    }

    @Test func longTextScrollsInsideTheEditorAndTheRegionFitsTheScreen() {
        var (screen, renderer) = screenAndRenderer(columns: 20, rows: 5)
        let editor = LineEditor(text: (1...30).map { "row \($0)" }.joined(separator: "\n"))
        screen.write(renderer.render(editor: editor, status: status))
        #expect(screen.lines == ["Phase 1/6      05:00", "> row 27", "> row 28", "> row 29", "> row 30"])
        screen.write(renderer.renderStatus(StatusLine(left: "tick", attributes: [])))
        #expect(screen.line(0) == "tick")
        #expect(screen.line(4) == "> row 30")
    }

    @Test func fullWidthRowsKeepTheAccountingRight() {
        var (screen, renderer) = screenAndRenderer(columns: 10, rows: 6, gutter: "")
        let editor = LineEditor(text: String(repeating: "z", count: 20))
        screen.write(renderer.render(editor: editor, status: status))
        #expect(screen.lines == ["Pha… 05:00", "zzzzzzzzzz", "zzzzzzzzzz", "", "", ""])
        #expect(screen.cursorRow == 3 && screen.cursorColumn == 0)
        screen.write(renderer.renderStatus(StatusLine(left: "new", attributes: [])))
        #expect(screen.line(0) == "new")
        #expect(screen.cursorRow == 3 && screen.cursorColumn == 0)
    }

    @Test func wideCharactersAreDrawnInTheRightCells() {
        var (screen, renderer) = screenAndRenderer(columns: 10, rows: 5)
        let editor = LineEditor(text: "日本語日本語")
        screen.write(renderer.render(editor: editor, status: status))
        #expect(screen.lines == ["Pha… 05:00", "> 日本語日", "> 本語", "", ""])
        #expect(screen.cursorRow == 2 && screen.cursorColumn == 6)
    }

    @Test func eraseAndFinish() {
        var (screen, renderer) = screenAndRenderer(columns: 20, rows: 6)
        screen.write("Q\r\n")
        let editor = LineEditor(text: "answer")
        screen.write(renderer.render(editor: editor, status: status))
        screen.write(renderer.erase())
        #expect(screen.lines == ["Q", "", "", "", "", ""])
        #expect(screen.cursorRow == 1 && screen.cursorColumn == 0)
        #expect(!renderer.isDrawn)
        #expect(renderer.renderStatus(status) == "")

        screen.write("Saved.\r\n")
        screen.write(renderer.render(editor: editor, status: status))
        screen.write(renderer.finish())
        screen.write("Score: 80\r\n")
        #expect(screen.lines == ["Q", "Saved.", "Phase 1/6      05:00", "> answer", "Score: 80", ""])
    }

    @Test func resizeClearsAndRedrawsAtTheNewWidth() {
        var (screen, renderer) = screenAndRenderer(columns: 30, rows: 6)
        let editor = LineEditor(text: "a sentence that will need wrapping")
        screen.write(renderer.render(editor: editor, status: status))
        var narrow = VirtualScreen(columns: 16, rows: 6)
        narrow.write(renderer.resize(to: TerminalSize(columns: 16, rows: 6)))
        #expect(renderer.editorWidth == 14)
        narrow.write("Header\r\n")
        narrow.write(renderer.render(editor: editor, status: status))
        #expect(narrow.lines == ["Header", "Phase 1/6  05:00", "> a sentence", "> that will", "> need wrapping", ""])
        #expect(narrow.unsupported.isEmpty, "\(narrow.unsupported)")
    }

    @Test func tinyScreensDoNotBreakTheLayout() {
        var (screen, renderer) = screenAndRenderer(columns: 2, rows: 2)
        let editor = LineEditor(text: "日本 abc")
        screen.write(renderer.render(editor: editor, status: status))
        #expect(renderer.editorWidth == 2)
        #expect(renderer.editorRowLimit == 1)
        #expect(screen.line(0) == "0…")  // the right part (the timer) wins when both cannot fit
        #expect(screen.line(1) == "c")
        #expect(screen.cursorRow == 1 && screen.cursorColumn == 1)
        #expect(screen.unsupported.isEmpty)
    }
}
