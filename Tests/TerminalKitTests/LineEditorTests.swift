import Testing
@testable import TerminalKit

@Suite("LineEditor editing")
struct LineEditorEditingTests {
    @Test func typingBuildsTheTextAndMovesTheCursor() {
        var editor = LineEditor()
        #expect(editor.isEmpty)
        for character in "hi there" { editor.apply(.character(character), width: 80) }
        #expect(editor.text == "hi there")
        #expect(editor.cursorColumn == 8)
        #expect(!editor.isEmpty)
    }

    @Test func insertingMultiLineTextInTheMiddleOfALine() {
        var editor = LineEditor(text: "startend")
        editor.moveToLineStart()
        for _ in 0..<5 { editor.moveRight() }
        editor.insert("A\nB\nC")
        #expect(editor.lines == ["startA", "B", "Cend"])
        #expect(editor.cursorLine == 2)
        #expect(editor.cursorColumn == 1)
        #expect(editor.currentLine == "Cend")
    }

    @Test func newlineSplitsTheLine() {
        var editor = LineEditor(text: "ab")
        editor.moveLeft()
        editor.insertNewline()
        #expect(editor.lines == ["a", "b"])
        #expect(editor.cursorLine == 1)
        #expect(editor.cursorColumn == 0)
    }

    @Test func backspaceDeletesAndJoinsLines() {
        var editor = LineEditor(text: "ab\ncd")
        let outcome1 = editor.deleteBackward()
        #expect(outcome1)
        #expect(editor.text == "ab\nc")
        editor.moveToLineStart()
        let outcome2 = editor.deleteBackward()
        #expect(outcome2)
        #expect(editor.text == "abc")
        #expect(editor.cursorColumn == 2)
        editor.moveToLineStart()
        let outcome3 = editor.deleteBackward()
        #expect(!outcome3)
        #expect(editor.text == "abc")
    }

    @Test func deleteForwardDeletesAndJoinsLines() {
        var editor = LineEditor(text: "ab\ncd")
        editor.moveUp(width: 80)
        editor.moveToLineStart()
        let outcome4 = editor.apply(.delete, width: 80)
        #expect(outcome4)
        #expect(editor.text == "b\ncd")
        editor.moveToLineEnd()
        let outcome5 = editor.deleteForward()
        #expect(outcome5)
        #expect(editor.text == "bcd")
        editor.moveToLineEnd()
        let outcome6 = editor.deleteForward()
        #expect(!outcome6)
    }

    @Test func leftAndRightCrossLineBreaks() {
        var editor = LineEditor(text: "a\nb")
        editor.moveToLineStart()
        let outcome7 = editor.moveLeft()
        #expect(outcome7)
        #expect(editor.cursorLine == 0 && editor.cursorColumn == 1)
        let outcome8 = editor.moveRight()
        #expect(outcome8)
        #expect(editor.cursorLine == 1 && editor.cursorColumn == 0)
        editor.moveToLineEnd()
        let outcome9 = editor.moveRight()
        #expect(!outcome9)
        editor.moveUp(width: 80)
        editor.moveToLineStart()
        let outcome10 = editor.moveLeft()
        #expect(!outcome10)
    }

    @Test func homeEndAndTheirControlKeys() {
        var editor = LineEditor(text: "one\ntwo words")
        editor.apply(.control("a"), width: 80)
        #expect(editor.cursorColumn == 0)
        editor.apply(.control("e"), width: 80)
        #expect(editor.cursorColumn == 9)
        editor.apply(.home, width: 80)
        #expect(editor.cursorColumn == 0 && editor.cursorLine == 1)
        editor.apply(.end, width: 80)
        #expect(editor.cursorColumn == 9)
    }

    @Test func controlUDeletesToLineStart() {
        var editor = LineEditor(text: "keep\nhello world")
        editor.moveLeft()
        editor.moveLeft()
        editor.apply(.control("u"), width: 80)
        #expect(editor.text == "keep\nld")
        #expect(editor.cursorColumn == 0)
        let outcome11 = editor.deleteToLineStart()
        #expect(!outcome11)
    }

    @Test func controlKDeletesToLineEndThenJoins() {
        var editor = LineEditor(text: "hello world\nnext")
        editor.moveUp(width: 80)
        editor.moveToLineStart()
        for _ in 0..<5 { editor.moveRight() }
        editor.apply(.control("k"), width: 80)
        #expect(editor.text == "hello\nnext")
        editor.apply(.control("k"), width: 80)
        #expect(editor.text == "hellonext")
        editor.moveToLineEnd()
        let outcome12 = editor.deleteToLineEnd()
        #expect(!outcome12)
    }

