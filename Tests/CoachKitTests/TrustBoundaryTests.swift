@testable import CoachKit
import Foundation
@preconcurrency import Glibc
import Testing

/// The library side of issue 9's trust boundary: the id rule, the text sanitiser, reading and writing
/// only regular files, lock files that never follow links, and session files whose id must be their name.
@Suite struct TrustBoundaryTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mlsd-trust-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    @Test func theIDRule() {
        for id in ["video-recommendation", "20261126-084012-video-recommendation-2", "a", "x9"] { #expect(Identifier.isValid(id), "\(id)") }
        for id in ["", "-a", "a-", "a--b", "A", "a_b", "../x", "a/b", "a.json", "a\u{1B}b", "a\nb", "é"] { #expect(!Identifier.isValid(id), "\(id)") }
        #expect(Identifier.isValidReference("20261126-"))
        #expect(Identifier.isValidReference("last"))
        for reference in ["", "../x", ".", "a b"] { #expect(!Identifier.isValidReference(reference), "\(reference)") }
    }

    @Test func controlCharactersBecomeVisibleEscapes() {
        #expect(SafeText.clean("a\u{1B}]0;pwned\u{07}b") == "a\\e]0;pwned\\ab")
        #expect(SafeText.clean("x\u{1B}[2J\u{9B}31m\u{7F}\u{01}") == "x\\e[2J\\x9b31m\\x7f\\x01")
        #expect(SafeText.clean("one\r\ntwo\tthree\rfour") == "one\ntwo\tthree\\rfour")
        #expect(SafeText.clean("one\ntwo\tthree", singleLine: true) == "one two three")
        let plain = "Plain text — with “quotes” and émoji 🙂\n"
        #expect(SafeText.clean(plain) == plain)
    }

    @Test func jsonStringsLoseTheirControlCharactersButNotTheirMeaning() throws {
        struct Text: Decodable { var text: String }
        func decoded(_ json: String) throws -> String {
            try JSONDecoder().decode(Text.self, from: SafeText.cleanJSON(Data(json.utf8))).text
        }
        #expect(try decoded(#"{"text": "a\u001b]0;x\u0007b"}"#) == "a\\e]0;x\\ab")
        #expect(try decoded(#"{"text": "a\u001B[2J\r\nb\rc\b\f"}"#) == "a\\e[2J\nb\\rc\\b\\f")
        #expect(try decoded("{\"text\": \"raw \u{9B}31m and \u{7F}\"}") == "raw \\x9b31m and \\x7f")
        // An escaped backslash followed by "u001b" is the text \u001b, not an escape character.
        #expect(try decoded(#"{"text": "\\u001b stays"}"#) == "\\u001b stays")
        let clean = Data(#"{"text": "fine \u00e9 \n"}"#.utf8)
        #expect(SafeText.cleanJSON(clean) == clean)
    }

    @Test func aDuplicateKeyIsASyntaxErrorAtTheSecondKey() {
        let json = "{\n  \"a\": {\n    \"b\": 1,\n    \"b\": 2\n  }\n}"
        #expect(throws: JSONSourceMap.SyntaxError(
            position: .init(line: 4, column: 5), message: "the field \"a.b\" appears twice in the same object; keep one")) {
            try JSONSourceMap(Array(json.utf8))
        }
        #expect(throws: Never.self) { try JSONSourceMap(Array(#"[{"b": 1}, {"b": 2}]"#.utf8)) }
    }

    @Test func inputFilesMustBeRegular() throws {
        let fifo = folder.appendingPathComponent("x.json")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        #expect(throws: InputFile.ReadError.notRegular(path: fifo.path, kind: "a FIFO (named pipe)")) { try InputFile.read(fifo, limit: 1000, kind: "prompt files") }
        #expect(throws: InputFile.ReadError.notRegular(path: folder.path, kind: "a folder")) { try InputFile.read(folder, limit: 1000, kind: "prompt files") }
        let missing = folder.appendingPathComponent("none.json")
        #expect(throws: InputFile.ReadError.missing(path: missing.path)) { try InputFile.read(missing, limit: 1000, kind: "prompt files") }
        let file = folder.appendingPathComponent("ok.json")
        try Data("{}".utf8).write(to: file)
        #expect(try InputFile.read(file, limit: 1000, kind: "prompt files") == Data("{}".utf8))
        #expect(InputFile.invalidUTF8Offset(Data([0x61, 0x62, 0xC3, 0xA9, 0xFF, 0x61])) == 4)
        #expect(InputFile.invalidUTF8Offset(Data("café".utf8)) == nil)
    }

    @Test func atomicWritesReplaceOnlyRegularFiles() throws {
        let fifo = folder.appendingPathComponent("pipe.md")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        #expect(throws: AtomicFile.WriteError.notRegularFile(path: fifo.path, kind: "a FIFO (named pipe)")) {
            try AtomicFile.write(Data("x".utf8), to: fifo)
        }
        let nested = folder.appendingPathComponent("missing/x.md")
        #expect(throws: AtomicFile.WriteError.missingFolder(path: folder.appendingPathComponent("missing").path)) {
            try AtomicFile.write(Data("x".utf8), to: nested, createFolders: false)
        }
        #expect(!FileManager.default.fileExists(atPath: nested.deletingLastPathComponent().path))
        try AtomicFile.write(Data("x".utf8), to: nested)
        #expect(try Data(contentsOf: nested) == Data("x".utf8))
    }

    @Test func aLockFileThatIsALinkIsRefused() throws {
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: victim)
        let symbolic = folder.appendingPathComponent(".a.lock")
        try FileManager.default.createSymbolicLink(at: symbolic, withDestinationURL: victim)
        #expect(throws: FileLock.LockError.refused(path: symbolic.path, reason: "it is a symbolic link")) { try FileLock.acquire(at: symbolic) }
        let hard = folder.appendingPathComponent(".b.lock")
        #expect(link(victim.path, hard.path) == 0)
        #expect(throws: FileLock.LockError.refused(path: hard.path, reason: "it is a hard link to another file")) { try FileLock.acquire(at: hard) }
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")

        // A lock file left by a crashed process is an ordinary file: it is locked again.
        let stale = folder.appendingPathComponent(".c.lock")
        try Data("12345\n".utf8).write(to: stale)
        let lock = try FileLock.acquire(at: stale)
        #expect(try String(contentsOf: stale, encoding: .utf8) == "\(getpid())\n")
        lock.release()
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    @Test func aSessionFileMustBeNamedAfterAValidID() throws {
        let store = SessionStore(directory: folder)
        let session = Session(
            id: "20270101-080000-case", promptID: "case", promptVersion: 1, promptTitle: "T", options: SessionOptions(minutes: 45),
            startedAt: Date(timeIntervalSince1970: 1_800_000_000), phases: [])
        try store.save(session)
        #expect(try store.load(fileAt: store.url(for: session.id)) == session)

        let copy = folder.appendingPathComponent("copy.json")
        try FileManager.default.copyItem(at: store.url(for: session.id), to: copy)
        #expect(throws: SessionStore.StoreError.misnamed(file: copy.path, id: session.id)) { try store.load(fileAt: copy) }

        var hostile = session
        hostile.id = "../../victim/config"
        #expect(throws: SessionStore.StoreError.invalidID(file: folder.path, id: hostile.id)) { try store.save(hostile) }
        let planted = folder.appendingPathComponent("planted.json")
        try SessionStore.encoder().encode(hostile).write(to: planted)
        #expect(throws: SessionStore.StoreError.invalidID(file: planted.path, id: hostile.id)) { try store.load(fileAt: planted) }

        let listing = SessionCatalog(store: store, indexFile: nil).load()
        #expect(listing.summaries.map(\.id) == [session.id])
        #expect(listing.warnings.count == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.deletingLastPathComponent().appendingPathComponent("victim").path))
    }

    @Test func theLibrarySkipsAPromptWhoseIDIsNotValid() throws {
        let builtin = PromptLibrary(folders: [])
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: repository.appendingPathComponent("Prompts/video-recommendation.json"), encoding: .utf8)
        #expect(text.contains("\"id\": \"video-recommendation\""))
        try Data(text.replacingOccurrences(of: "\"id\": \"video-recommendation\"", with: "\"id\": \"../../escaped/pwned\"").utf8)
            .write(to: folder.appendingPathComponent("evil.json"))
        let library = PromptLibrary(folders: [folder])
        #expect(library.prompt(id: "../../escaped/pwned") == nil)
        #expect(library.prompts.count == builtin.prompts.count)
        let problem = try #require(library.problems.first)
        #expect(problem.file == folder.appendingPathComponent("evil.json").path)
        #expect(problem.description.contains("the id \"../../escaped/pwned\" is not lowercase-kebab"))
    }
}
