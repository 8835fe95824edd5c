import CoachKit
import Foundation

/// `mlsd prompts list [--json]`: the case studies and where each comes from.
struct PromptsListCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "list", abstract: "List the case studies and where each comes from.",
            options: [OptionSpec(name: "json", help: "Print JSON: an array of objects.")],
            command: PromptsListCommand.self)
    }

    var json: Bool

    init(_ parsed: ParsedCommand) throws {
        json = parsed.flag("json")
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let library = context.loadLibrary()
        let rows = library.prompts
        if json {
            let objects: [[String: Any]] = rows.map {
                [
                    "id": $0.outline.id, "title": $0.outline.title, "category": $0.outline.category,
                    "difficulty": $0.outline.difficulty.rawValue, "minutes": $0.outline.minutes,
                    "tags": $0.outline.tags, "version": $0.outline.version, "source": $0.source.description,
                    "file": $0.file,
                ]
            }
            context.console.print(try JSONText.encode(objects))
            return .success
        }
        guard !rows.isEmpty else {
            context.console.print("No case studies found.")
            return .success
        }
        let table = TextTable(
            headers: ["ID", "TITLE", "CATEGORY", "LEVEL", "MIN", "SOURCE"],
            rows: rows.map {
                [$0.outline.id, $0.outline.title, $0.outline.category, $0.outline.difficulty.rawValue, "\($0.outline.minutes)",
                 $0.source.description]
            })
        context.console.write(table.render(bold: context.console.bold))
        return .success
    }
}
