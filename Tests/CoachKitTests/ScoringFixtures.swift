import Foundation
@testable import CoachKit

/// Small in-test prompts for the scorer's unit tests, and the location of the shared data the
/// stemmer and calibration tests read.
enum ScoringFixtures {
    /// The package root, found from this file's path (Tests/CoachKitTests/ScoringFixtures.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// `../shared` next to the package: the Snowball vocabulary lives there, not in the repository.
    static let sharedData = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    static func item(_ id: String, weight: Double = 1, _ signals: [Signal]) -> RubricItem {
        RubricItem(id: id, description: "covers \(id)", weight: weight, signals: signals, hint: "hint for \(id)", why: "why \(id)")
    }

    static func flag(_ id: String, penalty: Int = 10, _ signals: [Signal], unless: [Signal] = []) -> RedFlag {
        RedFlag(id: id, description: "flag \(id)", penalty: penalty, signals: signals, unless: unless, why: "why \(id)")
    }

    /// A prompt with the given rubric per phase (phases left out get one item nobody mentions).
    static func prompt(
        statement: String = "Design the system that recommends videos on the home feed of a video sharing site.",
        rubric: [Phase: [RubricItem]], redFlags: [Phase: [RedFlag]] = [:], facts: [InterviewerFact] = []
    ) -> Prompt {
        var phases: [Phase: PhaseSpec] = [:]
        for phase in Phase.allCases {
            phases[phase] = PhaseSpec(
                minutes: 5, goal: "goal", rubric: rubric[phase] ?? [item("\(phase.rawValue)-unused", [.phrase("zebra crossing")])],
                redFlags: redFlags[phase] ?? [])
        }
        return Prompt(
            id: "test-prompt", title: "Video recommendations", category: "recommendation", difficulty: .medium,
            statement: statement, minutes: 30, phases: phases, facts: facts)
    }

    static let lexicon = Lexicon(concepts: [
        "latency": ["latency", "response time", "p99", "tail latency"],
        "qps": ["queries per second", "QPS", "requests per second"],
        "ab-test": ["A/B test", "online experiment", "controlled experiment"],
        "ctr": ["click-through rate", "CTR"],
        "cold-start": ["cold start", "new users", "no history"],
        "class-imbalance": ["class imbalance", "imbalance", "rare positives"],
        "calibration": ["calibration", "calibrated", "Platt scaling"],
        "model-architecture": ["neural network", "two-tower", "GBDT", "transformer"],
        "accuracy": ["accuracy"],
        "data-leakage": ["leakage", "data leakage", "future information"],
        "time-split": ["time-based split", "split by time"],
        "retraining": ["retrain", "retraining"],
        "monitoring": ["monitoring", "dashboard", "alerts"],
        "privacy": ["privacy", "GDPR"],
    ])

    /// A scorer for a single-phase rubric.
    static func scorer(_ phase: Phase = .clarify, _ items: [RubricItem], flags: [RedFlag] = [], statement: String? = nil) -> Scorer {
        let p = statement.map { prompt(statement: $0, rubric: [phase: items], redFlags: [phase: flags]) }
            ?? prompt(rubric: [phase: items], redFlags: [phase: flags])
        return Scorer(prompt: p, lexicon: lexicon)
    }

    /// Whether a one-item rubric credits `answer`.
    static func credits(_ signal: Signal, _ answer: String, phase: Phase = .clarify) -> Bool {
        scorer(phase, [item("probe", [signal])]).score(phase, answer: answer).items[0].matched
    }
}
