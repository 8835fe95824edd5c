import Foundation

/// One interview, as saved under `$MLSD_HOME/sessions/<id>.json` after every submitted line and
/// command. Everything needed to resume it, review it, export it and compute stats from it.
public struct Session: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// Sortable and readable: "20261126-084012-video-recommendation".
    public var id: String
    public var promptID: String
    public var promptVersion: Int
    public var promptTitle: String
    /// nil for a full interview; the phase for a one-phase drill (`--phase`).
    public var drillPhase: Phase?
    public var options: SessionOptions
    public var startedAt: Date
    public var updatedAt: Date
    /// Set when the interview reached its end; nil while it can be resumed.
    public var finishedAt: Date?
    /// The phases of this session in order, with answers and timings.
    public var phases: [PhaseRecord]
    /// Index into `phases` of the phase in progress (for resume).
    public var currentPhaseIndex: Int
    public var events: [SessionEvent]
    /// Set when the interview is scored (at the end, or per phase with `--feedback phase`).
    public var report: ScoreReport?
    /// True while the current phase's follow-up probe waits for its reply, so a resumed session
    /// continues the reply rather than the answer. Absent (nil) in files written before it existed.
    public var awaitingFollowUpReply: Bool?
    /// Set for a drill on one rubric item (`mlsd drill`): the session then holds one phase and is
    /// scored on that item alone. Absent in every other session.
    public var drillItem: ItemDrill?

    public init(
        id: String, promptID: String, promptVersion: Int, promptTitle: String, drillPhase: Phase? = nil,
        options: SessionOptions, startedAt: Date, phases: [PhaseRecord]
    ) {
        schemaVersion = Self.currentSchemaVersion
        self.id = id
        self.promptID = promptID
        self.promptVersion = promptVersion
        self.promptTitle = promptTitle
        self.drillPhase = drillPhase
        self.options = options
        self.startedAt = startedAt
        updatedAt = startedAt
        finishedAt = nil
        self.phases = phases
        currentPhaseIndex = 0
        events = []
        report = nil
        awaitingFollowUpReply = nil
        drillItem = nil
    }

    public var isFinished: Bool { finishedAt != nil }
    /// "full" or the drilled phase's key.
    public var mode: String { drillPhase?.rawValue ?? "full" }
    /// Seconds spent answering, across phases (overtime included).
    public var activeSeconds: Double { phases.map(\.elapsedSeconds).reduce(0, +) }
    /// Finished without a word of answer in any phase: every phase is marked skipped. Such a session
    /// (e.g. `echo | mlsd practice ID`) is kept on disk but left out of stats, `next` and the menu's counts.
    public var isAbandoned: Bool { isFinished && !phases.isEmpty && phases.allSatisfy(\.skipped) }

    public func record(for phase: Phase) -> PhaseRecord? { phases.first { $0.phase == phase } }

    /// A session id for a prompt started at `date` (UTC), e.g. "20261126-084012-video-recommendation".
    /// (The date is written by ``UTCTime``, not a `DateFormatter`: see there why.)
    public static func makeID(promptID: String, startedAt date: Date) -> String {
        "\(UTCTime(date).compact)-\(promptID)"
    }
}

/// How the interview was run.
public struct SessionOptions: Codable, Sendable, Equatable {
    /// Total minutes the phase budgets were scaled to.
    public var minutes: Int
    /// Move on automatically when a phase's time is up.
    public var strict: Bool
    /// "end" (like a real interview) or "phase" (feedback after each phase).
    public var feedback: FeedbackMode
    /// Guiding questions shown up front.
    public var hintsUpFront: Bool
    /// Whether the interviewer asks a follow-up after each phase. nil (the default, and every file
    /// written before the option existed): on in the terminal, off in line mode (pipes, TERM=dumb),
    /// where an unannounced question would take the next phase's answer as its reply.
    public var followUps: Bool?
    /// Keep a session with no answer at all as a normal finished one (`--keep-empty`) rather than
    /// marking it abandoned.
    public var keepEmpty: Bool?

    public enum FeedbackMode: String, Codable, Sendable, CaseIterable { case end, phase }

    public init(
        minutes: Int, strict: Bool = false, feedback: FeedbackMode = .end, hintsUpFront: Bool = false,
        followUps: Bool? = nil, keepEmpty: Bool? = nil
    ) {
        self.minutes = minutes
        self.strict = strict
        self.feedback = feedback
        self.hintsUpFront = hintsUpFront
        self.followUps = followUps
        self.keepEmpty = keepEmpty
    }
}

