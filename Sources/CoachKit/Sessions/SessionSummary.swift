import Foundation

/// What `history`, `stats` and `next` need from one session, without its answers and events: small
/// enough that 10,000 of them load from the session index (``SessionIndexFile``) in milliseconds. The
/// one summary shape: made from a whole ``Session``, decoded straight from a session file
/// (``init(sessionFile:file:name:)``), stored in the index and written by `history --json`.
///
/// A new field is declared here and set where a summary is made (the memberwise initializer, the one
/// from a ``Session`` and `SessionFileFields` below, all in this file), then stored in the index
/// (``SessionIndexFile``'s writer and its `BlockDecoder`, with ``SessionIndexFile`` format bumped) and,
/// if `history --json` shows it, written by its writer.
public struct SessionSummary: Sendable, Equatable {
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

    /// The summary of a session file's bytes, decoded without the answers, events and the report's
    /// quotes, hints and explanations (parsed as JSON, never turned into values): building the index of
    /// thousands of sessions is several times faster than decoding whole ``Session``s. Throws
    /// ``SessionStore/StoreError`` as `SessionStore.decode` does: a newer schema, or the file unreadable.
    /// - Parameters: `file`, the path named in errors; `name`, the file's name in the sessions folder.
    public init(sessionFile data: Data, file: String, name: String) throws {
        try SessionStore.checkNesting(data, file: file)
        let fields: SessionFileFields
        do {
            fields = try SessionStore.decoder().decode(SessionFileFields.self, from: SafeText.cleanJSON(data))
        } catch {
            // Only now look at the version (a second parse): a newer file may not fit this layout.
            if let version = SessionStore.schemaVersion(of: data), version > Session.currentSchemaVersion {
                throw SessionStore.StoreError.newerVersion(file: file, version: version)
            }
            let offset = InputFile.invalidUTF8Offset(data)
            throw SessionStore.StoreError.unreadable(file: file, reason: offset.map { "not valid UTF-8 at byte \($0)" } ?? "not a valid session")
        }
        if fields.schemaVersion > Session.currentSchemaVersion {
            throw SessionStore.StoreError.newerVersion(file: file, version: fields.schemaVersion)
        }
        if let problem = fields.rangeProblem { throw SessionStore.StoreError.unreadable(file: file, reason: problem) }
        self = fields.summary
        self.file = name
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
public struct PhaseSummary: Sendable, Equatable {
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

/// The fields of a session file a ``SessionSummary`` is made of, in the file's own layout (see
/// ``Session``, ``PhaseRecord`` and ``ScoreReport``); decoded as a whole summary plus what is checked
/// before it is trusted (the schema version, the ranges of the clocks and scores).
private struct SessionFileFields: Decodable {
    var schemaVersion: Int
    var summary: SessionSummary
    /// The first clock or score out of range, worded as ``SessionRangeCheck`` words it.
    var rangeProblem: String?

    private enum Keys: String, CodingKey {
        case schemaVersion, id, promptID, promptTitle, promptVersion, drillPhase, startedAt, finishedAt, phases, report
        case phase, budgetSeconds, elapsedSeconds, skipped, overall, score, items, matched
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        var problems: [String] = []
        // The phases' records: their clocks.
        var phases: [PhaseSummary] = []
        var records = try c.nestedUnkeyedContainer(forKey: .phases)
        while !records.isAtEnd {
            let record = try records.nestedContainer(keyedBy: Keys.self)
            let phase = PhaseSummary(
                phase: try record.decode(Phase.self, forKey: .phase), score: nil,
                budgetSeconds: try record.decode(Int.self, forKey: .budgetSeconds),
                elapsedSeconds: try record.decode(Double.self, forKey: .elapsedSeconds),
                skipped: try record.decode(Bool.self, forKey: .skipped), matched: [], missed: [])
            if let problem = SessionRangeCheck.problem(
                budgetSeconds: phase.budgetSeconds, elapsedSeconds: phase.elapsedSeconds, at: "phases[\(phases.count)]")
            {
                problems.append(problem)
            }
            phases.append(phase)
        }
        // The report, when scored: the overall score and each phase's score and items.
        var overall: Int?
        if c.contains(.report), try !c.decodeNil(forKey: .report) {
            let report = try c.nestedContainer(keyedBy: Keys.self, forKey: .report)
            let score = try report.decode(Int.self, forKey: .overall)
            overall = score
            var scores: [(phase: Phase, score: Int, items: [(id: String, matched: Bool)])] = []
            // A dictionary keyed by an enum is encoded as [key, value, key, value, …].
            var list = try report.nestedUnkeyedContainer(forKey: .phases)
            while !list.isAtEnd {
                let phase = try list.decode(Phase.self)
                let phaseScore = try list.nestedContainer(keyedBy: Keys.self)
                var items: [(id: String, matched: Bool)] = []
                var itemList = try phaseScore.nestedUnkeyedContainer(forKey: .items)
                while !itemList.isAtEnd {
                    let item = try itemList.nestedContainer(keyedBy: Keys.self)
                    items.append((try item.decode(String.self, forKey: .id), try item.decode(Bool.self, forKey: .matched)))
                }
                scores.removeAll { $0.phase == phase }  // a repeated key: the last one counts, as in a dictionary
                scores.append((phase, try phaseScore.decode(Int.self, forKey: .score), items))
            }
            if let problem = SessionRangeCheck.problem(score: score, at: "report.overall") { problems.append(problem) }
            for entry in scores {
                if let problem = SessionRangeCheck.problem(score: entry.score, at: "report.phases.\(entry.phase.rawValue).score") {
                    problems.append(problem)
                }
            }
            for position in phases.indices {
                guard let entry = scores.first(where: { $0.phase == phases[position].phase }) else { continue }
                phases[position].score = entry.score
                phases[position].matched = entry.items.filter(\.matched).map(\.id)
                phases[position].missed = entry.items.filter { !$0.matched }.map(\.id)
            }
        }
        rangeProblem = problems.first
        summary = SessionSummary(
            file: "", id: try c.decode(String.self, forKey: .id), promptID: try c.decode(String.self, forKey: .promptID),
            promptTitle: try c.decode(String.self, forKey: .promptTitle), promptVersion: try c.decode(Int.self, forKey: .promptVersion),
            drillPhase: try c.decodeIfPresent(Phase.self, forKey: .drillPhase), startedAt: try c.decode(Date.self, forKey: .startedAt),
            finishedAt: try c.decodeIfPresent(Date.self, forKey: .finishedAt), activeSeconds: phases.map(\.elapsedSeconds).reduce(0, +),
            overall: overall, phases: phases)
    }
}
