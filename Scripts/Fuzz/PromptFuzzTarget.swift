import CoachKit
import Foundation

/// Fuzzes what `mlsd prompts validate` and `mlsd prompts fmt` do with a user's file: decode the bytes
/// as a prompt (and as a lexicon), lint the prompt with the built-in lexicon, score its example answers
/// (the self-test), and format it twice (the same text both times). Any input may be rejected, but only with a `PromptError` that names the file and a
/// real position in it.
enum PromptFuzzTarget {
    static let file = "fuzz/prompt.json"
    static let lexicon = PromptLibrary().lexicon

    static func run(_ data: Data) {
        // With the built-in lists, so `$name` references and their errors are fuzzed too.
        let decoder = PromptDecoder(lists: lexicon.signalLists)
        do {
            let (prompt, map) = try decoder.decodePrompt(data, file: file)
            let loaded = LoadedPrompt(prompt: prompt, source: .folder("fuzz"), file: file, sourceMap: map)
            let linter = PromptLinter(lexicon: lexicon)
            for problem in linter.lint(loaded) + linter.warnings(loaded) + ExampleSelfTest(lexicon: lexicon).problems(loaded) {
                check(problem)
            }
            // `mlsd prompts fmt` must accept every valid prompt, keep its meaning and be idempotent.
            let formatter = PromptFormatter(lexicon: lexicon)
            do {
                let once = try formatter.formatPrompt(data, file: file)
                let (reformatted, _) = try decoder.decodePrompt(Data(once.utf8), file: file)
                require(reformatted.id == prompt.id && reformatted.phases.keys.count == prompt.phases.keys.count, "fmt changed the prompt")
                require(try formatter.formatPrompt(Data(once.utf8), file: file) == once, "fmt is not idempotent")
            } catch {
                require(false, "fmt failed on a valid prompt: \(error)")
            }
        } catch {
            check(error)
        }
        do {
            _ = try decoder.decodeLexicon(data, file: file)
        } catch {
            check(error)
        }
    }

    static func check(_ error: PromptError) {
        let message = error.description
        require(error.file == file && message.hasPrefix(file + ":"), "a prompt error must start with the file: \(message)")
        switch error {
        case .syntax(_, let at, _), .invalidField(_, let at, _, _, _, _), .rule(_, let at, _, _, _), .exampleScore(_, let at, _, _, _):
            require(at.line >= 1 && at.column >= 1, "a position must be 1-based: \(message)")
        case .unreadable:
            break
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPrompt(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    PromptFuzzTarget.run(Data(bytes: bytes, count: count))
    return 0
}
