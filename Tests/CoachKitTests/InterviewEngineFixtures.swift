import Foundation
@testable import CoachKit

/// A small hand-made case study for the interview engine: six phases of 5, 5, 8, 10, 8 and 9 minutes
/// (45 in all), two guiding questions and one follow-up per phase, and a few interviewer facts.
enum InterviewFixtures {
    static let minutes: [Phase: Int] = [.clarify: 5, .frame: 5, .data: 8, .model: 10, .evaluate: 8, .deploy: 9]

    static func prompt(followUps: Bool = true) -> Prompt {
        var phases: [Phase: PhaseSpec] = [:]
        for phase in Phase.allCases {
            phases[phase] = PhaseSpec(
                minutes: minutes[phase]!, goal: "Goal of \(phase.rawValue).",
                questions: ["First question about \(phase.rawValue)?", "Second question about \(phase.rawValue)?"],
                rubric: [
                    RubricItem(id: "\(phase.rawValue)-a", description: "A for \(phase.rawValue)", weight: 2,
                               signals: [.phrase("alpha \(phase.rawValue)")], hint: "Say alpha.", why: "Alpha matters."),
                    RubricItem(id: "\(phase.rawValue)-b", description: "B for \(phase.rawValue)", weight: 1,
                               signals: [.phrase("beta \(phase.rawValue)")], hint: "Say beta.", why: "Beta matters."),
                ],
                followUps: followUps ? [FollowUp(question: "Probe for \(phase.rawValue)?", targets: ["\(phase.rawValue)-a"])] : [])
        }
        return Prompt(
            id: "fixture-feed", version: 3, title: "Fixture feed", category: "recommendation", difficulty: .medium,
            statement: "Design a feed.", minutes: 45, phases: phases,
            facts: [
                InterviewerFact(id: "scale", signals: [.concept("scale"), .phrase("how many users")], answer: "Two billion users."),
                InterviewerFact(id: "latency", signals: [.concept("latency"), .phrase("how fast")], answer: "200 ms at p99."),
                InterviewerFact(id: "traffic", signals: [.all([.phrase("how many"), .any([.phrase("requests"), .phrase("queries")])])],
                                answer: "150k requests per second."),
            ])
    }

    static let lexicon = Lexicon(concepts: [
        "scale": ["scale", "daily active users", "DAU"],
        "latency": ["latency", "response time", "p99"],
    ])

    /// Records every save, like the session store would see them.
    final class SaveLog: @unchecked Sendable {
        private let lock = NSLock()
        private var saved: [Session] = []
        /// When set, saving throws this.
        var failure: (any Error)? {
            get { lock.withLock { storedFailure } }
            set { lock.withLock { storedFailure = newValue } }
        }
        private var storedFailure: (any Error)?

        var sessions: [Session] { lock.withLock { saved } }
        var last: Session? { sessions.last }
        var count: Int { sessions.count }

        func save(_ session: Session) throws {
            if let failure { throw failure }
            lock.withLock { saved.append(session) }
        }
    }

    struct DiskFull: Error, CustomStringConvertible {
        var description: String { "No space left on device" }
    }

    static func start(
        options: SessionOptions = SessionOptions(minutes: 45), drill: Phase? = nil, followUps: Bool = true,
        clock: ManualClock = ManualClock(), log: SaveLog = SaveLog()
    ) -> (InterviewEngine, [InterviewNotice], ManualClock, SaveLog) {
        let (engine, notices) = InterviewEngine.start(
            prompt: prompt(followUps: followUps), lexicon: lexicon, options: options, drill: drill, clock: clock,
            id: "20270115-080000-fixture-feed", save: { try log.save($0) })
        return (engine, notices, clock, log)
    }
}
