/// One case study: the statement the interviewer opens with, the per-phase rubric, the facts the
/// interviewer answers clarifying questions from, and example answers that test the rubric.
/// This is prompt format v1; `mlsd prompts guide` (the same text as `Prompts/README.md`) documents it for
/// authors, and `PromptFormat` is the one table of fields that the field checker and `schema.json` derive from.
public struct Prompt: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// Stable lowercase-kebab id; transcripts refer to it forever.
    public var id: String
    /// Content revision, bumped by authors when the rubric changes; recorded in sessions.
    public var version: Int
    public var title: String
    public var category: String
    public var difficulty: Difficulty
    public var tags: [String]
    public var statement: String
    /// Total interview minutes; the phase minutes add up to it.
    public var minutes: Int
    public var phases: [Phase: PhaseSpec]
    public var facts: [InterviewerFact]
    public var examples: [ExampleAnswerSet]

    public init(
        schemaVersion: Int = Prompt.currentSchemaVersion, id: String, version: Int = 1, title: String,
        category: String, difficulty: Difficulty, tags: [String] = [], statement: String, minutes: Int,
        phases: [Phase: PhaseSpec], facts: [InterviewerFact] = [], examples: [ExampleAnswerSet] = []
    ) {
        self.schemaVersion = schemaVersion
        self.id = id
        self.version = version
        self.title = title
        self.category = category
        self.difficulty = difficulty
        self.tags = tags
        self.statement = statement
        self.minutes = minutes
        self.phases = phases
        self.facts = facts
        self.examples = examples
    }

    /// The spec of a phase; every valid prompt has all six.
    public func spec(_ phase: Phase) -> PhaseSpec { phases[phase] ?? PhaseSpec.empty }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, id, version, title, category, difficulty, tags, statement, minutes, phases, facts,
            examples
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        id = try c.decode(String.self, forKey: .id)
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        title = try c.decode(String.self, forKey: .title)
        category = try c.decode(String.self, forKey: .category)
        difficulty = try c.decode(Difficulty.self, forKey: .difficulty)
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        statement = try c.decode(String.self, forKey: .statement)
        minutes = try RangeCheckedDecoding.int(c, .minutes, in: 0...InputLimits.maximumMinutes, what: "a whole number of minutes")
        // Decoded through String keys so an unknown phase key is reported by name.
        let phaseContainer = try c.nestedContainer(keyedBy: AnyKey.self, forKey: .phases)
        var phases: [Phase: PhaseSpec] = [:]
        for key in phaseContainer.allKeys {
            guard let phase = Phase(rawValue: key.stringValue) else {
                let problem = FormatProblem.unknownPhase(key.stringValue)
                throw DecodingError.dataCorrupted(
                    .init(codingPath: phaseContainer.codingPath + [key], debugDescription: problem.problem, underlyingError: problem))
            }
            phases[phase] = try phaseContainer.decode(PhaseSpec.self, forKey: key)
        }
        for phase in Phase.allCases where phases[phase] == nil {
            throw DecodingError.keyNotFound(
                AnyKey(phase.rawValue),
                .init(codingPath: c.codingPath + [CodingKeys.phases], debugDescription: "missing phase \"\(phase.rawValue)\""))
        }
        self.phases = phases
        facts = try c.decodeIfPresent([InterviewerFact].self, forKey: .facts) ?? []
        examples = try c.decodeIfPresent([ExampleAnswerSet].self, forKey: .examples) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(id, forKey: .id)
        try c.encode(version, forKey: .version)
        try c.encode(title, forKey: .title)
        try c.encode(category, forKey: .category)
        try c.encode(difficulty, forKey: .difficulty)
        try c.encode(tags, forKey: .tags)
        try c.encode(statement, forKey: .statement)
        try c.encode(minutes, forKey: .minutes)
        var phaseContainer = c.nestedContainer(keyedBy: AnyKey.self, forKey: .phases)
        for phase in Phase.allCases { try phaseContainer.encode(spec(phase), forKey: AnyKey(phase.rawValue)) }
        try c.encode(facts, forKey: .facts)
        try c.encode(examples, forKey: .examples)
    }
}

public enum Difficulty: String, Codable, Sendable, CaseIterable {
    case easy, medium, hard
}

/// A coding key for dictionaries keyed by arbitrary strings.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
