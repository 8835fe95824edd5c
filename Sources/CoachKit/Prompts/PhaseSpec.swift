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

/// One checklist item of a phase's rubric.
public struct RubricItem: Codable, Sendable, Equatable {
    /// Stable id, unique within the prompt (e.g. "clarify-scale").
    public var id: String
    public var description: String
    /// Relative weight within the phase; positive; 1 when the file leaves it out.
    public var weight: Double
    /// The item is covered when any one signal matches a sentence that is not negated.
    public var signals: [Signal]
    /// A nudge shown when the item was missed.
    public var hint: String
    /// Why it matters, shown when the item was missed.
    public var why: String
    /// Optional: what lifts the item from *named* to *covered* — one of these must match the same
    /// sentence (or the heading and bullets it belongs to) as a signal. Empty: the defaults of
    /// `ItemLevel` decide (a number for an item that asks for one, a statement rather than a list entry,
    /// every part of an `all`).
    public var covered: [Signal]
    /// Optional: the share of the weight a *named* item earns (0…1); nil means `RubricItem.defaultNamedCredit`.
    public var namedCredit: Double?

    /// Credit for an item that is named but not covered, when the prompt does not say.
    public static let defaultNamedCredit = 0.5

    public init(
        id: String, description: String, weight: Double = 1, signals: [Signal], hint: String, why: String,
        covered: [Signal] = [], namedCredit: Double? = nil
    ) {
        self.id = id
        self.description = description
        self.weight = weight
        self.signals = signals
        self.hint = hint
        self.why = why
        self.covered = covered
        self.namedCredit = namedCredit
    }

    /// The default weight, when a rubric item leaves `weight` out.
    public static let defaultWeight: Double = 1

    enum CodingKeys: String, CodingKey { case id, description, weight, signals, hint, why, covered, namedCredit }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        description = try c.decode(String.self, forKey: .description)
        weight = c.contains(.weight) ? try RangeCheckedDecoding.double(c, .weight, in: 0...1000, what: "a weight") : Self.defaultWeight
        signals = try c.decodeSignals(forKey: .signals)
        hint = try c.decode(String.self, forKey: .hint)
        why = try c.decode(String.self, forKey: .why)
        covered = try c.decodeSignalsIfPresent(forKey: .covered) ?? []
        namedCredit = try c.decodeIfPresent(Double.self, forKey: .namedCredit)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(description, forKey: .description)
        try c.encode(weight, forKey: .weight)
        try c.encode(signals, forKey: .signals)
        try c.encode(hint, forKey: .hint)
        try c.encode(why, forKey: .why)
        if !covered.isEmpty { try c.encode(covered, forKey: .covered) }
        try c.encodeIfPresent(namedCredit, forKey: .namedCredit)
    }

    /// The credit a named (not covered) item earns.
    public var namedShare: Double { namedCredit ?? Self.defaultNamedCredit }
}

/// Something a strong candidate would not say in this phase; it subtracts `penalty` points.
public struct RedFlag: Codable, Sendable, Equatable {
    public var id: String
    public var description: String
    /// Points subtracted from the phase score (0–100 scale) when it fires.
    public var penalty: Int
    /// It fires when any signal matches a sentence…
    public var signals: [Signal]
    /// …unless one of these matches the same sentence (e.g. "accuracy is misleading here").
    public var unless: [Signal]
    public var why: String

    public init(id: String, description: String, penalty: Int = 10, signals: [Signal], unless: [Signal] = [], why: String) {
        self.id = id
        self.description = description
        self.penalty = penalty
        self.signals = signals
        self.unless = unless
        self.why = why
    }

    enum CodingKeys: String, CodingKey { case id, description, penalty, signals, unless, why }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        description = try c.decode(String.self, forKey: .description)
        penalty = c.contains(.penalty) ? try RangeCheckedDecoding.int(c, .penalty, in: -1000...1000, what: "a penalty") : 10
        signals = try c.decodeSignals(forKey: .signals)
        unless = try c.decodeSignalsIfPresent(forKey: .unless) ?? []
        why = try c.decode(String.self, forKey: .why)
    }
}

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
