import CoachKit
import Foundation
@preconcurrency import Glibc
import Testing
@testable import mlsd

/// Issue 9's trust-boundary reproductions, through the real binary: ids that are paths, a planted lock
/// link, export targets that are not regular files, escape sequences in shared prompt files, and the
/// messages for files that are not what their name says.
@Suite struct HostileInputTests {
    let home = MLSDProcess.temporaryHome()
    var sessions: URL { home.appendingPathComponent("sessions") }
    var prompts: URL { home.appendingPathComponent("prompts") }

    /// A fixture home's unfinished session, rewritten with `changes`, saved under `name`.
    func plantSession(named name: String, in home: URL, _ changes: (inout [String: Any]) -> Void) throws -> Session {
        let unfinished = try #require(SessionFixtures.sessions(in: home).first { !$0.isFinished })
        var object = try #require(try JSONSerialization.jsonObject(with: SessionStore.encoder().encode(unfinished)) as? [String: Any])
        changes(&object)
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted])
            .write(to: home.appendingPathComponent("sessions/\(name)"))
        return unfinished
    }

    /// A valid user prompt (from `prompts new`) with some of its template text replaced.
    func writePrompt(id: String, file: String, replacing: [(String, String)] = []) throws {
        let scratch = MLSDProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: scratch) }
        #expect(try MLSDProcess.run(["prompts", "new", "template-case"], home: scratch).status == 0)
        var text = try String(contentsOf: scratch.appendingPathComponent("prompts/template-case.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"id\": \"template-case\"", with: "\"id\": \"\(id)\"")
        for (old, new) in replacing { text = text.replacingOccurrences(of: old, with: new) }
        try FileManager.default.createDirectory(at: prompts, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: prompts.appendingPathComponent(file))
    }

    // MARK: - Writes outside the data home (reproductions 1–4)

    @Test func aSessionIDThatIsAPathIsNeverUsed() throws {
        let (home, _) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        _ = try plantSession(named: "shared2.json", in: home) { $0["id"] = "../../victimdir/config" }
        let victim = home.deletingLastPathComponent().appendingPathComponent("victimdir")

        let byID = try MLSDProcess.run(["resume", "../../victimdir/config"], home: home, stdin: "x\n/quit\n")
        #expect(byID.status == 64)
        #expect(byID.stderr.contains("is not a session id"))
        let byFile = try MLSDProcess.run(["resume", "shared2"], home: home, stdin: "x\n/quit\n")
        #expect(byFile.status == 65)
        #expect(byFile.stderr.contains("Cannot resume 'shared2': \(home.path)/sessions/shared2.json has the session id \"../../victimdir/config\", which is not valid"))
        #expect(!FileManager.default.fileExists(atPath: victim.path))

        let history = try MLSDProcess.run(["history"], home: home)
        #expect(history.status == 0)
        #expect(history.stderr.contains("warning: \(home.path)/sessions/shared2.json has the session id"))
        #expect(!history.stdout.contains("victimdir"))
    }

    @Test func escapesAndNewlinesInASessionIDNeverReachHistoryOrFileNames() throws {
        let (home, _) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        _ = try plantSession(named: "odd.json", in: home) { $0["id"] = "odd\u{1B}]0;pwned\u{07}\nrow" }
        let history = try MLSDProcess.run(["history"], home: home)
        #expect(history.status == 0)
        #expect(!history.stdout.contains("\u{1B}") && !history.stderr.contains("\u{1B}"))
        #expect(!history.stdout.contains("pwned"))
        #expect(history.stderr.contains("odd.json has the session id \"odd\\e]0;pwned\\a row\", which is not valid"))
        let resumed = try MLSDProcess.run(["resume", "odd"], home: home, stdin: "x\n/quit\n")
        #expect(resumed.status == 65)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("sessions").path).allSatisfy { !$0.contains("pwned") })
    }

    @Test func aSessionCopiedUnderAnotherNameIsSkippedSoResumeWritesNoSecondFile() throws {
        let (home, _) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let original = try plantSession(named: "backup.json", in: home) { _ in }
        let folder = home.appendingPathComponent("sessions")
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))

        let history = try MLSDProcess.run(["history"], home: home)
        #expect(history.stderr.contains("backup.json holds the session \(original.id), but a session file is named after its id"))
        #expect(history.stdout.components(separatedBy: original.id).count == 2, "listed once: \(history.stdout)")
        let resumed = try MLSDProcess.run(["resume", original.id], home: home, stdin: "More.\n/quit\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == before)
        let saved = try SessionStore(directory: folder).load(fileAt: folder.appendingPathComponent("\(original.id).json"))
        #expect(saved.phases[saved.currentPhaseIndex].answer.hasSuffix("More."))
    }

    @Test func aPromptIDThatIsAPathIsSkippedByListAndPractice() throws {
        let escaped = home.appendingPathComponent("x/escaped")
        try writePrompt(id: "../../x/escaped/pwned", file: "evil.json")

        let list = try MLSDProcess.run(["prompts", "list"], home: home)
        #expect(list.status == 0)
        #expect(list.stderr.contains("warning: skipped \(prompts.path)/evil.json"))
        #expect(list.stderr.contains("the id \"../../x/escaped/pwned\" is not lowercase-kebab"))
        #expect(!list.stdout.contains("pwned"))
        let validate = try MLSDProcess.run(["prompts", "validate"], home: home)
        #expect(validate.status == 65)
        #expect(validate.stdout.contains("invalid \(prompts.path)/evil.json"))

        let practice = try MLSDProcess.run(["practice", "../../x/escaped/pwned"], home: home, stdin: "x\n/quit\n")
        #expect(practice.status == 64)
        #expect(practice.stderr.contains("is not a case-study id"))
        #expect(!FileManager.default.fileExists(atPath: escaped.path))
        let saved = (try? FileManager.default.contentsOfDirectory(atPath: sessions.path)) ?? []
        #expect(saved.isEmpty)
    }

    @Test func aPlantedLockLinkIsRefusedNotFollowed() throws {
        let (home, _) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let unfinished = try #require(SessionFixtures.sessions(in: home).first { !$0.isFinished })
        let victim = home.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        let lock = home.appendingPathComponent("sessions/.\(unfinished.id).lock")
        try FileManager.default.createSymbolicLink(at: lock, withDestinationURL: victim)

        let resumed = try MLSDProcess.run(["resume", unfinished.id], home: home, stdin: "x\n/quit\n")
        #expect(resumed.status == 1)
        #expect(resumed.stderr.contains("Refusing to use the lock file \(lock.path): it is a symbolic link"))
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: lock.path) == victim.path)
    }

    @Test func exportRefusesSpecialTargetsAndMissingFoldersAndPrintsForADash() throws {
        let (home, _) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let fifo = home.appendingPathComponent("pipe.md")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        // No device here: were the check ever broken, the test (run as root) would replace /dev/null itself.
        // Devices take the same path as FIFOs and folders (anything but a regular file is refused).
        let cases: [(String, String)] = [
            (fifo.path, "\(fifo.path) is a FIFO (named pipe), not a regular file"),
            (home.path, "\(home.path) is a folder, not a regular file"),
            (home.appendingPathComponent("no/such/x.md").path, "The folder \(home.path)/no/such does not exist"),
        ]
        for (target, message) in cases {
            let result = try MLSDProcess.run(["export", "last", "-o", target], home: home)
            #expect(result.status == 1, "\(target)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("no").path))
        var info = stat()
        #expect(lstat(fifo.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)

        let dash = try MLSDProcess.run(["export", "last", "-o", "-"], home: home)
        #expect(dash.status == 0)
        #expect(dash.stdout.hasPrefix("# "))
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("-").path))
    }

    // MARK: - Terminal injection (reproduction 8)

    @Test func escapeSequencesFromAPromptFileNeverReachTheTerminalOrTheExports() throws {
        try writePrompt(id: "hostile", file: "hostile.json", replacing: [
            ("A short title for template-case", "Evil \\u001b]0;pwned\\u0007 title \\u001b[2J"),
            ("The question the interviewer opens with", "Clip \\u001b]52;c;cHduZWQ=\\u0007 \u{9B}31m statement"),
            ("About 100 million daily users.", "About \\u001b[2J100 million \\u009b daily users."),
            ("A probe the interviewer asks after this phase?", "Probe \\u001b]0;x\\u0007?"),
        ])
        func expectClean(_ result: MLSDProcess.Result, _ label: String) {
            for (stream, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
                #expect(!text.contains("\u{1B}"), "\(label) \(stream) has ESC")
                #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0.value == 0x07 }, "\(label) \(stream) has a control")
            }
        }
        let list = try MLSDProcess.run(["prompts", "list"], home: home)
        expectClean(list, "list")
        #expect(list.stdout.contains("Evil \\e]0;pwned\\a title \\e[2J"))
        let show = try MLSDProcess.run(["prompts", "show", "hostile", "--full"], home: home)
        expectClean(show, "show")
        #expect(show.stdout.contains("Clip \\e]52;c;cHduZWQ=\\a \\x9b31m statement"))

        let practice = try MLSDProcess.run(
            ["practice", "hostile", "--follow-ups"], home: home,
            stdin: Phase.allCases.map { _ in "An answer.\n/ask how many users are there?\n/next\nA reply.\n/next\n" }.joined())
        #expect(practice.status == 0, "\(practice.stderr)")
        expectClean(practice, "practice")
        #expect(practice.stdout.contains("About \\e[2J100 million \\x9b daily users."))
        #expect(practice.stdout.contains("Probe \\e]0;x\\a?"))

        for arguments in [["review", "last"], ["history"], ["stats"], ["next"], ["export", "last"], ["export", "last", "-f", "html"]] {
            let result = try MLSDProcess.run(arguments, home: home)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            expectClean(result, arguments.joined(separator: " "))
        }
        let html = try MLSDProcess.run(["export", "last", "-f", "html"], home: home)
        #expect(html.stdout.contains("Evil \\e]0;pwned\\a title \\e[2J"))
    }

    @Test func scoreNeverEchoesControlBytesFromTheFile() throws {
        let file = home.appendingPathComponent("answers.md")
        try Data([0x1B] + Array("]0;pwned".utf8) + [0x07, 0xC2, 0x9B] + Array("x\n## Clarify\n".utf8)).write(to: file)
        let result = try MLSDProcess.run(["score", file.path], home: home)
        #expect(result.status == 65)
        #expect(result.stderr.contains("expected the first line to be 'prompt: <id>', found '\\e]0;pwned\\a\\x9bx'"))
        #expect(!result.stderr.contains("\u{1B}"))

        try Data(Array("prompt: video-recommendation\n## Clarify\nabc ".utf8) + [0xFF, 0xFE] + Array("\n".utf8)).write(to: file)
        let binary = try MLSDProcess.run(["score", file.path], home: home)
        #expect(binary.status == 65)
        #expect(binary.stderr.contains("answers.md:3: the file is not valid UTF-8 at byte 44"))
    }

    @Test func theConsoleKeepsItsOwnColorsAndNothingElse() {
        let styled = Console(write: { _ in }, writeError: { _ in }, isTerminal: true, usesColor: true)
        let text = styled.bold("Title") + " \u{1B}]0;pwned\u{07} \u{1B}[2J " + styled.green("ok") + " \u{1B}"
        #expect(Console.safe(text, keepingStyles: true) == "\u{1B}[1mTitle\u{1B}[0m \\e]0;pwned\\a \\e[2J \u{1B}[32mok\u{1B}[0m \\e")
        #expect(Console.safe(text, keepingStyles: false) == "\\e[1mTitle\\e[0m \\e]0;pwned\\a \\e[2J \\e[32mok\\e[0m \\e")
    }

    // MARK: - Messages (item 12)

    @Test func aFolderAFIFOAndAnUnreadableNameAreReportedForWhatTheyAre() throws {
        try FileManager.default.createDirectory(at: prompts.appendingPathComponent("folder.json"), withIntermediateDirectories: true)
        #expect(mkfifo(prompts.appendingPathComponent("fifo.json").path, 0o644) == 0)
        let list = try MLSDProcess.run(["prompts", "list"], home: home)
        #expect(list.status == 0)
        #expect(list.stderr.contains("\(prompts.path)/folder.json: cannot read the file: it is a folder, not a regular file."))
        #expect(list.stderr.contains("\(prompts.path)/fifo.json: cannot read the file: it is a FIFO (named pipe), not a regular file."))
        #expect(!list.stderr.contains("invalid JSON"))

        let fifo = home.appendingPathComponent("answers.fifo")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        for (path, kind) in [(fifo.path, "a FIFO (named pipe)"), ("/dev/zero", "a character device"), (home.path, "a folder")] {
            let result = try MLSDProcess.run(["score", path], home: home)
            #expect(result.status == 1)
            #expect(result.stderr.contains("Cannot read \(path): it is \(kind), not a regular file"), "\(result.stderr)")
        }
        let missing = try MLSDProcess.run(["score", home.appendingPathComponent("nope.md").path], home: home)
        #expect(missing.status == 1 && missing.stderr.contains("no such file"))
    }

    @Test func badUTF8AndDuplicateKeysInAPromptFileAreNamedWithTheirPosition() throws {
        try writePrompt(id: "latin", file: "latin.json", replacing: [("A short title for", "Caf\u{E9} title for")])
        let latin = prompts.appendingPathComponent("latin.json")
        var bytes = try Data(contentsOf: latin)
        let offset = try #require(bytes.firstRange(of: Data("\u{E9}".utf8))).lowerBound
        bytes.replaceSubrange(offset..<offset + 2, with: [0xE9])  // Latin-1, as an old editor saves it
        try bytes.write(to: latin)
        try writePrompt(id: "twice", file: "twice.json", replacing: [("\"minutes\": 45,", "\"minutes\": 45, \"minutes\": 50,")])

        let list = try MLSDProcess.run(["prompts", "list"], home: home)
        #expect(list.status == 0)
        #expect(list.stderr.contains("\(latin.path):6:16: invalid JSON: the file is not valid UTF-8 at byte \(offset)"), "\(list.stderr)")
        #expect(list.stderr.contains("twice.json:"))
        #expect(list.stderr.contains("invalid JSON: the field \"minutes\" appears twice in the same object; keep one"))
        #expect(!list.stderr.contains("The given data was not valid JSON"))

        try writePrompt(id: "huge", file: "huge.json", replacing: [("\"minutes\": 45,", "\"minutes\": 1e300,")])
        let huge = try MLSDProcess.run(["prompts", "list"], home: home)
        #expect(huge.stderr.contains("huge.json:1:1: invalid JSON: the document is refused by the JSON decoder; look for a number too large"))
        #expect(!huge.stderr.contains("expected The given data"))
    }

    @Test func globalOptionsMayComeBeforeTheSubcommand() throws {
        let extra = MLSDProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: extra) }
        #expect(try MLSDProcess.run(["prompts", "new", "extra-case"], home: extra).status == 0)
        let folder = extra.appendingPathComponent("prompts").path
        for arguments in [["--prompts", folder, "prompts", "list"], ["--prompts=\(folder)", "prompts", "list"], ["prompts", "--prompts", folder, "list"]] {
            let result = try MLSDProcess.run(arguments, home: home)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.stdout.contains("extra-case"), "\(arguments): \(result.stdout)")
            #expect(!result.stdout.contains("OVERVIEW"))
        }
    }

    @Test func anEmptyIDIsAUsageErrorAndAnUnknownSessionExits1Everywhere() throws {
        let (home, _) = try SessionFixtures.home()
        defer { try? FileManager.default.removeItem(at: home) }
        for command in [["resume"], ["review"], ["export"], ["history", "rm"]] {
            let empty = try MLSDProcess.run(command + [""], home: home, stdin: "")
            #expect(empty.status == 64, "\(command)")
            #expect(empty.stderr.contains("The session id is empty"), "\(command)")
            let unknown = try MLSDProcess.run(command + ["nope"], home: home, stdin: "")
            #expect(unknown.status == 1, "\(command)")
            #expect(unknown.stderr.contains("No session matches 'nope'"), "\(command)")
        }
        let prompt = try MLSDProcess.run(["prompts", "show", ""], home: home)
        #expect(prompt.status == 64 && prompt.stderr.contains("The case-study id is empty"))
    }
}
