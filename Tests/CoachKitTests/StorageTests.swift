import Foundation
import Testing
@testable import CoachKit

@Suite("Data home, atomic files and JSON positions")
struct StorageTests {
    @Test("the data home is MLSD_HOME, else XDG_DATA_HOME/mlsd, else ~/.local/share/mlsd")
    func dataHome() {
        #expect(DataHome(environment: ["MLSD_HOME": "/a", "XDG_DATA_HOME": "/b", "HOME": "/c"]).root.path == "/a")
        #expect(DataHome(environment: ["XDG_DATA_HOME": "/b", "HOME": "/c"]).root.path == "/b/mlsd")
        #expect(DataHome(environment: ["HOME": "/c"]).root.path == "/c/.local/share/mlsd")
        #expect(DataHome(environment: ["MLSD_HOME": "", "HOME": "/c"]).root.path == "/c/.local/share/mlsd")
        #expect(DataHome(environment: ["MLSD_HOME": "/a"]).sessions.path == "/a/sessions")
        #expect(DataHome(environment: ["MLSD_HOME": "/a"]).prompts.path == "/a/prompts")
    }

    @Test("atomic writes replace the file whole, create folders and leave no temporary files")
    func atomicWrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mlsd-atomic-\(UUID().uuidString)")
        let file = folder.appendingPathComponent("deep/x.json")
        try AtomicFile.write(Data("one".utf8), to: file)
        try AtomicFile.write(Data("two".utf8), to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path) == ["x.json"])
        #expect(throws: AtomicFile.WriteError.alreadyExists(path: file.path)) { try AtomicFile.write(Data("three".utf8), to: file, overwrite: false) }
        #expect(try String(contentsOf: file, encoding: .utf8) == "two")
    }

    @Test("an unwritable folder gives a sentence, not a crash")
    func unwritable() {
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Data(), to: URL(fileURLWithPath: "/proc/mlsd/x.json")) }
    }

    @Test("the source map finds values by path, counting columns in characters")
    func sourceMap() throws {
        let text = "{\n  \"a\": [1, {\"b\": \"é\", \"c\": true}],\n  \"ü\": null\n}"
        let map = try JSONSourceMap(Array(text.utf8))
        #expect(map.position(of: "a") == .init(line: 2, column: 8))
        #expect(map.position(of: "a[1].c") == .init(line: 2, column: 28))
        #expect(map.position(of: "ü") == .init(line: 3, column: 8))
        #expect(map.position(of: "a[1].missing") == .init(line: 2, column: 12))
    }

    @Test("syntax errors carry a position for every kind of mistake")
    func syntaxErrors() {
        let cases: [(String, Int, Int)] = [
            ("{\"a\": 1 \"b\": 2}", 1, 9),
            ("{\"a\": [1, 2}", 1, 12),
            ("{\"a\": tru}", 1, 7),
            ("{\n\"a\": \"open\n}", 2, 11),
            ("{\"a\": 1} x", 1, 10),
            ("", 1, 1),
        ]
        for (text, line, column) in cases {
            #expect(throws: JSONSourceMap.SyntaxError.self) { try JSONSourceMap(Array(text.utf8)) }
            do {
                _ = try JSONSourceMap(Array(text.utf8))
            } catch {
                #expect(error.position == .init(line: line, column: column), "\(text): \(error)")
            }
        }
    }
}
