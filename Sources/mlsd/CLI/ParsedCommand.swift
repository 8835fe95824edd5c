import CoachKit

/// The result of parsing a command line against a `CommandSpec` tree.
struct ParsedCommand: Sendable {
    /// The command that runs, e.g. `prompts list`.
    var spec: CommandSpec
    /// Names from the root, e.g. ["mlsd", "prompts", "list"].
    var path: [String]
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var arguments: [String] = []

    var commandName: String { path.joined(separator: " ") }

    func flag(_ name: String) -> Bool { flags.contains(name) }
    func value(_ name: String) -> String? { values[name]?.last }
    func allValues(_ name: String) -> [String] { values[name] ?? [] }

    /// A usage error for this command line, printed with this command's usage.
    func usageError(_ message: String) -> UsageError { UsageError(message, command: spec, path: path) }

    /// An integer option, with a usage error written as a sentence when it is not one.
    func integer(_ name: String, range: ClosedRange<Int>) throws -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError(
                "The value '\(text)' of '--\(name)' is not valid: expected a whole number from \(range.lowerBound) to \(range.upperBound).",
                command: self.spec, path: path)
        }
        return number
    }

    /// A value that must be one of `choices`.
    func choice(_ name: String, in choices: [String]) throws -> String? {
        guard let text = value(name) else { return nil }
        guard choices.contains(text) else {
            let hint = Suggestion.hint(for: text, in: choices)
            throw UsageError(
                "The value '\(text)' of '--\(name)' is not valid: expected one of \(choices.map { "'\($0)'" }.joined(separator: ", ")).\(hint)",
                command: spec, path: path)
        }
        return text
    }
}
