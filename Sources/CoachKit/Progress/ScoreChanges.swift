/// What changed between a session's stored scores and a fresh scoring with the current rubric
/// (`mlsd review --rescore`): per phase the score, the items now covered or no longer covered, rubric
/// items added or removed since, and red flags raised or cleared.
public struct ScoreChanges: Sendable, Equatable {
    public var before: ScoreReport?
    public var after: ScoreReport
    public var phases: [PhaseChange]

    public struct PhaseChange: Sendable, Equatable {
        public var phase: Phase
        public var before: Int?
        public var after: Int?
        /// Items in both rubrics that are covered now and were not.
        public var gained: [ItemResult]
        /// Items in both rubrics that were covered and are not now.
        public var lost: [ItemResult]
        /// Items new in the current rubric (with their result).
        public var added: [ItemResult]
        /// Items the current rubric no longer has (with their old result).
        public var removed: [ItemResult]
        public var flagsRaised: [RedFlagHit]
        public var flagsCleared: [RedFlagHit]

        public var delta: Int? { before.flatMap { old in after.map { $0 - old } } }
        public var isUnchanged: Bool {
            before == after && gained.isEmpty && lost.isEmpty && added.isEmpty && removed.isEmpty && flagsRaised.isEmpty && flagsCleared.isEmpty
        }
    }

    /// - Parameter phases: the session's phases, in order.
    public init(before: ScoreReport?, after: ScoreReport, phases: [Phase]) {
        self.before = before
        self.after = after
        self.phases = phases.map { phase in
            let old = before?.phases[phase]
            let new = after.phases[phase]
            let oldItems = Dictionary((old?.items ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let newItems = Dictionary((new?.items ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let newList = new?.items ?? [], oldList = old?.items ?? []
            let oldFlags = Set((old?.redFlags ?? []).map(\.id)), newFlags = Set((new?.redFlags ?? []).map(\.id))
            return PhaseChange(
                phase: phase, before: old?.score, after: new?.score,
                gained: newList.filter { $0.matched && oldItems[$0.id].map { !$0.matched } == true },
                lost: newList.filter { !$0.matched && oldItems[$0.id]?.matched == true },
                added: old == nil ? [] : newList.filter { oldItems[$0.id] == nil },
                removed: new == nil ? [] : oldList.filter { newItems[$0.id] == nil },
                flagsRaised: (new?.redFlags ?? []).filter { !oldFlags.contains($0.id) },
                flagsCleared: (old?.redFlags ?? []).filter { !newFlags.contains($0.id) })
        }
    }

    public var overallDelta: Int? { before.map { after.overall - $0.overall } }
    public var hasChanges: Bool { before?.overall != after.overall || phases.contains { !$0.isUnchanged } }
}