    @Test func controlWDeletesThePreviousWord() {
        var editor = LineEditor(text: "first\nfeature store  ")
        editor.apply(.control("w"), width: 80)
        #expect(editor.text == "first\nfeature ")
        editor.apply(.control("w"), width: 80)
        #expect(editor.text == "first\n")
        editor.apply(.control("w"), width: 80)  // at a line start: joins with the line above
        #expect(editor.text == "first")
        editor.apply(.control("w"), width: 80)
        #expect(editor.isEmpty)
    }

    @Test func appKeysAreLeftToTheCaller() {
        var editor = LineEditor(text: "x")
        for key in [Key.enter, .escape, .control("c"), .control("d"), .control("l"), .alt("b"), .pageUp, .backTab] {
            let outcome13 = editor.apply(key, width: 80)
            #expect(!outcome13, "\(key)")
        }
        #expect(editor.text == "x")
    }

    @Test func tabBecomesSpacesAndControlCharactersAreDropped() {
        var editor = LineEditor()
        editor.apply(.tab, width: 80)
        editor.insert("a\u{1B}[31mb\u{7F}c\u{9B}d\u{0}e")
        #expect(editor.text == "    a[31mbcde")
    }

    @Test func carriageReturnsBecomeLineBreaks() {
        var editor = LineEditor()
        editor.insert("one\r\ntwo\rthree\nfour")
        #expect(editor.lines == ["one", "two", "three", "four"])
    }

    @Test func takeTextEmptiesTheEditor() {
        var editor = LineEditor(text: "answer\nmore")
        #expect(editor.takeText() == "answer\nmore")
        #expect(editor.isEmpty)
        #expect(editor.cursorLine == 0 && editor.cursorColumn == 0)
    }

    @Test func removeCurrentLineForACommand() {
        var editor = LineEditor(text: "my answer\n/next")
        #expect(editor.currentLine == "/next")
        let outcome14 = editor.removeCurrentLine()
        #expect(outcome14 == "/next")
        #expect(editor.text == "my answer")
        #expect(editor.cursorColumn == 9)
        var single = LineEditor(text: "/quit")
        let outcome15 = single.removeCurrentLine()
        #expect(outcome15 == "/quit")
        #expect(single.isEmpty)
    }
}

@Suite("LineEditor Unicode")
struct LineEditorUnicodeTests {
    @Test func backspaceRemovesWholeCharacters() {
        var editor = LineEditor(text: "aé👍🏽👨‍👩‍👧🇫🇷e\u{301}")
        #expect(editor.cursorColumn == 6)
        editor.deleteBackward()
        #expect(editor.text == "aé👍🏽👨‍👩‍👧🇫🇷")
        editor.deleteBackward()
        #expect(editor.text == "aé👍🏽👨‍👩‍👧")
        editor.deleteBackward()
        #expect(editor.text == "aé👍🏽")
        editor.deleteBackward()
        #expect(editor.text == "aé")
        editor.moveLeft()
        editor.deleteForward()
        #expect(editor.text == "a")
    }

    @Test func combiningMarkTypedAfterItsBaseJoinsIt() {
        var editor = LineEditor()
        editor.apply(.character("e"), width: 80)
        editor.apply(.character("\u{301}"), width: 80)
        #expect(editor.text == "e\u{301}")
        #expect(editor.cursorColumn == 1)
        editor.deleteBackward()
        #expect(editor.isEmpty)
    }

    @Test func cursorNeverLandsInsideACharacter() {
        // Typing a base letter in front of a lone combining mark makes one character; the cursor goes after it.
        var editor = LineEditor(text: "\u{301}x")
        editor.moveToLineStart()
        editor.insert("e")
        #expect(editor.text == "e\u{301}x")
        #expect(editor.cursorUTF8Offset == 3)
        #expect(editor.cursorColumn == 1)
    }

    @Test func cursorColumnAndLayoutUseDisplayWidth() {
        let editor = LineEditor(text: "日本語abc")
        let layout = editor.layout(width: 80)
        #expect(layout.rows == ["日本語abc"])
        #expect(layout.cursorColumn == 9)
        #expect(editor.cursorColumn == 6)
    }
}

@Suite("LineEditor layout")
struct LineEditorLayoutTests {
    private func rowWidths(_ layout: EditorLayout) -> [Int] { layout.rows.map { DisplayWidth.of($0) } }

    @Test func hardWrapAtWidthTwenty() {
        let text = String(repeating: "a", count: 45)
        let layout = LineEditor(text: text).layout(width: 20)
        #expect(rowWidths(layout) == [20, 20, 5])
        #expect(layout.cursorRow == 2 && layout.cursorColumn == 5)
        #expect(layout.rows.joined() == text)
    }

