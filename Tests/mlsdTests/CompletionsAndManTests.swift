import Foundation
import Testing

@Suite("Shell completions and the man page")
struct CompletionsAndManTests {
    let home = MLSDProcess.temporaryHome()

    /// Runs bash with the generated completion script and asks for completions of `line`.
    func bashComplete(_ words: [String]) throws -> [String] {
        let script = try MLSDProcess.run(["completions", "bash"], home: home).stdout
        let scriptFile = home.appendingPathComponent("mlsd.bash")
        try script.write(to: scriptFile, atomically: true, encoding: .utf8)
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let driver = """
            PATH="\(MLSDProcess.productsDirectory.path):$PATH"
            source '\(scriptFile.path)'
            COMP_WORDS=(mlsd \(quoted))
            COMP_CWORD=\(words.count)
            _mlsd
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", driver]
        process.currentDirectoryURL = home
        var environment = ProcessInfo.processInfo.environment
        environment["MLSD_HOME"] = home.path
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test("bash completes commands, subcommands, options and prompt ids")
    func bash() throws {
        #expect(try bashComplete(["pr"]).sorted() == ["practice", "prompts"])
        #expect(try bashComplete(["prompts", "v"]) == ["validate"])
        #expect(try bashComplete(["prompts", "list", "--j"]) == ["--json"])
        let ids = try bashComplete(["prompts", "show", "ad-"])
        #expect(ids == ["ad-click-prediction"])
        #expect(!(try bashComplete([""])).contains("__complete"))
    }

    @Test("zsh and fish scripts call the same completion source; an unknown shell is a usage error")
    func otherShells() throws {
        let zsh = try MLSDProcess.run(["completions", "zsh"], home: home)
        #expect(zsh.stdout.hasPrefix("#compdef mlsd"))
        #expect(zsh.stdout.contains("mlsd __complete words --"))
        let fish = try MLSDProcess.run(["completions", "fish"], home: home)
        #expect(fish.stdout.contains("complete -c mlsd"))
        let bad = try MLSDProcess.run(["completions", "tcsh"], home: home)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("expected bash, zsh or fish"))
    }

    @Test("the man page is roff generated from the command definitions, covering every command and option")
    func manPage() throws {
        let result = try MLSDProcess.run(["man"], home: home)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(".TH MLSD 1"))
        let help = try MLSDProcess.run(["--help"], home: home).stdout
        let commands = help.components(separatedBy: "SUBCOMMANDS:\n").last!.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && !$0.contains("See '") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        for command in commands { #expect(result.stdout.contains(".SS \(command)"), "man page lacks \(command)") }
        let listHelp = try MLSDProcess.run(["prompts", "list", "--help"], home: home).stdout
        #expect(listHelp.contains("--json"))
        #expect(result.stdout.contains("\\fB\\-\\-json\\fR"))
    }
}
