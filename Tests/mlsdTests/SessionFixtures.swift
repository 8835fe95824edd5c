import CoachKit
import Foundation

/// Session files for the command tests, recorded the way `mlsd practice` records them: the interview
/// engine runs on a built-in case study with a manual clock, answers from the case study's own strong
/// and weak example answers, an /ask, a /hint and the follow-ups, and saves through the session store.
/// Plus the two files every command must skip: a corrupted one and one from session schema 99.
enum SessionFixtures {
    static let promptID = "video-recommendation"
    /// 2027-01-15 08:00:00 UTC, a Friday.
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static var library: PromptLibrary { PromptLibrary(folders: []) }

    static func answers(_ label: ExampleAnswerSet.Label, prompt: Prompt) -> [Phase: String] {
        prompt.examples.first { $0.label == label }?.answers ?? [:]
    }

    /// Every readable session in `home`, newest first, read straight from the files (no index).
    static func sessions(in home: URL) -> [Session] {
        let catalog = SessionCatalog(store: SessionStore(directory: home.appendingPathComponent("sessions")), indexFile: nil)
        return catalog.load().summaries.compactMap { try? catalog.session(for: $0) }
    }

    /// Runs an interview and saves it into `home`'s sessions folder; returns the saved session.
    @discardableResult
    static func record(
        in home: URL, promptID: String = promptID, at date: Date, answers label: ExampleAnswerSet.Label, drill: Phase? = nil,
        overrun: Set<Phase> = [], finish: Bool = true
    ) throws -> Session {
        let library = library
        guard let prompt = library.prompt(id: promptID)?.prompt else { throw FixtureError("no built-in prompt \(promptID)") }
        let store = SessionStore(directory: home.appendingPathComponent("sessions"))
        let clock = ManualClock(date)
        let texts = answers(label, prompt: prompt)
        var (engine, _) = InterviewEngine.start(
            prompt: prompt, lexicon: library.lexicon, options: SessionOptions(minutes: 45), drill: drill, clock: clock,
            id: store.availableID(for: Session.makeID(promptID: promptID, startedAt: date)), save: { try store.save($0) })
        let phases = drill.map { [$0] } ?? Phase.allCases
        for (index, phase) in phases.enumerated() {
            if !finish && index == 2 {
                _ = engine.pause()
                break
            }
            let budget = Double(engine.session.phases[index].budgetSeconds)
            if phase == .clarify {
                clock.advance(by: 20)
                _ = engine.submit("/ask how many users are there?")
                _ = engine.submit("/hint")
            }
            clock.advance(by: overrun.contains(phase) ? budget + 90 : budget * 0.7)
            _ = engine.submit(texts[phase] ?? "I am not sure.")
            _ = engine.submit("/next")
            if case .followUp = engine.stage {
                clock.advance(by: 30)
                _ = engine.submit("I would measure it and check with the team.")
                _ = engine.submit("/next")
            }
        }
        return engine.session
    }

    struct FixtureError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// A home with a weak full interview, a strong one two days later, a data drill and an unfinished
    /// interview, plus `broken.json` (corrupted) and `future.json` (schema 99). Newest first in the result.
    /// Each call gets its own copy of a home recorded once (recording runs the scorer, which is slow in
    /// debug builds).
    static func home() throws -> (home: URL, sessions: [Session]) {
        let (template, sessions) = try recorded.get()
        let home = MLSDProcess.temporaryHome()
        try FileManager.default.removeItem(at: home)
        try FileManager.default.copyItem(at: template, to: home)
        return (home, sessions)
    }

    private static let recorded: Result<(URL, [Session]), any Error> = Result { try recordHome() }

    private static func recordHome() throws -> (URL, [Session]) {
        let home = MLSDProcess.temporaryHome()
        let weak = try record(in: home, at: start, answers: .weak, overrun: [.model])
        let strong = try record(in: home, at: start + 2 * 86_400, answers: .strong, overrun: [.model, .deploy])
        let drill = try record(in: home, at: start + 3 * 86_400, answers: .weak, drill: .data)
        let unfinished = try record(in: home, promptID: "feed-ranking", at: start + 4 * 86_400, answers: .strong, finish: false)
        try Data("{\"schemaVersion\": 1, \"id\": \"broken\", ".utf8).write(to: home.appendingPathComponent("sessions/broken.json"))
        var future = try JSONSerialization.jsonObject(with: SessionStore.encoder().encode(strong)) as! [String: Any]
        future["schemaVersion"] = 99
        future["id"] = "future"
        try JSONSerialization.data(withJSONObject: future).write(to: home.appendingPathComponent("sessions/future.json"))
        return (home, [unfinished, drill, strong, weak])
    }

    static func contents(of name: String, in home: URL) -> Data? {
        try? Data(contentsOf: home.appendingPathComponent("sessions/\(name)"))
    }

    /// The environment every command test runs with: UTC, so dates print the same everywhere.
    static let environment = ["TZ": "UTC"]
}