    @Test func cursorAfterAFullRowGoesToAnExtraRow() {
        var editor = LineEditor(text: String(repeating: "b", count: 40))
        var layout = editor.layout(width: 20)
        #expect(rowWidths(layout) == [20, 20, 0])
        #expect(layout.cursorRow == 2 && layout.cursorColumn == 0)
        editor.moveLeft()
        layout = editor.layout(width: 20)
        #expect(rowWidths(layout) == [20, 20])
        #expect(layout.cursorRow == 1 && layout.cursorColumn == 19)
    }

    @Test func wordWrapAtWidthTwenty() {
        let text = "the feature store keeps training and serving features consistent"
        let layout = LineEditor(text: text).layout(width: 20)
        #expect(layout.rows == ["the feature store ", "keeps training and ", "serving features ", "consistent"])
        #expect(layout.rows.joined() == text)
        #expect(layout.cursorRow == 3 && layout.cursorColumn == 10)
    }

    @Test func wrapAtWidthEightyKeepsTextAndWidths() {
        let sentence = "Label leakage happens when a feature encodes the outcome, for example a refund flag set after the chargeback. "
        let text = String(repeating: sentence, count: 12) + "日本語の文章も混ぜる😀👍🏽" + String(repeating: "x", count: 200)
        let layout = LineEditor(text: text).layout(width: 80)
        #expect(layout.rows.joined() == text)
        #expect(rowWidths(layout).allSatisfy { $0 <= 80 })
        #expect(layout.rows.count >= DisplayWidth.of(text) / 80 + 1)
        // Word wrapping: no row of prose ends in the middle of a word that would have fitted on the next row.
        for row in layout.rows.dropLast() where row.contains(" ") && !row.contains("x") {
            #expect(row.hasSuffix(" "), "row \(row.debugDescription)")
        }
    }

    @Test func wideCharactersNeverStraddleTheEdge() {
        let layout = LineEditor(text: "a日本語日本語").layout(width: 6)
        #expect(layout.rows == ["a日本", "語日本", "語"])
        #expect(rowWidths(layout) == [5, 6, 2])
        #expect(layout.cursorRow == 2 && layout.cursorColumn == 2)
    }

    @Test func emojiAndCombiningWidths() {
        let layout = LineEditor(text: "👍🏽👨‍👩‍👧e\u{301}🇫🇷").layout(width: 4)
        #expect(layout.rows == ["👍🏽👨‍👩‍👧", "e\u{301}🇫🇷"])
        #expect(layout.cursorColumn == 3)
    }

    @Test func upAndDownMoveThroughWrappedRows() {
        var editor = LineEditor(text: String(repeating: "c", count: 50))
        #expect(editor.layout(width: 20).cursorRow == 2)
        let outcome16 = editor.moveUp(width: 20)
        #expect(outcome16)
        #expect(editor.cursorColumn == 30)
        #expect(editor.layout(width: 20).cursorRow == 1)
        let outcome17 = editor.moveUp(width: 20)
        #expect(outcome17)
        #expect(editor.cursorColumn == 10)
        let outcome18 = editor.moveUp(width: 20)
        #expect(!outcome18)
        let outcome19 = editor.moveDown(width: 20)
        #expect(outcome19)
        #expect(editor.cursorColumn == 30)
        let outcome20 = editor.moveDown(width: 20)
        #expect(outcome20)
        #expect(editor.cursorColumn == 50)
        let outcome21 = editor.moveDown(width: 20)
        #expect(!outcome21)
    }

    @Test func upAndDownKeepThePreferredColumnAcrossShortLines() {
        var editor = LineEditor(text: "a fairly long first line\nab\nanother long third line")
        editor.moveUp(width: 80)
        editor.moveUp(width: 80)
        editor.moveToLineStart()
        for _ in 0..<15 { editor.moveRight() }
        editor.moveDown(width: 80)
        #expect(editor.cursorLine == 1 && editor.cursorColumn == 2)
        editor.moveDown(width: 80)
        #expect(editor.cursorLine == 2 && editor.cursorColumn == 15)
        editor.moveUp(width: 80)
        editor.moveUp(width: 80)
        #expect(editor.cursorLine == 0 && editor.cursorColumn == 15)
    }

    @Test func verticalMovesFromAWrappedLineIntoTheNextLine() {
        // Line 0 wraps into two rows at width 10; Down from its last row goes into line 1.
        var editor = LineEditor(text: "0123456789abcde\nshort")
        editor.moveUp(width: 10)
        #expect(editor.cursorLine == 0 && editor.cursorColumn == 15)
        editor.moveUp(width: 10)
        #expect(editor.cursorLine == 0 && editor.cursorColumn == 5)
        editor.moveDown(width: 10)
        editor.moveDown(width: 10)
        #expect(editor.cursorLine == 1 && editor.cursorColumn == 5)
    }

