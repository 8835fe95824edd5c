/// The ANSI / VT100 control sequences TerminalKit emits, in one place.
///
/// Only sequences that every terminal emulator in use today understands are here; "CSI" is `ESC [`.
public enum ControlSequence {
    /// Save the cursor position and attributes (DECSC, `ESC 7`). Understood more widely than `CSI s`.
    public static let saveCursor = "\u{1B}7"
    /// Restore what ``saveCursor`` saved (DECRC, `ESC 8`).
    public static let restoreCursor = "\u{1B}8"
    /// Erase the whole line the cursor is on, leaving the cursor where it is.
    public static let clearLine = "\u{1B}[2K"
    /// Erase from the cursor to the end of the line.
    public static let clearToEndOfLine = "\u{1B}[K"
    /// Erase from the cursor to the end of the screen.
    public static let clearToEndOfScreen = "\u{1B}[J"
    /// Erase the visible screen and put the cursor at the top left.
    public static let clearScreen = "\u{1B}[H\u{1B}[2J"
    public static let hideCursor = "\u{1B}[?25l"
    public static let showCursor = "\u{1B}[?25h"
    /// Ask the terminal to wrap pastes in `ESC [ 200 ~` … `ESC [ 201 ~`.
    public static let enableBracketedPaste = "\u{1B}[?2004h"
    public static let disableBracketedPaste = "\u{1B}[?2004l"
    /// The terminal bell (BEL); emit it only to a terminal (see ``Style/bell``).
    public static let bell = "\u{07}"
    public static let carriageReturn = "\r"
    /// Next line at column 0, whether or not the terminal translates "\n" (raw mode may turn that off).
    public static let newline = "\r\n"

    /// Move the cursor up `count` rows (nothing when `count` is not positive). Never scrolls.
    public static func cursorUp(_ count: Int) -> String { count > 0 ? "\u{1B}[\(count)A" : "" }
    /// Move the cursor down `count` rows (nothing when `count` is not positive). Never scrolls.
    public static func cursorDown(_ count: Int) -> String { count > 0 ? "\u{1B}[\(count)B" : "" }
    /// Move the cursor right `count` columns (nothing when `count` is not positive).
    public static func cursorForward(_ count: Int) -> String { count > 0 ? "\u{1B}[\(count)C" : "" }
    /// Move the cursor left `count` columns (nothing when `count` is not positive).
    public static func cursorBack(_ count: Int) -> String { count > 0 ? "\u{1B}[\(count)D" : "" }
    /// Move the cursor to `column` (0-based) of the current row.
    public static func cursorToColumn(_ column: Int) -> String { "\r" + cursorForward(column) }
}
