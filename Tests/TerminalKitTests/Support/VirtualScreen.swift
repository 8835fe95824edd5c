@testable import TerminalKit

/// A tiny VT100 emulator: enough of a terminal to check what ``ScreenRenderer`` output looks like on screen.
///
/// Supports printable text (with DisplayWidth cell widths and auto-wrap with the VT100 "pending wrap"
/// state), CR, LF with scrolling, BEL, DECSC/DECRC (ESC 7 / ESC 8), and CSI A B C D H J K m and the private
/// modes ?25 / ?2004 (accepted and ignored). Anything else fails the test through `unsupported`.
struct VirtualScreen {
    let columns: Int
    let rows: Int
    private(set) var cells: [[String]]
    private(set) var scrollback: [String] = []
    private(set) var cursorRow = 0
    private(set) var cursorColumn = 0
    private var pendingWrap = false
    private var saved: (row: Int, column: Int, pendingWrap: Bool)?
    private(set) var unsupported: [String] = []

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// The text of screen row `row`, trailing spaces removed.
    func line(_ row: Int) -> String {
        var text = cells[row].joined()
        while text.last == " " { text.removeLast() }
        return text
    }

    var lines: [String] { (0..<rows).map(line) }

    mutating func write(_ output: String) {
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
            case "\u{07}":
                flushText(&self)
            default:
                if scalar.value < 0x20 {
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
            var first = cells.removeFirst().joined()
            while first.last == " " { first.removeLast() }
            scrollback.append(first)
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
            pendingWrap = false
        case "B":
            cursorRow = min(rows - 1, cursorRow + count)
            pendingWrap = false
        case "C":
            cursorColumn = min(columns - 1, cursorColumn + count)
            pendingWrap = false
        case "D":
            cursorColumn = max(0, cursorColumn - count)
            pendingWrap = false
        case "H":
            let row = numbers.first.flatMap { $0 } ?? 1
            let column = numbers.count > 1 ? (numbers[1] ?? 1) : 1
            cursorRow = min(rows - 1, max(0, row - 1))
            cursorColumn = min(columns - 1, max(0, column - 1))
            pendingWrap = false
        case "J":
            switch first {
            case 0:
                clearRow(cursorRow, from: cursorColumn)
                for row in (cursorRow + 1)..<rows { clearRow(row, from: 0) }
            case 2:
                for row in 0..<rows { clearRow(row, from: 0) }
            default:
                unsupported.append("CSI \(parameters)J")
            }
        case "K":
            switch first {
            case 0: clearRow(cursorRow, from: cursorColumn)
            case 2: clearRow(cursorRow, from: 0)
            default: unsupported.append("CSI \(parameters)K")
            }
        case "m":
            break  // colours do not change the text
        default:
            unsupported.append("CSI \(parameters)\(final)")
        }
    }

    private mutating func clearRow(_ row: Int, from column: Int) {
        for index in column..<columns { cells[row][index] = " " }
    }
}
