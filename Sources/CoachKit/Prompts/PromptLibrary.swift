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
    ///
    /// The built-ins are trusted — the tests validate every one (PromptLibraryFastPathTests) — so only
    /// their outlines are decoded here and a whole prompt only when asked for, with no source map and no
    /// unknown-field pass. Files from folders are fully checked.
    /// - Parameters:
    ///   - trustBuiltin: false checks the built-ins like user files (for tests of bad input).
    ///   - validationCache: where to remember which user files passed full validation (see
    ///     ``PromptValidationCache``); a file unchanged since is decoded without the checks. Nil checks
    ///     every file every time.
    ///   - onlyNeeding: for a command that needs just this one case study (`score`, `show`, `practice ID`):
    ///     of the trusted built-ins only the lexicon and `<id>.json` are read. If that file does not hold
    ///     the id (and no user file does), every built-in is loaded after all, so look-ups and their
    ///     "did you mean" suggestions behave as without it.
    public init(
        builtin: [(name: String, data: Data)]? = nil, folders: [URL] = [], trustBuiltin: Bool = true,
        validationCache: URL? = nil, onlyNeeding neededID: String? = nil
    ) {
        var cache = validationCache.map(PromptValidationCache.init(url:))
        // The embedded files are decoded (from base64) only when needed: all of them, or for one
        // case study just it and the lexicon.
        func contents(of names: [String]) -> [(name: String, data: Data)] {
            builtin.map { files in files.filter { names.contains($0.name) } }
                ?? names.compactMap { name in BuiltinPrompts.file(named: name).map { (name, $0) } }
        }
        let allNames = builtin.map { $0.map(\.name) } ?? BuiltinPrompts.names
        let names = trustBuiltin ? neededID.map { id in allNames.filter { $0 == Self.lexiconFileName || $0 == "\(id).json" } } ?? allNames : allNames
        let narrowed = names.count < allNames.count
        load(files: contents(of: names).map { ($0.name, "Prompts/\($0.name)", .success($0.data)) }, source: .builtin, trusted: trustBuiltin, cache: nil)
        for folder in folders {
            guard let files = Self.jsonFiles(in: folder) else { continue }
            load(files: files, source: .folder(folder.path), trusted: false, cache: &cache)
        }
        cache?.saveIfChanged()
        if narrowed, let neededID, prompt(id: neededID) == nil {
            self = PromptLibrary(builtin: builtin, folders: folders, trustBuiltin: true, validationCache: validationCache)
            return
        }
        prompts.sort { $0.outline.id < $1.outline.id }
    }

    /// The validation cache's place in a data home.
    public static func validationCacheFile(in home: DataHome) -> URL {
        home.root.appendingPathComponent("cache", isDirectory: true).appendingPathComponent(PromptValidationCache.fileName)
    }

    public func prompt(id: String) -> LoadedPrompt? { prompts.first { $0.outline.id == id } }

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

    private mutating func load(files: [(name: String, path: String, data: Result<Data, PromptError>)], source: PromptSource, trusted: Bool, cache: PromptValidationCache?) {
        var cache = cache
        load(files: files, source: source, trusted: trusted, cache: &cache)
    }

    private mutating func load(
        files: [(name: String, path: String, data: Result<Data, PromptError>)], source: PromptSource, trusted: Bool, cache: inout PromptValidationCache?
    ) {
        // Lexicons first, so prompts in the same folder may use the concepts and lists they add.
        for file in files where file.name == Self.lexiconFileName {
            if trusted, case .success(let data) = file.data, let decoded = try? PromptDecoder().decodeValidatedLexicon(data) {
                lexicon = lexicon.merged(with: decoded)
                continue
            }
            do {
                lexicon = lexicon.merged(with: try PromptDecoder().decodeLexicon(file.data.get(), file: file.path, base: lexicon))
            } catch {
                problems.append(error)
            }
        }
        let decoder = PromptDecoder(lists: lexicon.signalLists)
        var seen: [String: String] = [:]
        for file in files where file.name != Self.lexiconFileName && file.name != "schema.json" {
            let data: Data
            switch file.data {
            case .success(let bytes): data = bytes
            case .failure(let error): problems.append(error); continue
            }
            let loaded: LoadedPrompt
            if trusted, let outline = try? decoder.decodeValidatedOutline(data) {
                loaded = LoadedPrompt(outline: outline, source: source, file: file.path, validatedData: data, lists: decoder.lists)
            } else if let key = cache.flatMap({ _ in PromptValidationCache.key(path: file.path, data: data) }),
                      cache?.isValidated(file.path, key: key) == true,
                      let prompt = try? decoder.decodeValidatedPrompt(data) {
                // Validated before and unchanged since: decoded without the source map and the field pass.
                loaded = LoadedPrompt(prompt: prompt, source: source, file: file.path, data: data)
            } else {
                do {
                    let (prompt, map) = try decoder.decodePrompt(data, file: file.path)
                    loaded = LoadedPrompt(prompt: prompt, source: source, file: file.path, sourceMap: map)
                    if cache != nil, let key = PromptValidationCache.key(path: file.path, data: data) { cache?.record(file.path, key: key) }
                } catch {
                    cache?.forget(file.path)
                    problems.append(error)
                    continue
                }
            }
            // The id names session files: one that breaks the rule is never used, only reported (on
            // every path, since a cached or built-in prompt skips the linter).
            if let problem = PromptError.invalidID(of: loaded) {
                problems.append(problem)
                continue
            }
            let id = loaded.outline.id
            if let first = seen[id] {
                problems.append(
                    .rule(file: file.path, at: loaded.sourceMap.position(of: "id"), path: "id",
                          problem: "the id \"\(id)\" is already used by \(first)",
                          fix: "Give each prompt in a folder its own id."))
                continue
            }
            seen[id] = file.path
            if let index = prompts.firstIndex(where: { $0.outline.id == id }) {
                prompts[index] = loaded
            } else {
                prompts.append(loaded)
            }
        }
    }
}
