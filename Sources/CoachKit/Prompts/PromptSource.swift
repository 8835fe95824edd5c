import Foundation

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

/// A prompt with where it came from. The outline (id, title, rubric ids) is always at hand; the
/// whole prompt and its source map are decoded from the file's bytes on first use, so a command that
/// needs one case study does not decode all of them. Only files that already passed full validation
/// (the built-ins, checked by the tests; user files in the validation cache) are loaded lazily, and
/// they are decoded without the checks that only produce error messages.
public struct LoadedPrompt: Sendable {
    public var outline: PromptOutline
    public var source: PromptSource
    /// The file as shown in messages (`Prompts/x.json` for built-ins).
    public var file: String
    private let body: PromptBody

    /// The whole prompt (decoded now if it was not yet).
    public var prompt: Prompt { body.prompt }
    /// Positions of the file's fields, for lint messages (built now if it was not yet).
    public var sourceMap: JSONSourceMap { body.sourceMap }

    public init(prompt: Prompt, source: PromptSource, file: String, sourceMap: JSONSourceMap) {
        self.outline = prompt.outline
        self.source = source
        self.file = file
        self.body = PromptBody(prompt: prompt, sourceMap: sourceMap)
    }

    /// A prompt already decoded from `data`, whose source map is built from `data` if asked for.
    init(prompt: Prompt, source: PromptSource, file: String, data: Data) {
        self.outline = prompt.outline
        self.source = source
        self.file = file
        self.body = PromptBody(prompt: prompt, file: file, data: data)
    }

    /// A prompt decoded from `data` when first needed; `data` must have passed full validation.
    init(outline: PromptOutline, source: PromptSource, file: String, validatedData data: Data, lists: SignalLists) {
        self.outline = outline
        self.source = source
        self.file = file
        self.body = PromptBody(file: file, data: data, lists: lists)
    }
}

/// The lazily decoded part of a ``LoadedPrompt``, shared by its copies.
final class PromptBody: @unchecked Sendable {
    // @unchecked: every access to the mutable fields holds `lock`.
    private let lock = NSLock()
    private let file: String
    private let data: Data
    /// The named lists the file's signals may use.
    private let lists: SignalLists
    private var decoded: Prompt?
    private var map: JSONSourceMap?

    init(prompt: Prompt, sourceMap: JSONSourceMap) {
        file = ""
        data = Data()
        lists = .empty
        decoded = prompt
        map = sourceMap
    }

    init(prompt: Prompt, file: String, data: Data) {
        self.file = file
        self.data = data
        lists = .empty
        decoded = prompt
    }

    init(file: String, data: Data, lists: SignalLists) {
        self.file = file
        self.data = data
        self.lists = lists
    }

    var prompt: Prompt {
        lock.lock()
        defer { lock.unlock() }
        if let decoded { return decoded }
        do {
            let prompt = try PromptDecoder(lists: lists).decodeValidatedPrompt(data)
            decoded = prompt
            return prompt
        } catch {
            // Only bytes that passed full validation get here, so this is a defect in mlsd
            // (PromptLibraryFastPathTests guards the built-ins), not something a user can cause.
            fatalError("\(file) passed validation but no longer decodes: \(error)")
        }
    }

    var sourceMap: JSONSourceMap {
        lock.lock()
        defer { lock.unlock() }
        if let map { return map }
        // Validated bytes are valid JSON; an empty map (positions 1:1) is the fallback all the same.
        let built = (try? JSONSourceMap(Array(data))) ?? (try! JSONSourceMap(Array("{}".utf8)))
        map = built
        return built
    }
}
