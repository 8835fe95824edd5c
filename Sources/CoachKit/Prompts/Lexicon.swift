/// Shared concepts with their synonyms and abbreviations, so prompts say `{"concept": "qps"}`
/// instead of repeating "queries per second", "QPS", "requests per second" in every rubric.
/// Loaded from `lexicon.json` files; a user folder's lexicon adds concepts or terms.
public struct Lexicon: Codable, Sendable, Equatable {
    public var schemaVersion: Int
    /// Concept id → the terms that express it (phrases, synonyms, abbreviations).
    public var concepts: [String: [String]]

    public init(schemaVersion: Int = 1, concepts: [String: [String]] = [:]) {
        self.schemaVersion = schemaVersion
        self.concepts = concepts
    }

    /// This lexicon with `other`'s concepts added; terms of a concept both define are merged.
    public func merged(with other: Lexicon) -> Lexicon {
        var result = self
        for (id, terms) in other.concepts {
            let existing = result.concepts[id] ?? []
            result.concepts[id] = existing + terms.filter { !existing.contains($0) }
        }
        return result
    }

    public func terms(for concept: String) -> [String] { concepts[concept] ?? [] }
}
