/// Where a prompt came from; `prompts list` shows it, and a later source overrides an earlier one.
public enum PromptSource: Sendable, Equatable, CustomStringConvertible {
    /// Compiled into the binary from the repository's `Prompts/` folder.
    case builtin
    /// A folder of the user's: the data home's `prompts/` or a `--prompts DIR`.
    case folder(String)

    public var description: String {
        switch self {
        case .builtin: "built-in"
        case .folder(let path): path
        }
    }
}

/// A decoded prompt with where it came from.
public struct LoadedPrompt: Sendable {
    public var prompt: Prompt
    public var source: PromptSource
    /// The file as shown in messages (`Prompts/x.json` for built-ins).
    public var file: String
    /// Positions of the file's fields, for lint messages.
    public var sourceMap: JSONSourceMap

    public init(prompt: Prompt, source: PromptSource, file: String, sourceMap: JSONSourceMap) {
        self.prompt = prompt
        self.source = source
        self.file = file
        self.sourceMap = sourceMap
    }
}