    @Test func verticalMovesRespectWideCharacterColumns() {
        var editor = LineEditor(text: "日本語日本語\nabc")
        editor.moveToLineStart()
        editor.moveRight()  // column 1 of "abc"
        editor.moveRight()
        editor.moveRight()  // column 3
        editor.moveUp(width: 80)
        // Column 3 falls inside the second wide character: the cursor stops before it (column 2).
        #expect(editor.cursorLine == 0 && editor.cursorColumn == 1)
        #expect(editor.layout(width: 80).cursorColumn == 2)
    }

    @Test func windowedLayoutShowsTheRowsAroundTheCursor() {
        let text = (0..<100).map { "line \($0)" }.joined(separator: "\n")
        var editor = LineEditor(text: text)
        var layout = editor.layout(width: 80, maxRows: 5)
        #expect(layout.rows == ["line 95", "line 96", "line 97", "line 98", "line 99"])
        #expect(layout.cursorRow == 4)
        #expect(layout.hasHiddenRowsAbove && !layout.hasHiddenRowsBelow)

        for _ in 0..<50 { editor.moveUp(width: 80) }
        layout = editor.layout(width: 80, maxRows: 5)
        #expect(layout.rows == ["line 46", "line 47", "line 48", "line 49", "line 50"])
        #expect(layout.cursorRow == 3)
        #expect(layout.hasHiddenRowsAbove && layout.hasHiddenRowsBelow)
    }

    @Test func windowedLayoutIsASliceOfTheFullLayout() {
        var generator = SeededGenerator(seed: 42)
        let words = ["model", "data", "日本", "😀", "e\u{301}", "latency", "p99", "feature-store", "a"]
        for _ in 0..<60 {
            var text = ""
            for _ in 0..<Int.random(in: 1...80, using: &generator) {
                text += words.randomElement(using: &generator)!
                text += Int.random(in: 0..<6, using: &generator) == 0 ? "\n" : " "
            }
            var editor = LineEditor(text: text)
            for _ in 0..<Int.random(in: 0...120, using: &generator) {
                editor.apply([Key.left, .up, .right].randomElement(using: &generator)!, width: 17)
            }
            let width = Int.random(in: 3...30, using: &generator)
            let maxRows = Int.random(in: 1...8, using: &generator)
            let full = editor.layout(width: width)
            let window = editor.layout(width: width, maxRows: maxRows)
            #expect(window.rows.count <= maxRows)
            let first = full.cursorRow - window.cursorRow
            #expect(first >= 0)
            #expect(Array(full.rows[first..<(first + window.rows.count)]) == window.rows)
            #expect(window.cursorColumn == full.cursorColumn)
            #expect(window.hasHiddenRowsAbove == (first > 0))
            #expect(window.hasHiddenRowsBelow == (first + window.rows.count < full.rows.count))
            #expect(full.cursorColumn < max(width, 2))
        }
    }
}

@Suite("LineEditor paste performance")
struct LineEditorPasteTests {
    @Test func pasteOfAThousandLines() {
        let pasted = (1...1_000).map { "pasted line \($0) with some words" }.joined(separator: "\n")
        var editor = LineEditor(text: "before after")
        editor.moveToLineStart()
        for _ in 0..<7 { editor.moveRight() }
        let clock = ContinuousClock()
        _ = clock.measure { editor.apply(.paste(pasted), width: 80) }
        #expect(editor.lineCount == 1_000)
        #expect(editor.lines.first == "before pasted line 1 with some words")
        #expect(editor.lines.last == "pasted line 1000 with some wordsafter")
        #expect(editor.cursorLine == 999)
    }

    @Test func pasteOfTenMegabytesThenKeepTyping() {
        let line = String(repeating: "0123456789", count: 9) + " 日本😀"  // 91 characters, 104 bytes
        let lineCount = 10_000_000 / (line.utf8.count + 1) + 1
        let pasted = Array(repeating: line, count: lineCount).joined(separator: "\n")
        #expect(pasted.utf8.count >= 10_000_000)
        var editor = LineEditor(text: "start")
        let clock = ContinuousClock()
        _ = clock.measure { editor.insert(pasted) }
        #expect(editor.lineCount == lineCount)
        #expect(editor.text.utf8.count == pasted.utf8.count + 5)

        // Typing and drawing after the paste only touch the lines near the cursor.
        var layout = EditorLayout(rows: [], cursorRow: 0, cursorColumn: 0)
        _ = clock.measure {
            for character in "more" { editor.apply(.character(character), width: 78) }
            editor.apply(.backspace, width: 78)
            editor.apply(.up, width: 78)
            layout = editor.layout(width: 78, maxRows: 20)
        }
        #expect(layout.rows.count == 20)
    }

}
