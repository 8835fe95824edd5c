import Foundation

/// What `history`, `stats` and `next` need from one session, without its answers and events: small
/// enough that 10,000 of them load from the session index (``SessionIndexFile``) in milliseconds.
public struct SessionSummary: Codable, Sendable, Equatable {
    /// The session file's name in the sessions folder ("<id>.json").
    public var file: String
    public var id: String
    public var promptID: String
    public var promptTitle: String
    public var promptVersion: Int
    /// nil for a full interview; the drilled phase otherwise.
    public var drillPhase: Phase?
    public var startedAt: Date
    public var finishedAt: Date?
    /// Seconds spent answering, across phases.
    public var activeSeconds: Double
    /// The report's overall score; nil until the session is scored.
    public var overall: Int?
    public var phases: [PhaseSummary]

    public init(
        file: String, id: String, promptID: String, promptTitle: String, promptVersion: Int, drillPhase: Phase?,
        startedAt: Date, finishedAt: Date?, activeSeconds: Double, overall: Int?, phases: [PhaseSummary]
    ) {
        self.file = file
        self.id = id
        self.promptID = promptID
        self.promptTitle = promptTitle
        self.promptVersion = promptVersion
        self.drillPhase = drillPhase
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.activeSeconds = activeSeconds
        self.overall = overall
        self.phases = phases
    }

    /// The digest of a whole session; `file` defaults to the name the store gives it.
    public init(_ session: Session, file: String? = nil) {
        let report = session.report
        self.init(
            file: file ?? "\(session.id).json", id: session.id, promptID: session.promptID, promptTitle: session.promptTitle,
            promptVersion: session.promptVersion, drillPhase: session.drillPhase, startedAt: session.startedAt,
            finishedAt: session.finishedAt, activeSeconds: session.activeSeconds, overall: report?.overall,
            phases: session.phases.map { record in
                let score = report?.phases[record.phase]
                return PhaseSummary(
                    phase: record.phase, score: score?.score, budgetSeconds: record.budgetSeconds,
                    elapsedSeconds: record.elapsedSeconds, skipped: record.skipped,
                    matched: score?.matched.map(\.id) ?? [], missed: score?.missed.map(\.id) ?? [])
            })
    }

    public var isFinished: Bool { finishedAt != nil }
    /// Finished with no answer in any phase (see ``Session/isAbandoned``): left out of stats and `next`.
    public var isAbandoned: Bool { isFinished && !phases.isEmpty && phases.allSatisfy(\.skipped) }
    /// A finished attempt that counts as practice: what the menu's "practised N×", `next` and stats count.
    public var countsAsPractice: Bool { isFinished && !isAbandoned }
    /// "full" or the drilled phase's key.
    public var mode: String { drillPhase?.rawValue ?? "full" }
    public var verdict: Verdict? { overall.map(Verdict.init(score:)) }
    public func phase(_ phase: Phase) -> PhaseSummary? { phases.first { $0.phase == phase } }
}

/// One phase of a ``SessionSummary``: its score, its clock and which rubric items it covered.
public struct PhaseSummary: Codable, Sendable, Equatable {
    public var phase: Phase
    /// nil when the phase has not been scored (an unfinished interview).
    public var score: Int?
    public var budgetSeconds: Int
    public var elapsedSeconds: Double
    public var skipped: Bool
    /// Ids of the rubric items covered and missed, when scored.
    public var matched: [String]
    public var missed: [String]

    public init(phase: Phase, score: Int?, budgetSeconds: Int, elapsedSeconds: Double, skipped: Bool, matched: [String], missed: [String]) {
        self.phase = phase
        self.score = score
        self.budgetSeconds = budgetSeconds
        self.elapsedSeconds = elapsedSeconds
        self.skipped = skipped
        self.matched = matched
        self.missed = missed
    }

    public var overtimeSeconds: Double { max(0, elapsedSeconds - Double(budgetSeconds)) }
    /// Worked on (not skipped, some time spent), so its clock says something about pacing.
    public var wasTimed: Bool { !skipped && elapsedSeconds > 0 && budgetSeconds > 0 }
    public var overran: Bool { wasTimed && elapsedSeconds > Double(budgetSeconds) }
}
