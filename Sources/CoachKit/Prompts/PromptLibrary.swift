import BuiltinPrompts
import Foundation

/// Every prompt mlsd can find — the built-in bank, then the data home's `prompts/`, then each
/// `--prompts DIR` in order — with the merged lexicon. A later source's prompt replaces an earlier
/// one with the same id. A bad file never hides the good ones: it is left out and its error is kept
/// in `problems`, for the caller to show as a warning.
public struct PromptLibrary: Sendable {
    public private(set) var prompts: [LoadedPrompt] = []
    public private(set) var lexicon = Lexicon()
    /// Files that could not be used, and rule violations such as duplicate ids in one source.
    public private(set) var problems: [PromptError] = []

    public static let lexiconFileName = "lexicon.json"

    /// Loads the built-in bank and then each folder in `folders` (missing folders are skipped).
    public init(builtin: [(name: String, data: Data)] = BuiltinPrompts.files, folders: [URL] = []) {
        load(files: builtin.map { ($0.name, "Prompts/\($0.name)", .success($0.data)) }, source: .builtin)
        for folder in folders {
            guard let files = Self.jsonFiles(in: folder) else { continue }
            load(files: files, source: .folder(folder.path))
        }
        prompts.sort { $0.prompt.id < $1.prompt.id }
    }

    public func prompt(id: String) -> LoadedPrompt? { prompts.first { $0.prompt.id == id } }

    /// The JSON files of a folder, sorted; nil when the folder does not exist.
    static func jsonFiles(in folder: URL) -> [(name: String, path: String, data: Result<Data, PromptError>)]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().compactMap { name in
            let url = folder.appendingPathComponent(name)
            return (name, url.path, readFile(url))
        }
    }

    /// A prompt or lexicon file's bytes: a regular file only, refused past ``InputLimits/maximumPromptFileBytes``.
    static func readFile(_ url: URL) -> Result<Data, PromptError> {
        do {
            return .success(try InputFile.read(url, limit: InputLimits.maximumPromptFileBytes, kind: "prompt files"))
        } catch {
            return .failure(.unreadable(file: url.path, reason: error.reason))
        }
    }

    private mutating func load(files: [(name: String, path: String, data: Result<Data, PromptError>)], source: PromptSource) {
        let decoder = PromptDecoder()
        // Lexicons first, so prompts in the same folder may use the concepts they add.
        for file in files where file.name == Self.lexiconFileName {
            do {
                lexicon = lexicon.merged(with: try decoder.decodeLexicon(file.data.get(), file: file.path))
            } catch {
                problems.append(error)
            }
        }
        var seen: [String: String] = [:]
        for file in files where file.name != Self.lexiconFileName && file.name != "schema.json" {
            do {
                let (prompt, map) = try decoder.decodePrompt(file.data.get(), file: file.path)
                let loaded = LoadedPrompt(prompt: prompt, source: source, file: file.path, sourceMap: map)
                // The id names session files: one that breaks the rule is never used, only reported.
                if let problem = PromptLinter.idProblem(loaded) {
                    problems.append(problem)
                    continue
                }
                if let first = seen[prompt.id] {
                    problems.append(
                        .rule(file: file.path, at: map.position(of: "id"), path: "id",
                              problem: "the id \"\(prompt.id)\" is already used by \(first)",
                              fix: "Give each prompt in a folder its own id."))
                    continue
                }
                seen[prompt.id] = file.path
                if let index = prompts.firstIndex(where: { $0.prompt.id == prompt.id }) {
                    prompts[index] = loaded
                } else {
                    prompts.append(loaded)
                }
            } catch {
                problems.append(error)
            }
        }
    }
}
