import CoachKit
import Foundation
import TerminalKit

// mlsd-bench: prints the speed figures the issues set targets for. Run it in a release build:
//   swift run -c release mlsd-bench
// Figures, not pass/fail: targets are checked by reading them, not by timed unit tests.

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

let library = PromptLibrary(folders: [])
print("Scoring (target: a 1,000-word answer set well under 10 ms)")
for id in ["video-recommendation", "ad-click-prediction", "harmful-content-detection"] {
    guard let loaded = library.prompt(id: id) else { continue }
    let report = ScoringBenchmark(prompt: loaded.prompt, lexicon: library.lexicon).run(wordCounts: [1_000, 10_000, 100_000], repetitions: 5)
    print("  \(id): compile \(String(format: "%.1f", report.compileMilliseconds)) ms")
    for result in report.results {
        print(String(format: "    %7d words: best %8.2f ms, median %8.2f ms (CPU %8.2f ms), %.2f ms per 1,000 words",
                     result.words, result.bestMilliseconds, result.medianMilliseconds, result.medianCPUMilliseconds,
                     result.millisecondsPerThousandWords))
    }
}

print("Line editor and key decoder (10 MB paste)")
let clock = ContinuousClock()
let line = String(repeating: "0123456789", count: 9) + " 日本😀"
let pasted = Array(repeating: line, count: 10_000_000 / (line.utf8.count + 1) + 1).joined(separator: "\n")
var editor = LineEditor(text: "")
let pasteTime = clock.measure { editor.insert(pasted) }
let typingTime = clock.measure {
    for character in "more" { _ = editor.apply(.character(character), width: 78) }
    _ = editor.layout(width: 78, maxRows: 20)
}
print(String(format: "  editor: paste %.1f ms, then 4 keys + layout %.2f ms", milliseconds(pasteTime), milliseconds(typingTime)))
for lines in [20_000, 80_000] {
    let text = Array(repeating: "some pasted words, 日本, 😀", count: lines).joined(separator: "\n")
    var fresh = LineEditor(text: "x")
    let time = clock.measure { fresh.insert(text) }
    print(String(format: "  editor: paste of %d lines %.1f ms", lines, milliseconds(time)))
}
var decoder = KeyDecoder()
let bytes = Array("\u{1B}[200~".utf8) + Array(pasted.utf8) + Array("\u{1B}[201~".utf8)
let decodeTime = clock.measure {
    var start = 0
    while start < bytes.count {
        let end = min(bytes.count, start + 65_536)
        _ = decoder.feed(bytes[start..<end])
        start = end
    }
}
print(String(format: "  key decoder: 10 MB bracketed paste in %.1f ms", milliseconds(decodeTime)))
