import Foundation

/// One finished item drill, as kept in the drill log (`$MLSD_HOME/drills.json`): what was asked,
/// what was said, and whether the item was covered. Small on purpose — drills are not sessions, so
/// `history`, `resume` and the session index never see them.
public struct DrillAttempt: Codable, Sendable, Equatable {
    public var id: String
    public var promptID: String
    public var promptVersion: Int
    public var phase: Phase
    public var itemID: String
    public var question: String
    public var answer: String
    public var startedAt: Date
    public var budgetSeconds: Int
    public var elapsedSeconds: Double
    public var covered: Bool
    /// The sentence that earned the item, when covered.
    public var evidence: String?

    public init(
        id: String, promptID: String, promptVersion: Int, phase: Phase, itemID: String, question: String, answer: String,
        startedAt: Date, budgetSeconds: Int, elapsedSeconds: Double, covered: Bool, evidence: String?
    ) {
        self.id = id
        self.promptID = promptID
        self.promptVersion = promptVersion
        self.phase = phase
        self.itemID = itemID
        self.question = question
        self.answer = answer
        self.startedAt = startedAt
        self.budgetSeconds = budgetSeconds
        self.elapsedSeconds = elapsedSeconds
        self.covered = covered
        self.evidence = evidence
    }

    /// The record of a finished drill session (nil for anything else, or a drill with no answer).
    public init?(session: Session) {
        guard let item = session.drillItem, session.isFinished, !session.isAbandoned,
              let record = session.phases.first,
              let result = session.report?.phases[item.phase]?.items.first(where: { $0.id == item.itemID })
        else { return nil }
        self.init(
            id: session.id, promptID: session.promptID, promptVersion: session.promptVersion, phase: item.phase,
            itemID: item.itemID, question: item.question, answer: record.scoredText, startedAt: session.startedAt,
            budgetSeconds: record.budgetSeconds, elapsedSeconds: record.elapsedSeconds, covered: result.matched,
            evidence: result.matched ? result.evidence?.sentence : nil)
    }
}