/// One phase of a session: the answer, the follow-up and the clock.
public struct PhaseRecord: Codable, Sendable, Equatable {
    public var phase: Phase
    /// The candidate's answer text (lines joined with newlines), without the follow-up reply.
    public var answer: String
    /// The interviewer's probe and the reply, once asked.
    public var followUp: FollowUpExchange?
    public var budgetSeconds: Int
    /// Time spent in this phase so far, including overtime and the follow-up.
    public var elapsedSeconds: Double
    public var hintsUsed: Int
    public var skipped: Bool
    public var finished: Bool
    /// Questions asked with `/ask` during this phase, with the interviewer's replies. In Clarify they
    /// are part of the answer: asking is how Clarify is done.
    public var asked: [AskedQuestion]

    public init(phase: Phase, budgetSeconds: Int) {
        self.phase = phase
        answer = ""
        followUp = nil
        self.budgetSeconds = budgetSeconds
        elapsedSeconds = 0
        hintsUsed = 0
        skipped = false
        finished = false
        asked = []
    }

    enum CodingKeys: String, CodingKey {
        case phase, answer, followUp, budgetSeconds, elapsedSeconds, hintsUsed, skipped, finished, asked
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        phase = try c.decode(Phase.self, forKey: .phase)
        answer = try c.decode(String.self, forKey: .answer)
        followUp = try c.decodeIfPresent(FollowUpExchange.self, forKey: .followUp)
        budgetSeconds = try c.decode(Int.self, forKey: .budgetSeconds)
        elapsedSeconds = try c.decode(Double.self, forKey: .elapsedSeconds)
        hintsUsed = try c.decode(Int.self, forKey: .hintsUsed)
        skipped = try c.decode(Bool.self, forKey: .skipped)
        finished = try c.decode(Bool.self, forKey: .finished)
        // Sessions saved before questions were recorded per phase have none.
        asked = try c.decodeIfPresent([AskedQuestion].self, forKey: .asked) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(phase, forKey: .phase)
        try c.encode(answer, forKey: .answer)
        try c.encodeIfPresent(followUp, forKey: .followUp)
        try c.encode(budgetSeconds, forKey: .budgetSeconds)
        try c.encode(elapsedSeconds, forKey: .elapsedSeconds)
        try c.encode(hintsUsed, forKey: .hintsUsed)
        try c.encode(skipped, forKey: .skipped)
        try c.encode(finished, forKey: .finished)
        if !asked.isEmpty { try c.encode(asked, forKey: .asked) }
    }

    public var overtimeSeconds: Double { max(0, elapsedSeconds - Double(budgetSeconds)) }
    /// What is scored: the answer plus the follow-up reply.
    public var scoredText: String {
        var parts = [answer]
        if let reply = followUp?.reply { parts.append(reply) }
        // Clarifying questions asked with /ask are Clarify content, one line each; they come last so
        // evidence offsets in the typed answer stay where they were.
        if phase == .clarify { parts += asked.map { Self.asQuestion($0.question) } }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// "what is the latency budget" → "what is the latency budget?": a line read as a question.
    static func asQuestion(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.hasSuffix("?") ? trimmed : trimmed + "?"
    }
}

/// A question asked with `/ask`, the interviewer's reply and the facts it revealed.
public struct AskedQuestion: Codable, Sendable, Equatable {
    public var question: String
    public var reply: String
    /// Ids of the facts that answered it; empty when the interviewer had no such detail.
    public var factIDs: [String]

    public init(question: String, reply: String, factIDs: [String]) {
        self.question = question
        self.reply = reply
        self.factIDs = factIDs
    }
}

/// A follow-up probe and the candidate's reply (empty when skipped).
public struct FollowUpExchange: Codable, Sendable, Equatable {
    public var question: String
    public var targets: [String]
    public var reply: String

    public init(question: String, targets: [String], reply: String = "") {
        self.question = question
        self.targets = targets
        self.reply = reply
    }
}

/// Something that happened during the interview, for the transcript.
public struct SessionEvent: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case ask, hint, followUp, edit, skip, back, pause, resume, oneMinuteWarning, timeUp, autoAdvance, phaseStart, phaseEnd
    }

    public var kind: Kind
    public var at: Date
    public var phase: Phase?
    /// The question asked, the hint shown, …
    public var text: String?
    /// The interviewer's answer to an /ask.
    public var reply: String?

    public init(kind: Kind, at: Date, phase: Phase?, text: String? = nil, reply: String? = nil) {
        self.kind = kind
        self.at = at
        self.phase = phase
        self.text = text
        self.reply = reply
    }
}
