import Foundation
import Testing
@testable import TerminalKit

@Suite("ExternalEditor and Pager: the user's own programs on the terminal")
struct ExternalEditorTests {
    let path = ["PATH": "/usr/bin:/bin"]

    @Test func theEditorCommandComesFromVisualThenEditorThenVi() {
        #expect(ExternalEditor(environment: ["VISUAL": "code --wait", "EDITOR": "nano"]).command == "code --wait")
        #expect(ExternalEditor(environment: ["EDITOR": "nano", "VISUAL": " "]).command == "nano")
        #expect(ExternalEditor(environment: [:]).command == "vi")
    }

    @Test func theExternalEditorEditsTheTextInTheNamedFileAndRemovesIt() throws {
        let fileName = "terminalkit-test-\(UUID().uuidString).md"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(fileName)
        let editor = ExternalEditor(environment: path.merging(["EDITOR": "sed -i s/draft/final/"]) { $1 })
        #expect(try editor.edit("a draft answer", fileName: fileName) == "a final answer\n")
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test func anEditorThatFailsOrCannotStartThrowsASentence() {
        #expect(throws: ExternalEditor.EditError.failed("false", status: 1)) {
            try ExternalEditor(environment: path.merging(["EDITOR": "false"]) { $1 }).edit("x", fileName: "terminalkit-test-\(UUID().uuidString).md")
        }
        #expect(ExternalEditor.EditError.failed("false", status: 1).description == "The editor 'false' exited with status 1; the text was left as it was.")
    }

    @Test func thePagerIsPagerElseLessWhenInstalledElseNone() throws {
        #expect(Pager(environment: ["PAGER": " most "]).command == "most")
        #expect(Pager(environment: ["PAGER": "", "PATH": "/nonexistent"]).command == nil)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pager-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let less = folder.appendingPathComponent("less")
        try Data("#!/bin/sh\n".utf8).write(to: less)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: less.path)
        #expect(Pager(environment: ["PATH": "/nonexistent:\(folder.path)"]).command == "less -R")
    }

    @Test func thePagerGetsTheTextOnItsInputAndAMissingPagerSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pager-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let shown = folder.appendingPathComponent("shown.txt")
        let pager = Pager(environment: path.merging(["PAGER": "cat > '\(shown.path)'"]) { $1 })
        #expect(pager.show("line one\nline two\n"))
        #expect(try String(contentsOf: shown, encoding: .utf8) == "line one\nline two\n")
        #expect(!Pager(environment: path.merging(["PAGER": "no-such-pager-\(UUID().uuidString)"]) { $1 }).show("text"))
    }
}
