/// Example answers that test the rubric the way a test suite tests code: `mlsd prompts validate`
/// fails the prompt when a strong set scores under 70 or a weak set over 35 in any phase.
public struct ExampleAnswerSet: Codable, Sendable, Equatable {
    public enum Label: String, Codable, Sendable { case strong, weak }
    public var label: Label
    public var answers: [Phase: String]

    public init(label: Label, answers: [Phase: String]) {
        self.label = label
        self.answers = answers
    }

    enum CodingKeys: String, CodingKey { case label, answers }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        label = try c.decode(Label.self, forKey: .label)
        let raw = try c.decode([String: String].self, forKey: .answers)
        var answers: [Phase: String] = [:]
        for (key, text) in raw {
            guard let phase = Phase(rawValue: key) else {
                let problem = FormatProblem.unknownPhase(key)
                throw DecodingError.dataCorrupted(
                    .init(codingPath: c.codingPath + [CodingKeys.answers, AnyKey(key)], debugDescription: problem.problem,
                          underlyingError: problem))
            }
            answers[phase] = text
        }
        self.answers = answers
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encode(Dictionary(uniqueKeysWithValues: answers.map { ($0.key.rawValue, $0.value) }), forKey: .answers)
    }
}
