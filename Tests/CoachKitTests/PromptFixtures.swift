import Foundation
@testable import CoachKit

/// Prompt files for loader and linter tests, made from the `prompts new` template so they stay valid
/// as the format grows.
enum PromptFixtures {
    static func template(id: String) -> String { PromptTemplate.json(id: id) }

    /// The template with the first occurrence of `target` replaced.
    static func template(id: String, replacing target: String, with replacement: String) -> String {
        let text = template(id: id)
        guard let range = text.range(of: target) else { preconditionFailure("fixture target not found: \(target)") }
        return text.replacingCharacters(in: range, with: replacement)
    }

    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mlsd-prompts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, contents) in files {
            try contents.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url
    }

    /// The 1-based line of the first occurrence of `needle` in `text`.
    static func line(of needle: String, in text: String) -> Int {
        guard let range = text.range(of: needle) else { return -1 }
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    static var builtinLexicon: Lexicon { PromptLibrary(folders: []).lexicon }
}
