/// Why a prompt or lexicon file cannot be used, as a sentence the author can act on:
/// the file, line:column, the JSON path of the field, what was expected, what was found, how to fix it.
public enum PromptError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case syntax(file: String, at: JSONSourceMap.Position, message: String)
    case invalidField(file: String, at: JSONSourceMap.Position, path: String, expected: String, found: String, fix: String)
    case rule(file: String, at: JSONSourceMap.Position, path: String, problem: String, fix: String)
    case exampleScore(file: String, at: JSONSourceMap.Position, path: String, problem: String, fix: String)

    public var file: String {
        switch self {
        case .unreadable(let file, _), .syntax(let file, _, _), .invalidField(let file, _, _, _, _, _),
            .rule(let file, _, _, _, _), .exampleScore(let file, _, _, _, _):
            file
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot read the file: \(reason)."
        case .syntax(let file, let at, let message):
            "\(file):\(at): invalid JSON: \(message). Fix the syntax at that spot; `python3 -m json.tool \(file)` shows it too."
        case .invalidField(let file, let at, let path, let expected, let found, let fix):
            "\(file):\(at): \(path.isEmpty ? "the document" : path): expected \(expected), found \(found). \(fix)"
        case .rule(let file, let at, let path, let problem, let fix), .exampleScore(let file, let at, let path, let problem, let fix):
            "\(file):\(at): \(path.isEmpty ? "the document" : path): \(problem). \(fix)"
        }
    }

    /// The error for a prompt whose id breaks ``Identifier``'s rule, or nil: the library skips such a
    /// file and `prompts validate` reports it, with the same words.
    static func invalidID(of loaded: LoadedPrompt) -> PromptError? {
        let id = loaded.outline.id
        guard !Identifier.isValid(id) else { return nil }
        return .rule(
            file: loaded.file, at: loaded.sourceMap.position(of: "id"), path: "id",
            problem: "the id \"\(SafeText.clean(id, singleLine: true))\" is not lowercase-kebab",
            fix: "Use \(Identifier.rule).")
    }
}
