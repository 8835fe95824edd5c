import TerminalTestSupport
import Testing

/// The tests' shared terminal emulator: if it misread a sequence, every screen test built on it would
/// check the wrong thing.
@Suite("VirtualScreen (the tests' terminal emulator)")
struct VirtualScreenTests {
    @Test func followsCursorMovesAndWrapping() {
        var screen = VirtualScreen(columns: 10, rows: 3)
        screen.write("hello\r\nworld")
        screen.write("\u{1B}7\u{1B}[1A\r\u{1B}[2KHELLO\u{1B}8!")
        #expect(screen.lines == ["HELLO", "world!", ""])
        screen.write("\r\n0123456789ab")
        #expect(screen.scrollback == ["HELLO"])
        #expect(screen.lines == ["world!", "0123456789", "ab"])
        screen.write("\u{1B}[H\u{1B}[2J日本")
        #expect(screen.lines[0] == "日本")
        #expect(screen.cursorColumn == 4)
        #expect(screen.allLines == ["HELLO", "日本", "", ""])
        #expect(screen.contains("HELLO") && screen.contains("日本") && !screen.contains("world"))
        #expect(screen.unsupported.isEmpty, "\(screen.unsupported)")
    }

    @Test func backspaceColumnAndPartialErasesAsATerminalDoes() {
        var screen = VirtualScreen(columns: 10, rows: 3)
        // A cooked terminal echoes a deleted character as "\b \b".
        screen.write("abc\u{08} \u{08}d")
        #expect(screen.cursorLine == "abd")
        screen.write("\u{1B}[2GX")  // column 2 (1-based)
        #expect(screen.line(0) == "aXd")
        screen.write("\u{1B}[2G\u{1B}[1K")  // erase from the start of the row to the cursor
        #expect(screen.line(0) == "  d")
        screen.write("\r\nline two\u{1B}[1;5H\u{1B}[1J")
        #expect(screen.lines == ["", "line two", ""])
        screen.write("\u{1B}[2;1H\r\n\r\nthree\r\nfour")
        #expect(screen.scrollback == ["", "line two"])
        screen.write("\u{1B}[3J")  // xterm: erase the scrollback, not the screen
        #expect(screen.scrollback.isEmpty)
        #expect(screen.lines == ["", "three", "four"])
        #expect(screen.unsupported.isEmpty, "\(screen.unsupported)")
    }

    @Test func pendingWrapEndsOnAnEraseAndSurvivesAColor() {
        var screen = VirtualScreen(columns: 4, rows: 3)
        screen.write("abcd\u{1B}[31m\u{1B}[39me")
        #expect(screen.lines == ["abcd", "e", ""])
        screen.write("\r\nwxyz\u{1B}[K!")
        #expect(screen.lines == ["abcd", "e", "wxy!"])
    }

    @Test func recordsWhatItDoesNotUnderstand() {
        var screen = VirtualScreen(columns: 10, rows: 2)
        screen.write("a\u{1B}[?1049h\u{1B}(Bb\u{0E}")
        #expect(screen.line(0) == "ab")
        #expect(screen.unsupported == ["CSI ?1049h", "ESC (B", "control 14"])
    }
}
