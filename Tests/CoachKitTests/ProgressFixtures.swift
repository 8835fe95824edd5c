import Foundation
@testable import CoachKit

/// Sessions, summaries and a small case study for the progress, schedule and export tests, built in
/// code: each phase has item "<phase>-a" (weight 2, earned by saying "alpha <phase>") and "<phase>-b"
/// (weight 1, "beta <phase>"), a red flag ("gamma <phase>") and reference notes.
enum ProgressFixtures {
    /// Friday 2027-01-15 08:00:00 UTC.
    static let start = Date(timeIntervalSince1970: 1_800_000_000)
    static let day: TimeInterval = 86_400
    static let minutes: [Phase: Int] = [.clarify: 5, .frame: 5, .data: 8, .model: 10, .evaluate: 8, .deploy: 9]

    static var utc: Calendar {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    static func prompt(id: String = "fixture-feed", title: String = "Fixture feed", version: Int = 1) -> Prompt {
        var phases: [Phase: PhaseSpec] = [:]
        for phase in Phase.allCases {
            phases[phase] = PhaseSpec(
                minutes: minutes[phase]!, goal: "Goal of \(phase.rawValue).",
                questions: ["Question about \(phase.rawValue)?"],
                rubric: [
                    RubricItem(id: "\(phase.rawValue)-a", description: "A for \(phase.rawValue)", weight: 2,
                               signals: [.phrase("alpha \(phase.rawValue)")], hint: "Say alpha.", why: "Alpha matters."),
                    RubricItem(id: "\(phase.rawValue)-b", description: "B for \(phase.rawValue)", weight: 1,
                               signals: [.phrase("beta \(phase.rawValue)")], hint: "Say beta.", why: "Beta matters."),
                ],
                redFlags: [RedFlag(id: "\(phase.rawValue)-flag", description: "Gamma in \(phase.rawValue)", penalty: 10,
                                   signals: [.phrase("gamma \(phase.rawValue)")], why: "Gamma is wrong.")],
                followUps: [FollowUp(question: "Probe for \(phase.rawValue)?", targets: ["\(phase.rawValue)-a"])],
                reference: ["A strong \(phase.rawValue) answer says alpha and beta."])
        }
        return Prompt(
            id: id, version: version, title: title, category: "recommendation", difficulty: .medium,
            statement: "Design a feed for \(title).", minutes: 45, phases: phases)
    }

    /// A phase summary: `score` nil means not scored; covered items follow the score (≥ 60: a, ≥ 90: both).
    static func phase(_ phase: Phase, score: Int?, elapsed: Double? = nil, skipped: Bool = false) -> PhaseSummary {
        let budget = minutes[phase]! * 60
        var matched: [String] = [], missed: [String] = []
        if let score {
            if score >= 60 { matched.append("\(phase.rawValue)-a") } else { missed.append("\(phase.rawValue)-a") }
            if score >= 90 { matched.append("\(phase.rawValue)-b") } else { missed.append("\(phase.rawValue)-b") }
        }
        return PhaseSummary(
            phase: phase, score: score, budgetSeconds: budget, elapsedSeconds: elapsed ?? Double(budget) * 0.9, skipped: skipped,
            matched: matched, missed: missed)
    }

    /// A finished session summary with these phase scores (a drill when only one phase is given and `drill` is set).
    static func summary(
        prompt: String = "fixture-feed", at date: Date, scores: [Phase: Int], drill: Phase? = nil, finished: Bool = true,
        elapsed: [Phase: Double] = [:], id: String? = nil
    ) -> SessionSummary {
        let phases = (drill.map { [$0] } ?? Phase.allCases).map { phase(
            $0, score: finished ? scores[$0] ?? 0 : scores[$0], elapsed: elapsed[$0]) }
        let scored = phases.compactMap(\.score)
        let identifier = id ?? Session.makeID(promptID: prompt, startedAt: date)
        return SessionSummary(
            file: "\(identifier).json", id: identifier, promptID: prompt, promptTitle: prompt, promptVersion: 1, drillPhase: drill,
            startedAt: date, finishedAt: finished ? date.addingTimeInterval(2_700) : nil,
            activeSeconds: phases.map(\.elapsedSeconds).reduce(0, +),
            overall: finished && !scored.isEmpty ? Int((Double(scored.reduce(0, +)) / Double(scored.count)).rounded()) : nil,
            phases: phases)
    }

    /// A whole session on `prompt` whose answers earn items as the coverage says, with a hand-made report
    /// (evidence offsets point at the phrases), an /ask with the interviewer's reply, a hint and a follow-up.
    static func session(
        prompt: Prompt = prompt(), at date: Date = start, coverage: [Phase: Set<String>] = [:], redFlag: Phase? = nil,
        drill: Phase? = nil, finished: Bool = true, id: String? = nil
    ) -> Session {
        let phases = drill.map { [$0] } ?? Phase.allCases
        var session = Session(
            id: id ?? Session.makeID(promptID: prompt.id, startedAt: date), promptID: prompt.id, promptVersion: prompt.version,
            promptTitle: prompt.title, drillPhase: drill, options: SessionOptions(minutes: 45), startedAt: date,
            phases: phases.map { PhaseRecord(phase: $0, budgetSeconds: minutes[$0]! * 60) })
        var clock = date
        var scores: [Phase: PhaseScore] = [:]
        for (index, phase) in phases.enumerated() {
            let covered = coverage[phase] ?? []
            var sentences = ["We start the \(phase.rawValue) phase."]
            if covered.contains("a") { sentences.append("I would say alpha \(phase.rawValue) first.") }
            if redFlag == phase { sentences.append("Then gamma \(phase.rawValue) happens.") }
            let answer = sentences.joined(separator: " ")
            var reply = ""
            if covered.contains("b") { reply = "Also beta \(phase.rawValue) matters." }
            session.phases[index].answer = answer
            session.phases[index].followUp = FollowUpExchange(question: "Probe for \(phase.rawValue)?", targets: ["\(phase.rawValue)-a"], reply: reply)
            session.phases[index].elapsedSeconds = Double(minutes[phase]! * 60) * (phase == .model ? 1.2 : 0.8)
            session.phases[index].finished = finished
            session.events.append(SessionEvent(kind: .phaseStart, at: clock, phase: phase))
            if phase == .clarify {
                session.events.append(SessionEvent(kind: .ask, at: clock + 30, phase: phase, text: "How many users?", reply: "Two billion users."))
                session.events.append(SessionEvent(kind: .hint, at: clock + 60, phase: phase, text: "Question about clarify?"))
                session.phases[index].hintsUsed = 1
            }
            session.events.append(SessionEvent(kind: .followUp, at: clock + 100, phase: phase, text: "Probe for \(phase.rawValue)?"))
            clock += session.phases[index].elapsedSeconds
            session.events.append(SessionEvent(kind: .phaseEnd, at: clock, phase: phase))

            let scored = session.phases[index].scoredText
            func evidence(_ phrase: String) -> Evidence? {
                guard let range = scored.range(of: phrase) else { return nil }
                let sentenceStart = scored[..<range.lowerBound].lastIndex(of: ".").map { scored.index($0, offsetBy: 2) } ?? scored.startIndex
                let sentenceEnd = scored[range.upperBound...].firstIndex(of: ".").map { scored.index(after: $0) } ?? scored.endIndex
                return Evidence(
                    sentence: String(scored[sentenceStart..<sentenceEnd]), sentenceStart: scored.distance(from: scored.startIndex, to: sentenceStart),
                    matchStart: scored.distance(from: scored.startIndex, to: range.lowerBound), matchLength: phrase.count)
            }
            let spec = prompt.spec(phase)
            let items = spec.rubric.map { item -> ItemResult in
                let key = item.id.hasSuffix("-a") ? "a" : "b"
                let phrase = (key == "a" ? "alpha " : "beta ") + phase.rawValue
                let matched = covered.contains(key)
                return ItemResult(id: item.id, description: item.description, weight: item.weight, matched: matched,
                                  evidence: matched ? evidence(phrase) : nil, hint: item.hint, why: item.why)
            }
            var flags: [RedFlagHit] = []
            if redFlag == phase, let flag = spec.redFlags.first, let hit = evidence("gamma \(phase.rawValue)") {
                flags.append(RedFlagHit(id: flag.id, description: flag.description, penalty: flag.penalty, evidence: hit, why: flag.why))
            }
            let earned = items.filter(\.matched).map(\.weight).reduce(0, +) / items.map(\.weight).reduce(0, +)
            let score = max(0, Int((earned * 100).rounded()) - flags.map(\.penalty).reduce(0, +))
            scores[phase] = PhaseScore(phase: phase, score: score, verdict: Verdict(score: score), items: items, redFlags: flags, notes: [])
        }
        session.currentPhaseIndex = phases.count - 1
        session.updatedAt = clock
        if finished {
            session.finishedAt = clock
            let overall = Int((Double(scores.values.map(\.score).reduce(0, +)) / Double(scores.count)).rounded())
            session.report = ScoreReport(promptID: prompt.id, phases: scores, overall: overall, verdict: Verdict(score: overall))
        }
        return session
    }

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mlsd-progress-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
