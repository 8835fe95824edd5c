import Foundation
import Testing
@testable import CoachKit

/// User prompt files are fully checked once per change: the validation cache lets an unchanged,
/// already validated file skip the source map and the unknown-field pass.
@Suite("Prompt validation cache")
struct PromptValidationCacheTests {
    struct Folder {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mlsd-pvc-\(UUID().uuidString)")
        var prompts: URL { root.appendingPathComponent("prompts") }
        var cache: URL { root.appendingPathComponent("cache/prompt-validation.bin") }
        init() throws { try FileManager.default.createDirectory(at: prompts, withIntermediateDirectories: true) }
        func write(_ text: String, as name: String) throws { try Data(text.utf8).write(to: prompts.appendingPathComponent(name)) }
        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func aValidatedFileIsRecordedAndLoadsToTheSamePromptFromTheCache() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write(PromptFixtures.template(id: "cached-case"), as: "cached-case.json")
        let checked = PromptLibrary(builtin: [], folders: [folder.prompts])
        let first = PromptLibrary(builtin: [], folders: [folder.prompts], validationCache: folder.cache)
        let cache = PromptValidationCache(url: folder.cache)
        #expect(cache.entries.keys.sorted() == [folder.prompts.appendingPathComponent("cached-case.json").path])
        let second = PromptLibrary(builtin: [], folders: [folder.prompts], validationCache: folder.cache)
        for library in [first, second] {
            #expect(library.problems.isEmpty)
            #expect(library.prompts.map(\.prompt) == checked.prompts.map(\.prompt))
            #expect(library.prompts.map(\.outline) == checked.prompts.map(\.outline))
            #expect(library.prompts.first?.sourceMap.positions == checked.prompts.first?.sourceMap.positions)
        }
    }

    @Test func aCachedFileSkipsTheUnknownFieldPassUntilItChanges() throws {
        let folder = try Folder()
        defer { folder.remove() }
        // An unknown field: full validation rejects the file, the Swift decoder alone would not.
        let text = PromptFixtures.template(id: "odd-case", replacing: "\"version\": 1,", with: "\"version\": 1, \"colour\": \"red\",")
        try folder.write(text, as: "odd-case.json")
        #expect(PromptLibrary(builtin: [], folders: [folder.prompts], validationCache: folder.cache).problems.count == 1)
        #expect(PromptValidationCache(url: folder.cache).entries.isEmpty)
        // Pretend this exact file was validated: the cache is then what decides.
        let path = folder.prompts.appendingPathComponent("odd-case.json").path
        var cache = PromptValidationCache(url: folder.cache)
        cache.record(path, key: try #require(PromptValidationCache.key(path: path, data: Data(text.utf8))))
        cache.saveIfChanged()
        let trusted = PromptLibrary(builtin: [], folders: [folder.prompts], validationCache: folder.cache)
        #expect(trusted.problems.isEmpty && trusted.prompts.map(\.outline.id) == ["odd-case"])
        // Any change — here one more space — and the file is checked again.
        try folder.write(text + " ", as: "odd-case.json")
        #expect(PromptLibrary(builtin: [], folders: [folder.prompts], validationCache: folder.cache).problems.count == 1)
        #expect(PromptValidationCache(url: folder.cache).entries.isEmpty)
    }

    @Test func aDamagedOrForeignCacheIsIgnoredAndRewritten() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write(PromptFixtures.template(id: "case-one"), as: "case-one.json")
        _ = PromptLibrary(builtin: [], folders: [folder.prompts], validationCache: folder.cache)
        let good = try Data(contentsOf: folder.cache)
        let cache = PromptValidationCache(url: folder.cache)
        var foreign = cache.encode(executable: [1, 2, 3, 4])
        #expect(PromptValidationCache.decode(foreign, executable: PromptValidationCache.executableIdentity()) == nil)
        foreign = good
        foreign[foreign.count - 1] ^= 1
        for damaged in [Data(), Data("junk".utf8), good.prefix(good.count - 5), foreign,
                        good.prefix(PromptValidationCache.magic.count + 4 + 32) + Data(repeating: 0xFF, count: 24)] {
            #expect(PromptValidationCache.decode(damaged, executable: PromptValidationCache.executableIdentity()) == nil)
            try damaged.write(to: folder.cache)
            let library = PromptLibrary(builtin: [], folders: [folder.prompts], validationCache: folder.cache)
            #expect(library.problems.isEmpty && library.prompts.count == 1)
            #expect(try Data(contentsOf: folder.cache) == good)
        }
    }
}
