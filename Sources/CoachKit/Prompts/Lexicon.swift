/// Shared concepts with their synonyms and abbreviations, so prompts say `@qps` instead of repeating
/// "queries per second", "QPS", "requests per second" in every rubric — and named signal lists, so a
/// recurring signal expression is written once and used as `$name` (see `SignalLists`).
/// Loaded from `lexicon.json` files; a user folder's lexicon adds concepts, terms and lists.
public struct Lexicon: Codable, Sendable, Equatable {
    public var schemaVersion: Int
    /// Concept id → the terms that express it (phrases, synonyms, abbreviations).
    public var concepts: [String: [String]]
    /// List name → its entries, signals in the compact syntax (see `SignalLists`).
    public var lists: [String: [String]]

    public init(schemaVersion: Int = 1, concepts: [String: [String]] = [:], lists: [String: [String]] = [:]) {
        self.schemaVersion = schemaVersion
        self.concepts = concepts
        self.lists = lists
    }

    enum CodingKeys: String, CodingKey { case schemaVersion, concepts, lists }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        concepts = try c.decode([String: [String]].self, forKey: .concepts)
        lists = try c.decodeIfPresent([String: [String]].self, forKey: .lists) ?? [:]
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(concepts, forKey: .concepts)
        if !lists.isEmpty { try c.encode(lists, forKey: .lists) }
    }

    /// This lexicon with `other`'s concepts and lists added; terms of a concept both define are merged,
    /// and a list `other` defines again replaces this one's (for the prompts of `other`'s folder).
    public func merged(with other: Lexicon) -> Lexicon {
        var result = self
        for (id, terms) in other.concepts {
            let existing = result.concepts[id] ?? []
            result.concepts[id] = existing + terms.filter { !existing.contains($0) }
        }
        result.lists.merge(other.lists) { _, new in new }
        return result
    }

    public func terms(for concept: String) -> [String] { concepts[concept] ?? [] }

    /// The named lists resolved. A lexicon that passed `PromptDecoder.decodeLexicon` resolves; for one
    /// that does not (only reachable by building a `Lexicon` in code) the lists are left out.
    public var signalLists: SignalLists { (try? SignalLists(definitions: lists)) ?? .empty }
}
