import Foundation

/// What `mlsd prompts validate` checks: each file decodes, follows the lint rules (`PromptLinter`)
/// and its example answers score as labelled (`ExampleSelfTest`); prompt ids are unique across the
/// files checked together.
public struct PromptValidator: Sendable {
    public struct FileResult: Sendable {
        public var file: String
        public var promptID: String?
        public var problems: [PromptError]
        /// See `PromptLinter.warnings`; they fail only under `--strict`.
        public var warnings: [PromptError] = []
        public var isValid: Bool { problems.isEmpty }
    }

    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Every prompt the library found, plus the files it could not load.
    public func validate(library: PromptLibrary) -> [FileResult] {
        let linter = PromptLinter(lexicon: lexicon)
        let selfTest = ExampleSelfTest(lexicon: lexicon)
        var results = library.prompts.map {
            FileResult(file: $0.file, promptID: $0.prompt.id, problems: linter.lint($0) + selfTest.problems($0), warnings: linter.warnings($0))
        }
        for problem in library.problems {
            if let index = results.firstIndex(where: { $0.file == problem.file }) {
                results[index].problems.append(problem)
            } else {
                results.append(FileResult(file: problem.file, promptID: nil, problems: [problem]))
            }
        }
        return results.sorted { $0.file < $1.file }
    }

    /// Files named on the command line; a folder stands for its JSON files. A `lexicon.json` among
    /// them extends the lexicon used for the others.
    public func validate(paths: [URL]) -> [FileResult] {
        var files: [(name: String, path: String, data: Result<Data, PromptError>)] = []
        var results: [FileResult] = []
        for url in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                files += (PromptLibrary.jsonFiles(in: url) ?? []).filter { $0.name != "schema.json" }
            } else {
                files.append((url.lastPathComponent, url.path, PromptLibrary.readFile(url)))
            }
        }
        var lexicon = self.lexicon
        for file in files where file.path.hasSuffix("/" + PromptLibrary.lexiconFileName) || file.path == PromptLibrary.lexiconFileName {
            do {
                let data = try file.data.get()
                let own = try PromptDecoder().decodeLexicon(data, file: file.path, base: lexicon)
                lexicon = lexicon.merged(with: own)
                let warnings = PromptLinter.lexiconWarnings(own, lists: lexicon.signalLists, concepts: Set(lexicon.concepts.keys), file: file.path, data: data)
                results.append(FileResult(file: file.path, promptID: nil, problems: [], warnings: warnings))
            } catch {
                results.append(FileResult(file: file.path, promptID: nil, problems: [error]))
            }
        }
        let linter = PromptLinter(lexicon: lexicon)
        let selfTest = ExampleSelfTest(lexicon: lexicon)
        let decoder = PromptDecoder(lists: lexicon.signalLists)
        var owners: [String: String] = [:]
        for file in files where !(file.path.hasSuffix("/" + PromptLibrary.lexiconFileName) || file.path == PromptLibrary.lexiconFileName) {
            let data: Data
            switch file.data {
            case .success(let contents): data = contents
            case .failure(let problem):
                results.append(FileResult(file: file.path, promptID: nil, problems: [problem]))
                continue
            }
            do {
                let (prompt, map) = try decoder.decodePrompt(data, file: file.path)
                let loaded = LoadedPrompt(prompt: prompt, source: .folder(file.path), file: file.path, sourceMap: map)
                var problems = linter.lint(loaded) + selfTest.problems(loaded)
                if let owner = owners[prompt.id] {
                    problems.insert(
                        .rule(file: file.path, at: map.position(of: "id"), path: "id",
                              problem: "the id \"\(prompt.id)\" is already used by \(owner)",
                              fix: "Give each prompt its own id."), at: 0)
                } else {
                    owners[prompt.id] = file.path
                }
                results.append(FileResult(file: file.path, promptID: prompt.id, problems: problems, warnings: linter.warnings(loaded)))
            } catch {
                results.append(FileResult(file: file.path, promptID: nil, problems: [error]))
            }
        }
        return results
    }
}
