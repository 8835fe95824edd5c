import CoachKit

/// Parses `argv` against a command tree: subcommands first, then options (`--name value`,
/// `--name=value`, `-h`, flags) and positional arguments; `--` ends the options.
struct ArgumentParser: Sendable {
    let root: CommandSpec

    func parse(_ arguments: [String]) throws -> ParsedCommand {
        let (command, path, remaining) = try descend(arguments)
        var parsed = ParsedCommand(spec: command, path: path)
        try readOptions(remaining, into: &parsed)
        if parsed.flag("help") || parsed.flag("version") { return parsed }
        try checkArguments(parsed)
        return parsed
    }

    /// Descends into subcommands while the next word names one. Options every command accepts
    /// (--prompts DIR) may come first, as in `mlsd --prompts DIR prompts list`: they are kept for the
    /// command finally reached. Returns that command, its path and the words left for it.
    private func descend(_ arguments: [String]) throws -> (CommandSpec, [String], ArraySlice<String>) {
        var command = root
        var path = [root.name]
        var remaining = arguments[...]
        var global: [String] = []
        while let next = remaining.first, !command.subcommands.isEmpty {
            let long = OptionSpec.prompts.longName
            if next == long || next.hasPrefix(long + "=") {
                global.append(remaining.removeFirst())
                if next == long, let value = remaining.first {
                    global.append(value)
                    remaining.removeFirst()
                }
                continue
            }
            if next.hasPrefix("-") { break }
            if let sub = command.subcommand(named: next) {
                command = sub
                path.append(next)
                remaining = remaining.dropFirst()
            } else if command.isGroup || command.arguments.isEmpty {
                let names = command.visibleSubcommands.map(\.name)
                let hint = Suggestion.hint(for: next, in: names)
                throw UsageError("Unknown command '\(next)'.\(hint)", command: command, path: path)
            } else {
                break
            }
        }
        return (command, path, (global + remaining)[...])
    }

    /// Options (`--name value`, `--name=value`, `-h`, flags) and positional arguments; `--` ends the options.
    private func readOptions(_ words: ArraySlice<String>, into parsed: inout ParsedCommand) throws {
        var remaining = words
        let command = parsed.spec
        let path = parsed.path
        let options = command.options + [OptionSpec.prompts, OptionSpec.help]
        var onlyArguments = false
        while let word = remaining.popFirst() {
            if onlyArguments || word == "-" || !word.hasPrefix("-") {
                parsed.arguments.append(word)
                continue
            }
            if word == "--" {
                onlyArguments = true
                continue
            }
            let (name, inlineValue) = Self.split(word)
            let option = word.hasPrefix("--")
                ? options.first { $0.name == name }
                : name.count == 1 ? options.first { $0.short == name.first } : nil
            guard let option else {
                if name == "version" && path.count == 1 {
                    parsed.flags.insert("version")
                    continue
                }
                let candidates = options.map(\.longName) + (path.count == 1 ? ["--version"] : [])
                let hint = Suggestion.hint(for: word.split(separator: "=").first.map(String.init) ?? word, in: candidates)
                throw UsageError("Unknown option '\(word)'.\(hint)", command: command, path: path)
            }
            if option.isFlag {
                if inlineValue != nil {
                    throw UsageError("The flag '\(option.longName)' does not take a value.", command: command, path: path)
                }
                parsed.flags.insert(option.name)
                continue
            }
            guard let value = inlineValue ?? remaining.popFirst() else {
                throw UsageError("Missing value for '\(option.longName) <\(option.value!)>'.", command: command, path: path)
            }
            if !option.repeatable, parsed.values[option.name] != nil {
                throw UsageError("'\(option.longName)' was given more than once.", command: command, path: path)
            }
            parsed.values[option.name, default: []].append(value)
        }
    }

    /// "--name=value" → ("name", "value"); "--name" → ("name", nil); "-h" → ("h", nil).
    private static func split(_ word: String) -> (name: String, inlineValue: String?) {
        guard word.hasPrefix("--") else { return (String(word.dropFirst()), nil) }
        let body = word.dropFirst(2)
        guard let equals = body.firstIndex(of: "=") else { return (String(body), nil) }
        return (String(body[..<equals]), String(body[body.index(after: equals)...]))
    }

    private func checkArguments(_ parsed: ParsedCommand) throws {
        let specs = parsed.spec.arguments
        if parsed.spec.isGroup { return }
        for (index, text) in parsed.arguments.enumerated() where index < specs.count {
            try checkID(text, as: specs[index].completion, parsed: parsed)
        }
        for option in parsed.spec.options {
            for text in parsed.allValues(option.name) { try checkID(text, as: option.completion, parsed: parsed) }
        }
        let required = specs.filter { !$0.isOptional }
        if parsed.arguments.count < required.count {
            let missing = required[parsed.arguments.count]
            throw UsageError("Missing expected argument '<\(missing.name)>'.", command: parsed.spec, path: parsed.path)
        }
        if !(specs.last?.isRepeating ?? false), parsed.arguments.count > specs.count {
            let extra = parsed.arguments[specs.count]
            throw UsageError("Unexpected argument '\(extra)'.", command: parsed.spec, path: parsed.path)
        }
    }

    /// Session and case-study ids from the command line follow the id rule before anything looks them
    /// up: an empty one, a path or an escape sequence is a usage error, never a file name.
    private func checkID(_ text: String, as completion: Completion, parsed: ParsedCommand) throws {
        let shown = SafeText.clean(text, singleLine: true)
        switch completion {
        case .sessionID where !Identifier.isValidReference(text):
            throw UsageError(
                text.isEmpty ? "The session id is empty; give a session id, a unique prefix of one, or 'last' (see 'mlsd history')."
                    : "'\(shown)' is not a session id: ids use lowercase letters, digits and hyphens (see 'mlsd history').",
                command: parsed.spec, path: parsed.path)
        case .promptID where !Identifier.isValid(text):
            throw UsageError(
                text.isEmpty ? "The case-study id is empty; see 'mlsd prompts list' for the ids."
                    : "'\(shown)' is not a case-study id: ids use \(Identifier.rule) (see 'mlsd prompts list').",
                command: parsed.spec, path: parsed.path)
        default:
            break
        }
    }
}
