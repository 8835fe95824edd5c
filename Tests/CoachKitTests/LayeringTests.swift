import Foundation
import Testing

/// CoachKit's folders form layers — Text/ ← Prompts/ ← Scoring/ ← Authoring/ — so each can be read,
/// changed and tested without the ones above it. These tests read the sources and fail when a file
/// names a type declared in a layer above its own, or when CoachKit reaches for the terminal.
@Suite("CoachKit's layers depend only downwards")
struct LayeringTests {
    static let coachKit = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CoachKit")
    static let layers = ["Text", "Prompts", "Scoring", "Authoring"]

    /// Each Swift file of a folder with its code lines (comments dropped).
    static func files(in folder: String) throws -> [(name: String, code: String)] {
        let url = coachKit.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".swift") }.sorted().map { name in
            let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
            let code = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.trimmingCharacters(in: .whitespaces).hasPrefix("//") ? "" : String(line.split(separator: "//", maxSplits: 1).first ?? "")
            }
            return (name, code.joined(separator: "\n"))
        }
    }

    /// The top-level types a folder declares (nested types are reached through these).
    static func declaredTypes(in folder: String) throws -> Set<String> {
        let declaration = try Regex(#"(?m)^(?:public |package |internal |fileprivate |private )?(?:final )?(?:struct|enum|class|protocol|actor|typealias) +([A-Z][A-Za-z0-9]*)"#)
        var names: Set<String> = []
        for file in try files(in: folder) {
            for match in file.code.matches(of: declaration) {
                if let name = match.output[1].substring { names.insert(String(name)) }
            }
        }
        return names
    }

    static func words(of code: String) -> Set<String> {
        Set(code.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
    }

    @Test("no file names a type of a layer above its own", arguments: Array(layers.indices.dropLast()))
    func dependsOnlyDownwards(layer: Int) throws {
        guard FileManager.default.fileExists(atPath: Self.coachKit.path) else {
            print("LayeringTests: no sources at \(Self.coachKit.path); skipped")
            return
        }
        var above: [String: String] = [:]
        for upper in Self.layers[(layer + 1)...] {
            for name in try Self.declaredTypes(in: upper) { above[name] = upper }
        }
        #expect(!above.isEmpty)
        for file in try Self.files(in: Self.layers[layer]) {
            for word in Self.words(of: file.code) {
                if let upper = above[word] {
                    Issue.record("\(Self.layers[layer])/\(file.name) uses \(word), which \(upper)/ declares: move one of them so the layers do not loop")
                }
            }
        }
    }

    @Test("the layer check sees a real dependency: Scoring uses Prompts' types")
    func checkSeesDependencies() throws {
        guard FileManager.default.fileExists(atPath: Self.coachKit.path) else { return }
        let prompts = try Self.declaredTypes(in: "Prompts")
        #expect(prompts.contains("Prompt") && prompts.contains("Lexicon"))
        let scoringWords = try Self.files(in: "Scoring").reduce(into: Set<String>()) { $0.formUnion(Self.words(of: $1.code)) }
        #expect(!scoringWords.isDisjoint(with: prompts))
    }

    @Test("CoachKit never imports the terminal layer or the executable")
    func noTerminalInTheDomain() throws {
        guard let walker = FileManager.default.enumerator(atPath: Self.coachKit.path) else { return }
        for case let path as String in walker where path.hasSuffix(".swift") {
            let text = try String(contentsOf: Self.coachKit.appendingPathComponent(path), encoding: .utf8)
            for module in ["TerminalKit", "mlsd"] {
                #expect(!text.contains("import \(module)\n"), "CoachKit/\(path) imports \(module)")
            }
        }
    }
}
