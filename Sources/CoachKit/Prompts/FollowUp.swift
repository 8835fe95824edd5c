/// A probe the interviewer asks after the candidate finishes a phase.
public struct FollowUp: Codable, Sendable, Equatable {
    public var question: String
    /// Rubric item ids this probe aims at; preferred when the answer missed them.
    public var targets: [String]

    public init(question: String, targets: [String] = []) {
        self.question = question
        self.targets = targets
    }

    enum CodingKeys: String, CodingKey { case question, targets }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        question = try c.decode(String.self, forKey: .question)
        targets = try c.decodeIfPresent([String].self, forKey: .targets) ?? []
    }
}
