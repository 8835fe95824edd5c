import CoachKit

/// A plain left-aligned table with a header row, columns separated by two spaces.
struct TextTable {
    var headers: [String]
    var rows: [[String]]

    func render(bold: (String) -> String = { $0 }) -> String {
        // One line per row, whatever a title from a file holds.
        let rows = rows.map { $0.map { SafeText.clean($0, singleLine: true) } }
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }
        return ([bold(line(headers))] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
