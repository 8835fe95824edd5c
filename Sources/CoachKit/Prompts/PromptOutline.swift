/// The part of a prompt that listings and progress need — id, title, catalogue fields and each
/// phase's rubric item ids and descriptions — decoded without the signals, facts, examples and
/// reference notes that make up most of a prompt file. `prompts list`, `stats` and `next` read only
/// this, so they never pay for decoding whole prompts.
public struct PromptOutline: Decodable, Sendable, Equatable {
    public struct Item: Decodable, Sendable, Equatable {
        public var id: String
        public var description: String

        public init(id: String, description: String) {
            self.id = id
            self.description = description
        }
    }

    public var id: String
    public var version: Int
    public var title: String
    public var category: String
    public var difficulty: Difficulty
    public var tags: [String]
    public var minutes: Int
    /// Each phase's rubric items, in file order.
    public var rubric: [Phase: [Item]]

    public init(
        id: String, version: Int, title: String, category: String, difficulty: Difficulty, tags: [String], minutes: Int,
        rubric: [Phase: [Item]]
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.category = category
        self.difficulty = difficulty
        self.tags = tags
        self.minutes = minutes
        self.rubric = rubric
    }

    /// The description of a rubric item of a phase, if the prompt has it.
    public func itemDescription(_ phase: Phase, _ itemID: String) -> String? {
        rubric[phase]?.first { $0.id == itemID }?.description
    }

    private enum CodingKeys: String, CodingKey { case id, version, title, category, difficulty, tags, minutes, phases }
    private enum PhaseKeys: String, CodingKey { case rubric }

    /// Mirrors `Prompt.init(from:)` for these fields (same defaults), skipping everything else.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        title = try c.decode(String.self, forKey: .title)
        category = try c.decode(String.self, forKey: .category)
        difficulty = try c.decode(Difficulty.self, forKey: .difficulty)
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        minutes = try c.decode(Int.self, forKey: .minutes)
        let phases = try c.nestedContainer(keyedBy: AnyKey.self, forKey: .phases)
        var rubric: [Phase: [Item]] = [:]
        for key in phases.allKeys {
            guard let phase = Phase(rawValue: key.stringValue) else { continue }
            let spec = try phases.nestedContainer(keyedBy: PhaseKeys.self, forKey: key)
            rubric[phase] = try spec.decode([Item].self, forKey: .rubric)
        }
        self.rubric = rubric
    }
}

extension Prompt {
    /// The outline of a fully decoded prompt; equal to the outline decoded from the same file.
    public var outline: PromptOutline {
        PromptOutline(
            id: id, version: version, title: title, category: category, difficulty: difficulty, tags: tags, minutes: minutes,
            rubric: phases.mapValues { $0.rubric.map { PromptOutline.Item(id: $0.id, description: $0.description) } })
    }
}
