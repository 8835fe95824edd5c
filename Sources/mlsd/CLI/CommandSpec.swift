/// A command's definition: the single source for parsing, `--help`, `mlsd man` and shell completions,
/// so the four never drift apart. Modelled on swift-argument-parser's conventions.
struct CommandSpec: Sendable {
    var name: String
    var abstract: String
    var discussion: String = ""
    var arguments: [ArgumentSpec] = []
    var options: [OptionSpec] = []
    var subcommands: [CommandSpec] = []
    /// The command that runs; nil for a group that only holds subcommands (`mlsd prompts`).
    var command: (any Command.Type)? = nil

    /// A group (`mlsd prompts`) only lists its subcommands; everything else runs.
    var isGroup: Bool { command == nil }

    func subcommand(named name: String) -> CommandSpec? { subcommands.first { $0.name == name } }

    /// Subcommands shown in help, man pages and completions; names starting with "__" are internal.
    var visibleSubcommands: [CommandSpec] { subcommands.filter { !$0.name.hasPrefix("__") } }
}

/// A named option: `--json` (a flag) or `--limit <n>` (takes a value).
struct OptionSpec: Sendable {
    var name: String
    var short: Character? = nil
    /// The value's placeholder, e.g. "n"; nil makes this a flag.
    var value: String? = nil
    var help: String
    var repeatable: Bool = false
    var completion: Completion = .none

    var isFlag: Bool { value == nil }
    var longName: String { "--\(name)" }

    /// Options every command accepts.
    static let help = OptionSpec(name: "help", short: "h", help: "Show help information.")
    static let prompts = OptionSpec(
        name: "prompts", value: "dir", help: "Also load case studies from this folder (repeatable).", repeatable: true,
        completion: .directory)
}

/// A positional argument.
struct ArgumentSpec: Sendable {
    var name: String
    var help: String
    var isOptional: Bool = false
    var isRepeating: Bool = false
    var completion: Completion = .none

    var usage: String {
        let core = "<\(name)>" + (isRepeating ? " ..." : "")
        return isOptional ? "[\(core)]" : core
    }
}

/// What a shell should offer for a value.
enum Completion: Sendable, Equatable {
    case none
    case file
    case directory
    case promptID
    case sessionID
    case phase
    case choices([String])
}
