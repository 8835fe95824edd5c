import TerminalKit

/// A small VT100 emulator, the one the tests share: enough of a terminal to check what ``ScreenRenderer``
/// output, or the whole `mlsd` interview on a pseudo-terminal, looks like on screen.
///
/// Supports printable text (``DisplayWidth`` cell widths, the same the app lays out with; auto-wrap with
/// the VT100 "pending wrap" state), CR, LF with scrolling into a scrollback, BS, BEL, DECSC/DECRC
/// (ESC 7 / ESC 8), the CSI sequences A B C D G H J K m, and the private modes ?25 / ?2004 (accepted and
/// ignored). Anything else is recorded in ``unsupported`` (and otherwise ignored), so a renderer test can
/// fail on sequences it did not expect while a test of the whole program just reads the text.
public struct VirtualScreen: Sendable {
    public let columns: Int
    public let rows: Int
    public private(set) var cells: [[String]]
    /// Rows scrolled off the top, oldest first, trailing spaces removed.
    public private(set) var scrollback: [String] = []
    public private(set) var cursorRow = 0
    public private(set) var cursorColumn = 0
    private var pendingWrap = false
    private var saved: (row: Int, column: Int, pendingWrap: Bool)?
    /// The control characters and sequences written that this emulator does not understand.
    public private(set) var unsupported: [String] = []

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// The text of screen row `row`, trailing spaces removed.
    public func line(_ row: Int) -> String {
        var text = cells[row].joined()
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The rows of the screen, top to bottom.
    public var lines: [String] { (0..<rows).map(line) }
    /// Scrollback and screen, top to bottom.
    public var allLines: [String] { scrollback + lines }
    /// The row currently holding the cursor.
    public var cursorLine: String { line(cursorRow) }

    /// True when `text` is on one row of the screen or its scrollback.
    public func contains(_ text: String) -> Bool { allLines.contains { $0.contains(text) } }

    public mutating func write(_ output: String) {
        let scalars = Array(output.unicodeScalars)
        var index = 0
        var textRun = ""
        func flushText(_ screen: inout VirtualScreen) {
            for character in textRun { screen.put(character) }
            textRun = ""
        }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\u{1B}":
                flushText(&self)
                index = escape(scalars, at: index)
                continue
            case "\r":
                flushText(&self)
                cursorColumn = 0
                pendingWrap = false
            case "\n":
                flushText(&self)
                lineFeed()
            case "\u{08}":
                // Backspace: what a terminal's own line editing echoes ("\b \b") outside raw mode.
                flushText(&self)
                cursorColumn = max(0, cursorColumn - 1)
                pendingWrap = false
            case "\u{07}":
                flushText(&self)
            default:
                if scalar.value < 0x20 {
                    flushText(&self)
                    unsupported.append("control \(scalar.value)")
                } else {
                    textRun.unicodeScalars.append(scalar)
                }
            }
            index += 1
        }
        flushText(&self)
    }

    private mutating func put(_ character: Character) {
        let width = DisplayWidth.of(character)
        if width == 0 {
            // Combine with the previous cell.
            let column = max(0, pendingWrap ? cursorColumn : cursorColumn - 1)
            cells[cursorRow][column] += String(character)
            return
        }
        if pendingWrap || cursorColumn + width > columns {
            cursorColumn = 0
            pendingWrap = false
            lineFeed()
        }
        cells[cursorRow][cursorColumn] = String(character)
        if width == 2, cursorColumn + 1 < columns { cells[cursorRow][cursorColumn + 1] = "" }
        cursorColumn += width
        if cursorColumn >= columns {
            cursorColumn = columns - 1
            pendingWrap = true
        }
    }

    private mutating func lineFeed() {
        pendingWrap = false
        if cursorRow == rows - 1 {
            scrollback.append(line(0))
            cells.removeFirst()
            cells.append(Array(repeating: " ", count: columns))
        } else {
            cursorRow += 1
        }
    }

    private mutating func escape(_ scalars: [Unicode.Scalar], at start: Int) -> Int {
        guard start + 1 < scalars.count else {
            unsupported.append("truncated ESC")
            return start + 1
        }
        switch scalars[start + 1] {
        case "7":
            saved = (cursorRow, cursorColumn, pendingWrap)
            return start + 2
        case "8":
            if let saved {
                cursorRow = saved.row
                cursorColumn = saved.column
                pendingWrap = saved.pendingWrap
            }
            return start + 2
        case "[":
            var index = start + 2
            var parameters = ""
            while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) {
                parameters.unicodeScalars.append(scalars[index])
                index += 1
            }
            guard index < scalars.count else {
                unsupported.append("truncated CSI")
                return index
            }
            controlSequence(parameters, final: scalars[index])
            return index + 1
        case "(", ")":
            // A character set designation names the set in a third character: skip all three.
            let set = start + 2 < scalars.count ? String(scalars[start + 2]) : ""
            unsupported.append("ESC \(scalars[start + 1])\(set)")
            return min(scalars.count, start + 3)
        default:
            unsupported.append("ESC \(scalars[start + 1])")
            return start + 2
        }
    }

    private mutating func controlSequence(_ parameters: String, final: Unicode.Scalar) {
        if parameters.hasPrefix("?") {
            if ["?25", "?2004"].contains(parameters), final == "h" || final == "l" { return }
            unsupported.append("CSI \(parameters)\(final)")
            return
        }
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = numbers.first.flatMap { $0 } ?? 0
        let count = max(1, first)
        switch final {
        case "A":
            cursorRow = max(0, cursorRow - count)
        case "B":
            cursorRow = min(rows - 1, cursorRow + count)
        case "C":
            cursorColumn = min(columns - 1, cursorColumn + count)
        case "D":
            cursorColumn = max(0, cursorColumn - count)
        case "G":
            cursorColumn = min(columns - 1, count - 1)
        case "H":
            let row = numbers.first.flatMap { $0 } ?? 1
            let column = numbers.count > 1 ? (numbers[1] ?? 1) : 1
            cursorRow = min(rows - 1, max(0, row - 1))
            cursorColumn = min(columns - 1, max(0, column - 1))
        case "J":
            eraseInDisplay(first, parameters: parameters)
        case "K":
            switch first {
            case 0: clearRow(cursorRow, columns: cursorColumn..<columns)
            case 1: clearRow(cursorRow, columns: 0..<(cursorColumn + 1))
            case 2: clearRow(cursorRow, columns: 0..<columns)
            default: unsupported.append("CSI \(parameters)K")
            }
        case "m":
            return  // colours do not change the text (nor the pending wrap)
        default:
            unsupported.append("CSI \(parameters)\(final)")
            return
        }
        // As in xterm, moving the cursor and erasing both end a pending wrap.
        pendingWrap = false
    }

    private mutating func eraseInDisplay(_ mode: Int, parameters: String) {
        switch mode {
        case 0:
            clearRow(cursorRow, columns: cursorColumn..<columns)
            for row in (cursorRow + 1)..<rows { clearRow(row, columns: 0..<columns) }
        case 1:
            for row in 0..<cursorRow { clearRow(row, columns: 0..<columns) }
            clearRow(cursorRow, columns: 0..<(cursorColumn + 1))
        case 2:
            for row in 0..<rows { clearRow(row, columns: 0..<columns) }
        case 3:
            // xterm's "erase saved lines": the scrollback, not the screen.
            scrollback.removeAll()
        default:
            unsupported.append("CSI \(parameters)J")
        }
    }

    private mutating func clearRow(_ row: Int, columns range: Range<Int>) {
        for index in range.clamped(to: 0..<columns) { cells[row][index] = " " }
    }
}
