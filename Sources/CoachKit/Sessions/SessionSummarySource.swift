import Foundation

/// Decodes a ``SessionSummary`` straight from a session file, reading only the fields a summary
/// needs: answers, events and the report's quotes, hints and explanations are parsed as JSON but never
/// turned into values, which makes building the index of thousands of sessions several times faster
/// than decoding whole ``Session``s. The schema version is checked first, as ``SessionStore`` does.
struct SessionSummarySource: Decodable {
    var schemaVersion: Int
    var id: String
    var promptID: String
    var promptTitle: String
    var promptVersion: Int
    var drillPhase: Phase?
    var startedAt: Date
    var finishedAt: Date?
    var phases: [PhaseSource]
    var report: ReportSource?

    struct PhaseSource: Decodable {
        var phase: Phase
        var budgetSeconds: Int
        var elapsedSeconds: Double
        var skipped: Bool
    }

    struct ReportSource: Decodable {
        var overall: Int
        var phases: [Phase: PhaseScoreSource]

        enum CodingKeys: String, CodingKey { case overall, phases }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            overall = try c.decode(Int.self, forKey: .overall)
            // A dictionary keyed by an enum is encoded as [key, value, key, value, …].
            var list = try c.nestedUnkeyedContainer(forKey: .phases)
            var phases: [Phase: PhaseScoreSource] = [:]
            while !list.isAtEnd {
                let phase = try list.decode(Phase.self)
                phases[phase] = try list.decode(PhaseScoreSource.self)
            }
            self.phases = phases
        }
    }

    struct PhaseScoreSource: Decodable {
        var score: Int
        var items: [ItemSource]
    }

    struct ItemSource: Decodable {
        var id: String
        var matched: Bool
    }

    /// The summary of a session file's contents; throws ``SessionStore/StoreError`` like `SessionStore.decode`.
    static func summary(of data: Data, file: String, name: String) throws -> SessionSummary {
        try SessionStore.checkNesting(data, file: file)
        let source: SessionSummarySource
        do {
            source = try SessionStore.decoder().decode(SessionSummarySource.self, from: SafeText.cleanJSON(data))
        } catch {
            // Only now look at the version (a second parse): a newer file may not fit this layout.
            if let version = SessionStore.schemaVersion(of: data), version > Session.currentSchemaVersion {
                throw SessionStore.StoreError.newerVersion(file: file, version: version)
            }
            let offset = InputFile.invalidUTF8Offset(data)
            throw SessionStore.StoreError.unreadable(file: file, reason: offset.map { "not valid UTF-8 at byte \($0)" } ?? "not a valid session")
        }
        if source.schemaVersion > Session.currentSchemaVersion {
            throw SessionStore.StoreError.newerVersion(file: file, version: source.schemaVersion)
        }
        for (index, record) in source.phases.enumerated() {
            if let problem = SessionRangeCheck.problem(
                budgetSeconds: record.budgetSeconds, elapsedSeconds: record.elapsedSeconds, at: "phases[\(index)]")
            {
                throw SessionStore.StoreError.unreadable(file: file, reason: problem)
            }
        }
        if let report = source.report {
            if let problem = SessionRangeCheck.problem(score: report.overall, at: "report.overall") {
                throw SessionStore.StoreError.unreadable(file: file, reason: problem)
            }
            for (phase, score) in report.phases {
                if let problem = SessionRangeCheck.problem(score: score.score, at: "report.phases.\(phase.rawValue).score") {
                    throw SessionStore.StoreError.unreadable(file: file, reason: problem)
                }
            }
        }
        return SessionSummary(
            file: name, id: source.id, promptID: source.promptID, promptTitle: source.promptTitle,
            promptVersion: source.promptVersion, drillPhase: source.drillPhase, startedAt: source.startedAt,
            finishedAt: source.finishedAt, activeSeconds: source.phases.map(\.elapsedSeconds).reduce(0, +),
            overall: source.report?.overall,
            phases: source.phases.map { record in
                let score = source.report?.phases[record.phase]
                return PhaseSummary(
                    phase: record.phase, score: score?.score, budgetSeconds: record.budgetSeconds,
                    elapsedSeconds: record.elapsedSeconds, skipped: record.skipped,
                    matched: score?.items.filter(\.matched).map(\.id) ?? [],
                    missed: score?.items.filter { !$0.matched }.map(\.id) ?? [])
            })
    }
}
