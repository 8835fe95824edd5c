import CoachKit
import Foundation
@preconcurrency import Glibc
import TerminalKit
import TerminalTestSupport
import Testing
@testable import mlsd

/// One colour decision for the whole program (TerminalKit's ``Style``), with no-color.org semantics:
/// only a non-empty NO_COLOR turns colour off. The console of the commands and the interview screen
/// used to disagree on `NO_COLOR=` (empty).
@Suite("Colour decision")
struct ColorDecisionTests {
    @Test func theConsoleColorsExactlyWhenTerminalKitDoes() throws {
        let pty = try #require(PseudoTerminal())
        let environments: [[String: String]] = [
            [:], ["NO_COLOR": ""], ["NO_COLOR": "1"], ["NO_COLOR": "0"], ["TERM": "dumb"], ["NO_COLOR": "", "TERM": "dumb"],
        ]
        for environment in environments {
            let output = Terminal(fileDescriptor: pty.secondary, environment: environment)
            let console = Console.standard(output: output)
            #expect(console.usesColor == output.style.isEnabled, "\(environment)")
            #expect(console.isTerminal)
        }
        #expect(Console.standard(output: Terminal(fileDescriptor: pty.secondary, environment: ["NO_COLOR": ""])).usesColor)
        #expect(!Console.standard(output: Terminal(fileDescriptor: pty.secondary, environment: ["NO_COLOR": "1"])).usesColor)
        var descriptors: [Int32] = [-1, -1]
        #expect(pipe(&descriptors) == 0)
        defer { descriptors.forEach { close($0) } }
        let piped = Console.standard(output: Terminal(fileDescriptor: descriptors[1], environment: ["NO_COLOR": ""]))
        #expect(!piped.usesColor && !piped.isTerminal)
    }

    @Test func anEmptyNoColorLeavesTheBinarysColorOnAndANonEmptyOneTurnsItOff() throws {
        let home = MLSDProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        for (value, colored) in [("", true), ("1", false)] {
            let run = try InterviewProcess(["prompts", "list"], home: home, environment: ["NO_COLOR": value])
            let exit = try #require(run.waitForExit())
            #expect(exit.reason == .exit && exit.status == 0)
            #expect(run.screen.contains("video-recommendation"))
            // The table's header is bold ("ESC [ 1 m") exactly when colour is on.
            #expect(run.output.contains("\u{1B}[1m") == colored, "NO_COLOR=\(value)")
        }
    }
}
