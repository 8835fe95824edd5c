/// A detail the interviewer gives when a clarifying question selects it.
public struct InterviewerFact: Codable, Sendable, Equatable {
    public var id: String
    /// What the question must mention to select this fact; the best-matching fact answers.
    public var signals: [Signal]
    public var answer: String

    public init(id: String, signals: [Signal], answer: String) {
        self.id = id
        self.signals = signals
        self.answer = answer
    }

    enum CodingKeys: String, CodingKey { case id, signals, answer }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        signals = try c.decodeSignals(forKey: .signals)
        answer = try c.decode(String.self, forKey: .answer)
    }
}
