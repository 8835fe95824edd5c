import Foundation
import TerminalKit

/// Fuzzes the terminal input path of `mlsd practice`: bytes → `KeyDecoder` → `LineEditor` → layout.
/// The first byte picks how the rest is cut into reads (1–16 bytes each); the keys must not depend
/// on the cut. Every key is applied (Enter inserts a line break, as in the answer box), and after the
/// last one the text is laid out at several widths, with and without a row limit.
///
/// Checked: the buffer never holds a control character, the cursor stays inside it, layout rows fit
/// the width (unless one character is wider than the width) and, unlimited, give the text back.
enum KeyDecoderFuzzTarget {
    static let widths = [1, 2, 3, 7, 80]

    static func run(_ data: Data) {
        guard let first = data.first else { return }
        let bytes = Array(data.dropFirst())
        let readSize = 1 + Int(first) % 16

        var whole = KeyDecoder()
        let expected = whole.feed(bytes) + whole.flush()
        var chunked = KeyDecoder()
        var keys: [Key] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + readSize)
            keys += chunked.feed(bytes[start..<end])
            start = end
        }
        keys += chunked.flush()
        require(keys == expected, "keys depend on how the input was cut into reads")

        var editor = LineEditor()
        for (index, key) in keys.enumerated() {
            let width = widths[index % widths.count]
            if key == .enter {
                editor.insertNewline()
            } else {
                editor.apply(key, width: width)
            }
            checkBuffer(editor)
        }
        for width in widths {
            for maxRows in [nil, 1, 4] as [Int?] {
                checkLayout(editor.layout(width: width, maxRows: maxRows), editor: editor, width: width, maxRows: maxRows)
            }
        }
    }

    static func checkBuffer(_ editor: LineEditor) {
        require(!editor.lines.isEmpty && editor.cursorLine >= 0 && editor.cursorLine < editor.lines.count, "cursor line out of range")
        require(editor.cursorUTF8Offset >= 0 && editor.cursorUTF8Offset <= editor.currentLine.utf8.count, "cursor offset out of range")
        for line in editor.lines {
            for scalar in line.unicodeScalars {
                let value = scalar.value
                require(value >= 0x20 && value != 0x7F && !(0x80...0x9F).contains(value),
                             "control character U+\(String(value, radix: 16)) in the buffer")
            }
        }
    }

    static func checkLayout(_ layout: EditorLayout, editor: LineEditor, width: Int, maxRows: Int?) {
        require(!layout.rows.isEmpty && layout.cursorRow >= 0 && layout.cursorRow < layout.rows.count, "cursor row out of range")
        require(layout.cursorColumn >= 0 && layout.cursorColumn < width, "cursor column \(layout.cursorColumn) not below width \(width)")
        if let maxRows { require(layout.rows.count <= maxRows, "\(layout.rows.count) rows for a limit of \(maxRows)") }
        for row in layout.rows {
            require(!row.contains("\n"), "a row holds a line break")
            // A character wider than the whole width gets a row of its own, perhaps with zero-width
            // characters (a stray joiner, a combining mark) that take no cells.
            let visible = row.filter { DisplayWidth.of($0) > 0 }.count
            require(DisplayWidth.of(row) <= width || visible == 1, "row \(row.debugDescription) is wider than \(width)")
        }
        if maxRows == nil {
            require(layout.rows.joined() == editor.lines.joined(), "the rows do not give the text back")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeyDecoder(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    KeyDecoderFuzzTarget.run(Data(bytes: bytes, count: count))
    return 0
}
