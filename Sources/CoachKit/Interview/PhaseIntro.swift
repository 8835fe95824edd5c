/// What the screen shows when a phase begins: name, position, goal, budget.
public struct PhaseIntro: Equatable, Sendable {
    public var phase: Phase
    /// 1-based position among the six phases ("3/6").
    public var position: Int
    public var count: Int
    public var goal: String
    public var budgetSeconds: Int
    /// Time already spent in it (non-zero after `/back` or a resume).
    public var elapsedSeconds: Double
    /// The guiding questions when they are shown up front (`--hints`), else empty.
    public var questions: [String]
    /// True for a one-phase drill (`--phase`).
    public var isDrill: Bool
    /// True when the phase was entered before (`/back`, resume).
    public var isReturn: Bool
    /// The follow-up waiting for a reply, when the phase is resumed in the middle of it.
    public var pendingFollowUp: String?
    /// The question of a drill on one rubric item (`mlsd drill`), shown instead of the phase's goal.
    public var drillQuestion: String?

    public init(
        phase: Phase, goal: String, budgetSeconds: Int, elapsedSeconds: Double = 0, questions: [String] = [],
        isDrill: Bool = false, isReturn: Bool = false, pendingFollowUp: String? = nil
    ) {
        self.phase = phase
        position = phase.position
        count = Phase.allCases.count
        self.goal = goal
        self.budgetSeconds = budgetSeconds
        self.elapsedSeconds = elapsedSeconds
        self.questions = questions
        self.isDrill = isDrill
        self.isReturn = isReturn
        self.pendingFollowUp = pendingFollowUp
        drillQuestion = nil
    }
}
