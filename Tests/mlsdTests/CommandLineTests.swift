import Foundation
import Testing

@Suite("Command line conventions")
struct CommandLineTests {
    let home = MLSDProcess.temporaryHome()

    @Test("--help, help COMMAND and COMMAND --help explain every command")
    func help() throws {
        let root = try MLSDProcess.run(["--help"], home: home)
        #expect(root.status == 0)
        #expect(root.stdout.contains("USAGE: mlsd <subcommand>"))
        for command in ["practice", "score", "prompts", "help"] { #expect(root.stdout.contains("  \(command) ")) }
        let viaHelp = try MLSDProcess.run(["help", "prompts", "validate"], home: home)
        let viaFlag = try MLSDProcess.run(["prompts", "validate", "--help"], home: home)
        #expect(viaHelp.status == 0 && viaFlag.status == 0)
        #expect(viaHelp.stdout == viaFlag.stdout)
        #expect(viaFlag.stdout.contains("USAGE: mlsd prompts validate [--strict] [<path> ...]"))
        let short = try MLSDProcess.run(["score", "-h"], home: home)
        #expect(short.stdout.contains("OVERVIEW: Score a written answer set"))
    }

    @Test("every command and subcommand answers --help with exit 0")
    func helpEverywhere() throws {
        let root = try MLSDProcess.run(["--help"], home: home)
        let commands = root.stdout.components(separatedBy: "SUBCOMMANDS:\n").last!
            .split(separator: "\n").compactMap { line -> String? in
                line.hasPrefix("  ") && !line.hasPrefix("   ") && !line.contains("See '") ? line.split(separator: " ").first.map(String.init) : nil
            }
        #expect(commands.count >= 4)
        for command in commands {
            let result = try MLSDProcess.run([command, "--help"], home: home)
            #expect(result.status == 0, "\(command) --help")
            #expect(result.stdout.hasPrefix("OVERVIEW:"), "\(command) --help")
        }
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try MLSDProcess.run(["--version"], home: home)
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }

    @Test("an unknown command is a usage error with a suggestion")
    func unknownCommand() throws {
        let result = try MLSDProcess.run(["promts", "list"], home: home)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Unknown command 'promts'. Did you mean 'prompts'?"))
        #expect(result.stdout.isEmpty)
        let nested = try MLSDProcess.run(["prompts", "lst"], home: home)
        #expect(nested.status == 64)
        #expect(nested.stderr.contains("Did you mean 'list'?"))
    }

    @Test("an unknown option is a usage error with a suggestion and the usage line")
    func unknownOption() throws {
        let result = try MLSDProcess.run(["prompts", "list", "--jsn"], home: home)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Unknown option '--jsn'. Did you mean '--json'?"))
        #expect(result.stderr.contains("Usage: mlsd prompts list [--json]"))
    }

    @Test("missing and extra arguments are usage errors")
    func arguments() throws {
        let missing = try MLSDProcess.run(["prompts", "show"], home: home)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("Missing expected argument '<id>'"))
        let extra = try MLSDProcess.run(["prompts", "schema", "extra"], home: home)
        #expect(extra.status == 64)
        #expect(extra.stderr.contains("Unexpected argument 'extra'"))
        let noValue = try MLSDProcess.run(["prompts", "list", "--prompts"], home: home)
        #expect(noValue.status == 64)
        #expect(noValue.stderr.contains("Missing value for '--prompts <dir>'"))
    }
}
