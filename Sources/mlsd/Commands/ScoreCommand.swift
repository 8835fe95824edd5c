import CoachKit
import Foundation

/// `mlsd score FILE [--json]`: score a written answer set against a case study's rubric, no timer.
struct ScoreCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "score", abstract: "Score a written answer set (JSON or Markdown) without a timer.",
            discussion: """
                FILE is JSON {"prompt": "<id>", "answers": {"clarify": "…", …, "deploy": "…"}} or Markdown whose
                first line is 'prompt: <id>' followed by '## Clarify' … '## Deploy' sections. Missing phases count
                as empty. Use '-' to read standard input.
                """,
            arguments: [ArgumentSpec(name: "file", help: "The answer file.", completion: .file)],
            options: [OptionSpec(name: "json", help: "Print the scores as JSON.")],
            command: ScoreCommand.self)
    }

    /// The answer file, or "-" for standard input.
    var path: String
    var json: Bool

    init(_ parsed: ParsedCommand) throws {
        path = parsed.arguments[0]
        json = parsed.flag("json")
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let data: Data
        let limit = InputLimits.maximumAnswerFileBytes
        if path == "-" {
            do {
                // Bounded: a huge input (or /dev/zero piped in) is refused after the limit, not read into memory.
                data = try BoundedFileReader.read(FileHandle.standardInput, limit: limit)
            } catch {
                switch error {
                case .tooLarge:
                    throw CommandError("Cannot score \(path): \(error.reason(kind: "answer files")).", code: .dataError)
                case .unreadable(let reason):
                    throw CommandError("Cannot read \(path): \(reason).", code: .failure)
                }
            }
        } else {
            do {
                // Regular files only (a FIFO would block, /dev/zero never ends), and bounded.
                data = try InputFile.read(context.url(forPath: path), limit: limit, kind: "answer files")
            } catch {
                // Past the limit, in score's words; a missing or unreadable file as the error says it.
                if case .tooLarge = error { throw CommandError("Cannot score \(path): \(error.reason).", code: .dataError) }
                throw error
            }
        }
        let answerFile = try AnswerFile.parse(data, file: path == "-" ? "<stdin>" : path)
        let library = context.loadLibrary(onlyNeeding: answerFile.promptID)
        let loaded = try PromptsCommand.lookUp(answerFile.promptID, in: library, code: .dataError)
        let report = Scorer(prompt: loaded.prompt, lexicon: library.lexicon).score(answers: answerFile.answers)
        if json {
            context.console.print(try JSONText.encode(ScoreJSON.object(report)))
        } else {
            context.console.write(ScoreReportRenderer(console: context.console, prompt: loaded.prompt).full(report))
        }
        return .success
    }
}

/// The `--json` shape of a score report: {"prompt", "overall", "verdict", "phases": {phase: {...}}}.
enum ScoreJSON {
    static func object(_ report: ScoreReport) -> [String: Any] {
        var phases: [String: Any] = [:]
        for (phase, score) in report.phases {
            phases[phase.rawValue] = [
                "score": score.score,
                "verdict": score.verdict.rawValue,
                "matched": score.matched.map(\.id),
                "named": score.named.map(\.id),
                "lift": Dictionary(uniqueKeysWithValues: score.named.map { ($0.id, $0.lift ?? "") }),
                "missed": score.missed.map(\.id),
                "redFlags": score.redFlags.map(\.id),
                "notes": score.notes,
                "evidence": Dictionary(uniqueKeysWithValues: (score.matched + score.named).compactMap { item in
                    item.evidence.map { (item.id, $0.sentence) }
                }),
            ] as [String: Any]
        }
        return ["prompt": report.promptID, "overall": report.overall, "verdict": report.verdict.rawValue, "phases": phases]
    }
}
