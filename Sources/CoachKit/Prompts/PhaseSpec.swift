/// What one phase of a prompt expects: its goal, guiding questions, rubric, red flags,
/// interviewer follow-ups and what a strong answer says.
public struct PhaseSpec: Codable, Sendable, Equatable {
    public var minutes: Int
    public var goal: String
    /// Guiding questions, shown one at a time by /hint (or all up front with --hints).
    public var questions: [String]
    public var rubric: [RubricItem]
    public var redFlags: [RedFlag]
    public var followUps: [FollowUp]
    /// What a strong answer says, shown in reviews for what was missed.
    public var reference: [String]

    public init(
        minutes: Int, goal: String, questions: [String] = [], rubric: [RubricItem], redFlags: [RedFlag] = [],
        followUps: [FollowUp] = [], reference: [String] = []
    ) {
        self.minutes = minutes
        self.goal = goal
        self.questions = questions
        self.rubric = rubric
        self.redFlags = redFlags
        self.followUps = followUps
        self.reference = reference
    }

    static let empty = PhaseSpec(minutes: 0, goal: "", rubric: [])

    enum CodingKeys: String, CodingKey { case minutes, goal, questions, rubric, redFlags, followUps, reference }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        minutes = try RangeCheckedDecoding.int(c, .minutes, in: 0...InputLimits.maximumMinutes, what: "a whole number of minutes")
        goal = try c.decode(String.self, forKey: .goal)
        questions = try c.decodeIfPresent([String].self, forKey: .questions) ?? []
        rubric = try c.decode([RubricItem].self, forKey: .rubric)
        redFlags = try c.decodeIfPresent([RedFlag].self, forKey: .redFlags) ?? []
        followUps = try c.decodeIfPresent([FollowUp].self, forKey: .followUps) ?? []
        reference = try c.decodeIfPresent([String].self, forKey: .reference) ?? []
    }
}
