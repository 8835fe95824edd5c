import CoachKit
import Foundation
import TerminalKit
@preconcurrency import Glibc

/// `mlsd practice` with no id on a terminal: the case studies with how often each was practised, the
/// least-practised one suggested (Enter takes it). Reads the answer straight from the descriptor, so no
/// typed-ahead input is left in a stdio buffer that raw mode would never see.
struct PromptMenu {
    let console: Console
    let prompts: [LoadedPrompt]
    let tallies: [PracticeSuggestion.Tally]
    let suggested: String

    func render(width: Int) -> String {
        var lines = [console.bold("Choose a case study") + console.dim(" (Enter takes the one marked *, the least practised)")]
        let idWidth = prompts.map(\.outline.id.count).max() ?? 0
        for (index, loaded) in prompts.enumerated() {
            let prompt = loaded.outline
            let count = tallies.first { $0.promptID == prompt.id }?.sessions ?? 0
            let marker = prompt.id == suggested ? "*" : " "
            let number = String(index + 1)
            let head = "  \(marker) \(String(repeating: " ", count: max(0, 2 - number.count)))\(number)) "
                + prompt.id.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0)
                + prompt.difficulty.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
            // Finished attempts, the same count `mlsd next` and `mlsd stats` use.
            let tally = count == 0 ? "never practised" : "practised \(count)×"
            let oneLine = head + tally.padding(toLength: 17, withPad: " ", startingAt: 0) + prompt.title
            // Too narrow for the title after the columns (60 columns): the title gets a row of its own.
            let rows = DisplayWidth.of(oneLine) <= width - 1
                ? [oneLine]
                : [DisplayWidth.truncate(head + tally, toWidth: max(20, width - 1)),
                   DisplayWidth.truncate("       " + prompt.title, toWidth: max(20, width - 1))]
            let row = rows.joined(separator: "\n")
            lines.append(prompt.id == suggested ? console.green(row) : row)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The prompt a reply names: its number, its id, or (empty) the suggestion. Nil when it names none.
    func choice(for reply: String) -> LoadedPrompt? {
        let text = reply.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return prompts.first { $0.outline.id == suggested } }
        if let number = Int(text), prompts.indices.contains(number - 1) { return prompts[number - 1] }
        return prompts.first { $0.outline.id == text }
    }

    /// Asks until the reply names a prompt; nil at end of input.
    func ask(input: Int32, width: Int) -> LoadedPrompt? {
        console.write(render(width: width))
        while true {
            let index = prompts.firstIndex { $0.outline.id == suggested }.map { $0 + 1 } ?? 1
            console.write("Case study [\(index)]: ")
            guard let reply = Self.readLine(from: input) else {
                console.write("\n")
                return nil
            }
            if let loaded = choice(for: reply) { return loaded }
            console.print(console.yellow("'\(reply)' is not one of them.") + " Type a number from 1 to \(prompts.count) or an id.")
        }
    }

    /// One line from a descriptor, byte by byte, without the newline; nil at end of input.
    static func readLine(from descriptor: Int32) -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(descriptor, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
    }
}
