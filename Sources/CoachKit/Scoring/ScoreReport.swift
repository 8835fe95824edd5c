/// The scorer's verdict on a whole answer set: per-phase scores and an overall score.
public struct ScoreReport: Codable, Sendable, Equatable {
    public var promptID: String
    public var phases: [Phase: PhaseScore]
    /// 0–100: the mean of the scored phases' scores.
    public var overall: Int
    public var verdict: Verdict

    public init(promptID: String, phases: [Phase: PhaseScore], overall: Int, verdict: Verdict) {
        self.promptID = promptID
        self.phases = phases
        self.overall = overall
        self.verdict = verdict
    }

    /// A report whose overall score is the mean of `phases`' scores, rounded: the one place the
    /// overall is computed (the scorer, the interview and item drills all build reports this way).
    public init(promptID: String, phases: [Phase: PhaseScore]) {
        let overall = phases.isEmpty ? 0 : Int((Double(phases.values.map(\.score).reduce(0, +)) / Double(phases.count)).rounded())
        self.init(promptID: promptID, phases: phases, overall: overall, verdict: Verdict(score: overall))
    }
}

/// One phase's score with the evidence for every point.
public struct PhaseScore: Codable, Sendable, Equatable {
    public var phase: Phase
    /// 0–100: weighted share of rubric items covered, minus red-flag penalties.
    public var score: Int
    public var verdict: Verdict
    public var items: [ItemResult]
    public var redFlags: [RedFlagHit]
    /// Why credit was reduced as a whole (keyword salad, restating the question, another phase's topics).
    public var notes: [String]
    /// What the candidate uncovered with `/ask` during the phase: the interviewer's replies that
    /// stated a fact (nil when nothing was asked, and in reports scored outside an interview).
    public var uncoveredFacts: [String]?

    public init(phase: Phase, score: Int, verdict: Verdict, items: [ItemResult], redFlags: [RedFlagHit], notes: [String]) {
        self.phase = phase
        self.score = score
        self.verdict = verdict
        self.items = items
        self.redFlags = redFlags
        self.notes = notes
    }

    /// Items covered in full.
    public var matched: [ItemResult] { items.filter(\.matched) }
    /// Items not covered in full (named items included: they have something left to say).
    public var missed: [ItemResult] { items.filter { !$0.matched } }
    /// Items named but not covered: partial credit.
    public var named: [ItemResult] { items.filter { $0.level == .named } }
}

/// How far an answer got on one rubric item.
public enum ItemLevel: String, Codable, Sendable, Comparable, CaseIterable {
    /// Not there (or only dismissed, restated, or in another phase's sentences).
    case none
    /// The idea is there — in a list, without the number, reason or condition the item asks for.
    case named
    /// Named with what the item asks for: full credit.
    case covered

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: ItemLevel, b: ItemLevel) -> Bool { a.rank < b.rank }
}

/// The result of one rubric item.
public struct ItemResult: Codable, Sendable, Equatable {
    public var id: String
    public var description: String
    public var weight: Double
    public var matched: Bool
    /// The sentence that earned the item (when matched), or that nearly did (e.g. negated).
    public var evidence: Evidence?
    public var hint: String
    public var why: String
    /// Why a mention earned no credit ("negated: …", "only in a list of terms"), if it did not.
    public var note: String?
    /// The level reached; `matched` is `level == .covered`. Reports saved before graded credit have
    /// no level: it is read from `matched`.
    public var level: ItemLevel
    /// Share of the weight earned: 1 covered, the item's named credit when named, 0 otherwise.
    public var credit: Double
    /// What would lift a named item to covered ("add a number in ms", "say why"); nil otherwise.
    public var lift: String?

    public init(
        id: String, description: String, weight: Double, matched: Bool, evidence: Evidence?, hint: String, why: String,
        note: String? = nil, level: ItemLevel? = nil, credit: Double? = nil, lift: String? = nil
    ) {
        self.id = id
        self.description = description
        self.weight = weight
        self.matched = matched
        self.evidence = evidence
        self.hint = hint
        self.why = why
        self.note = note
        self.level = level ?? (matched ? .covered : .none)
        self.credit = credit ?? (matched ? 1 : 0)
        self.lift = lift
    }

    enum CodingKeys: String, CodingKey { case id, description, weight, matched, evidence, hint, why, note, level, credit, lift }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        description = try c.decode(String.self, forKey: .description)
        weight = try c.decode(Double.self, forKey: .weight)
        matched = try c.decode(Bool.self, forKey: .matched)
        evidence = try c.decodeIfPresent(Evidence.self, forKey: .evidence)
        hint = try c.decode(String.self, forKey: .hint)
        why = try c.decode(String.self, forKey: .why)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        level = try c.decodeIfPresent(ItemLevel.self, forKey: .level) ?? (matched ? .covered : .none)
        credit = try c.decodeIfPresent(Double.self, forKey: .credit) ?? (matched ? 1 : 0)
        lift = try c.decodeIfPresent(String.self, forKey: .lift)
    }
}

/// A red flag that fired, with the sentence that tripped it.
public struct RedFlagHit: Codable, Sendable, Equatable {
    public var id: String
    public var description: String
    public var penalty: Int
    public var evidence: Evidence
    public var why: String

    public init(id: String, description: String, penalty: Int, evidence: Evidence, why: String) {
        self.id = id
        self.description = description
        self.penalty = penalty
        self.evidence = evidence
        self.why = why
    }
}

/// A quoted sentence of the answer and the span (in Characters, from the start of the phase's
/// answer text) of the words that matched.
public struct Evidence: Codable, Sendable, Equatable {
    public var sentence: String
    /// Character offset of the sentence within the answer.
    public var sentenceStart: Int
    /// Character offset and length of the matched words within the answer.
    public var matchStart: Int
    public var matchLength: Int

    public init(sentence: String, sentenceStart: Int, matchStart: Int, matchLength: Int) {
        self.sentence = sentence
        self.sentenceStart = sentenceStart
        self.matchStart = matchStart
        self.matchLength = matchLength
    }
}

/// Hiring-style verdict, from the 0–100 score.
public enum Verdict: String, Codable, Sendable, CaseIterable {
    case strongNoHire = "strong no hire"
    case noHire = "no hire"
    case leanNoHire = "lean no hire"
    case leanHire = "lean hire"
    case hire = "hire"
    case strongHire = "strong hire"

    public init(score: Int) {
        switch score {
        case ..<20: self = .strongNoHire
        case 20..<40: self = .noHire
        case 40..<55: self = .leanNoHire
        case 55..<70: self = .leanHire
        case 70..<85: self = .hire
        default: self = .strongHire
        }
    }
}
