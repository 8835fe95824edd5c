import Foundation

/// Which case study to practise next: the one practised least, so the bank gets covered evenly.
public struct PracticeSuggestion: Sendable {
    public init() {}

    /// How often each prompt was practised and when last, from the sessions' summaries: finished attempts that
    /// were not abandoned — the same definition `mlsd next` uses for "never practised".
    public struct Tally: Sendable, Equatable {
        public var promptID: String
        public var sessions: Int
        public var lastPracticed: Date?
    }

    public func tallies(promptIDs: [String], sessions: [SessionSummary]) -> [Tally] {
        promptIDs.map { id in
            let mine = sessions.filter { $0.promptID == id && $0.countsAsPractice }
            return Tally(promptID: id, sessions: mine.count, lastPracticed: mine.map(\.startedAt).max())
        }
    }

    /// The least-practised prompt: fewest sessions, then longest since last practised (never first),
    /// then the order given. Nil when there are no prompts.
    public func suggest(promptIDs: [String], sessions: [SessionSummary]) -> String? {
        let order = Dictionary(promptIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        return tallies(promptIDs: promptIDs, sessions: sessions).min { a, b in
            if a.sessions != b.sessions { return a.sessions < b.sessions }
            switch (a.lastPracticed, b.lastPracticed) {
            case (nil, .some): return true
            case (.some, nil): return false
            case (let x?, let y?) where x != y: return x < y
            default: return order[a.promptID, default: 0] < order[b.promptID, default: 0]
            }
        }?.promptID
    }
}
