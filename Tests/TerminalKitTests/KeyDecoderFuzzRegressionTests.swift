import Foundation
import Testing
import TerminalKit

/// Runs every seed and saved crash input of the key-decoder fuzz target (Scripts/Fuzz/Seeds/key-decoder/
/// and Scripts/Fuzz/Crashes/key-decoder/) through the same path with the same checks: bytes cut into
/// reads → `KeyDecoder` → `LineEditor` (Enter inserts a line break) → layout at several widths.
@Suite("Key decoder fuzz seeds and crash inputs")
struct KeyDecoderFuzzRegressionTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scripts/Fuzz")
    static let widths = [1, 2, 3, 7, 80]

    static var inputs: [String] { files(in: ["Seeds", "Crashes"]) }

    static func files(in kinds: [String]) -> [String] {
        kinds.flatMap { kind -> [String] in
            let folder = fuzzFolder.appendingPathComponent("\(kind)/key-decoder")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(kind)/key-decoder/\($0)" }
        }
    }

    /// Byte 0 picks the read size (1–16 bytes); the rest is what the terminal sent. Returns the editor.
    static func run(_ data: Data) -> LineEditor? {
        guard let first = data.first else { return nil }
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
        #expect(keys == expected, "keys depend on how the input was cut into reads")

        var editor = LineEditor()
        for (index, key) in keys.enumerated() {
            if key == .enter {
                editor.insertNewline()
            } else {
                editor.apply(key, width: widths[index % widths.count])
            }
            #expect(editor.cursorLine >= 0 && editor.cursorLine < editor.lines.count)
            #expect(editor.cursorUTF8Offset >= 0 && editor.cursorUTF8Offset <= editor.currentLine.utf8.count)
            let controls = editor.text.unicodeScalars.filter { $0 != "\n" && ($0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value)) }
            #expect(controls.isEmpty, "control characters in the buffer: \(controls.map { String($0.value, radix: 16) })")
        }
        for width in widths {
            for maxRows in [nil, 1, 4] as [Int?] {
                let layout = editor.layout(width: width, maxRows: maxRows)
                #expect(layout.cursorRow >= 0 && layout.cursorRow < layout.rows.count)
                #expect(layout.cursorColumn >= 0 && layout.cursorColumn < width)
                if let maxRows { #expect(layout.rows.count <= maxRows) }
                for row in layout.rows {
                    let visible = row.filter { DisplayWidth.of($0) > 0 }.count
                    #expect(!row.contains("\n") && (DisplayWidth.of(row) <= width || visible == 1), "row \(row.debugDescription) at width \(width)")
                }
                if maxRows == nil { #expect(layout.rows.joined() == editor.lines.joined()) }
            }
        }
        return editor
    }

    @Test("there are seeds to start from")
    func seedsExist() {
        #expect(Self.inputs.filter { $0.hasPrefix("Seeds/") }.count >= 6)
    }

    @Test("every seed and crash input decodes, edits and lays out consistently", arguments: inputs)
    func input(_ name: String) throws {
        let data = try Data(contentsOf: Self.fuzzFolder.appendingPathComponent(name))
        let editor = Self.run(data)
        switch (name as NSString).lastPathComponent {
        case "typing-and-enter.bin":
            #expect(editor?.text == "How many users?\n/next\n")
        case "bracketed-paste.bin":
            #expect(editor?.text == "first line\nsecond    line\nthirddone")
        case "control-keys.bin":
            // "one two three", Ctrl-W, Ctrl-A, "X", Ctrl-E, "Y", Ctrl-B twice, Ctrl-K; Ctrl-P/N/F move;
            // Ctrl-C, Ctrl-D and Ctrl-L are left to the app.
            #expect(editor?.text == "Xone two")
        default:
            break
        }
    }
}
