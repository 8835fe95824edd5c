import Foundation

/// What to practise next: an SM-2 schedule over (case study, phase) pairs. Every scored phase of a
/// session is a review of its pair. A phase scoring under ``passingScore`` comes back the next day;
/// one that passes comes back after 1 day, then 6, then the previous interval times its easiness
/// factor — which each score nudges up (great answers) or down (shaky ones), as in SuperMemo's SM-2
/// with the 0–100 score read as quality 0–5. A review done late and passed counts part of the extra
/// time, since remembering after a longer gap shows stronger recall.
///
/// Due pairs are ranked by ``priority(of:at:)``: how far past its interval a pair is (time since last
/// practice ÷ interval), multiplied for a failing score — 2.5× at 30, 4× at 0 — so a weak phase comes
/// back ahead of a backlog of strong ones, without starving them for good.
///
/// ```swift
/// let recommendation = SpacedRepetition().next(summaries: listing.summaries, prompts: prompts, now: Date())
/// // recommendation?.promptID, recommendation?.phase (nil: a full interview), recommendation?.reason
/// ```
public struct SpacedRepetition: Sendable {
    public var passingScore: Int
    public var initialEasiness: Double
    public var minimumEasiness: Double

    public init(passingScore: Int = 60, initialEasiness: Double = 2.5, minimumEasiness: Double = 1.3) {
        self.passingScore = passingScore
        self.initialEasiness = initialEasiness
        self.minimumEasiness = minimumEasiness
    }

    static let day: TimeInterval = 86_400

    /// The schedule of one (case study, phase) pair.
    public struct Card: Codable, Sendable, Equatable {
        public var promptID: String
        public var phase: Phase
        /// Passing reviews in a row (0 after a failing one).
        public var repetitions: Int
        /// SM-2's easiness factor: how fast the interval grows.
        public var easiness: Double
        public var intervalDays: Double
        public var lastPracticed: Date
        public var lastScore: Int
        public var attempts: Int

        /// `next --json` keeps the key "lastPractised" (the user-facing spelling) for scripts.
        enum CodingKeys: String, CodingKey {
            case promptID, phase, repetitions, easiness, intervalDays, lastScore, attempts
            case lastPracticed = "lastPractised"
        }

        init(promptID: String, phase: Phase, recall: Recall) {
            self.promptID = promptID
            self.phase = phase
            repetitions = recall.repetitions
            easiness = recall.easiness
            intervalDays = recall.intervalDays
            lastPracticed = recall.lastPracticed
            lastScore = recall.lastScore
            attempts = recall.attempts
        }

        var recall: Recall {
            Recall(repetitions: repetitions, easiness: easiness, intervalDays: intervalDays, lastPracticed: lastPracticed, lastScore: lastScore, attempts: attempts)
        }

        public var due: Date { lastPracticed.addingTimeInterval(intervalDays * SpacedRepetition.day) }
        public func isDue(at now: Date) -> Bool { due <= now }
        /// Time since the last practice as a multiple of the interval: 1 when just due, 2 when a whole
        /// interval late.
        public func urgency(at now: Date) -> Double {
            now.timeIntervalSince(lastPracticed) / (max(intervalDays, 0.01) * SpacedRepetition.day)
        }
    }

    /// What SM-2 updates in a card: everything but its case study and phase. Folding half a million
    /// item reviews (`mlsd stats`) on these numbers rather than on cards, which carry a string, keeps
    /// the fold free of reference counting.
    struct Recall: Sendable, Equatable {
        var repetitions: Int
        var easiness: Double
        var intervalDays: Double
        var lastPracticed: Date
        var lastScore: Int
        var attempts: Int
    }

    /// SM-2's step: the card after practising its pair with `score` at `date` (a new card when nil).
    public func review(_ card: Card?, promptID: String, phase: Phase, score: Int, at date: Date) -> Card {
        Card(promptID: card?.promptID ?? promptID, phase: card?.phase ?? phase, recall: review(card?.recall, score: score, at: date))
    }

    /// The same step on the numbers alone.
    func review(_ recall: Recall?, score: Int, at date: Date) -> Recall {
        let quality = Double(max(0, min(100, score))) / 20
        var next = recall ?? Recall(repetitions: 0, easiness: initialEasiness, intervalDays: 0, lastPracticed: date, lastScore: score, attempts: 0)
        let elapsedDays = recall.map { max(0, date.timeIntervalSince($0.lastPracticed) / Self.day) } ?? 0
        next.easiness = max(minimumEasiness, next.easiness + 0.1 - (5 - quality) * (0.08 + (5 - quality) * 0.02))
        if score < passingScore {
            next.repetitions = 0
            next.intervalDays = 1
        } else {
            switch next.repetitions {
            case 0: next.intervalDays = 1
            case 1: next.intervalDays = 6
            default:
                let base = max(next.intervalDays, (next.intervalDays + elapsedDays) / 2)
                next.intervalDays = base * next.easiness
            }
            next.repetitions += 1
        }
        next.lastPracticed = date
        next.lastScore = score
        next.attempts += 1
        return next
    }

    /// How urgently a card should be practised at `now`: its urgency (≥ 1 once due), times
    /// 1 + 3 × how far its last score fell short of passing (as a share of the passing score).
    public func priority(of card: Card, at now: Date) -> Double {
        let shortfall = Double(max(0, passingScore - card.lastScore)) / Double(max(1, passingScore))
        return card.urgency(at: now) * (1 + 3 * shortfall)
    }

    /// Every practised pair's card, from the sessions replayed oldest first.
    public func cards(from summaries: [SessionSummary]) -> [Card] {
        // Positions sorted rather than summaries moved; a case study looked up once per session and its
        // phases by number: `next` replays every session on every run.
        let order = summaries.indices.sorted { (summaries[$0].startedAt, summaries[$0].id) < (summaries[$1].startedAt, summaries[$1].id) }
        var promptNumbers: [String: Int] = [:]
        var promptIDs: [String] = []
        var recalls: [Recall?] = []
        // Finished attempts only — the same definition as the menu's "practised N×" — so `next` never
        // calls a case study "never practised" that the menu counts, or the other way round.
        for position in order where summaries[position].countsAsPractice {
            let summary = summaries[position]
            let prompt = promptNumbers[summary.promptID] ?? {
                promptNumbers[summary.promptID] = promptIDs.count
                promptIDs.append(summary.promptID)
                recalls += repeatElement(nil, count: Phase.allCases.count)
                return promptIDs.count - 1
            }()
            for record in summary.phases {
                guard let score = record.score else { continue }
                let slot = prompt * Phase.allCases.count + ProgressStats.slot(record.phase)
                recalls[slot] = review(recalls[slot], score: score, at: summary.startedAt)
            }
        }
        return recalls.indices.compactMap { slot in
            recalls[slot].map { recall in
                Card(promptID: promptIDs[slot / Phase.allCases.count], phase: Phase.allCases[slot % Phase.allCases.count], recall: recall)
            }
        }
    }

    /// The cards of the case studies that can still be practised, most urgent first, and what to do next.
    public func schedule(summaries: [SessionSummary], prompts: [Prompt], now: Date) -> PracticeSchedule {
        schedule(summaries: summaries, outlines: prompts.map(\.outline), now: now)
    }

    /// The same from prompt outlines, which is all it reads (ids and titles).
    public func schedule(summaries: [SessionSummary], outlines prompts: [PromptOutline], now: Date) -> PracticeSchedule {
        let available = Set(prompts.map(\.id))
        let titles = Dictionary(prompts.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let cards = cards(from: summaries).filter { available.contains($0.promptID) }.sorted { a, b in
            if a.isDue(at: now) != b.isDue(at: now) { return a.isDue(at: now) }
            if a.isDue(at: now) {
                let (pa, pb) = (priority(of: a, at: now), priority(of: b, at: now))
                if pa != pb { return pa > pb }
            }
            if !a.isDue(at: now), a.due != b.due { return a.due < b.due }
            if a.lastScore != b.lastScore { return a.lastScore < b.lastScore }
            return (a.promptID, a.phase) < (b.promptID, b.phase)
        }
        let dueCount = cards.filter { $0.isDue(at: now) }.count
        return PracticeSchedule(
            cards: cards, dueCount: dueCount,
            recommendation: recommend(cards: cards, prompts: prompts, titles: titles, now: now))
    }

    /// What to practise next and why; nil only when there is no case study at all.
    public func next(summaries: [SessionSummary], prompts: [Prompt], now: Date) -> PracticeRecommendation? {
        schedule(summaries: summaries, prompts: prompts, now: now).recommendation
    }

    /// The same from prompt outlines.
    public func next(summaries: [SessionSummary], outlines: [PromptOutline], now: Date) -> PracticeRecommendation? {
        schedule(summaries: summaries, outlines: outlines, now: now).recommendation
    }

    private func recommend(cards: [Card], prompts: [PromptOutline], titles: [String: String], now: Date) -> PracticeRecommendation? {
        func title(_ id: String) -> String { titles[id] ?? id }
        if let card = cards.first, card.isDue(at: now) {
            let weak = card.lastScore < passingScore
            let why = weak
                ? "under \(passingScore), so it comes back after a day, ahead of stronger phases"
                : "its review interval of \(Self.days(card.intervalDays)) has passed"
            let due = cards.filter { $0.isDue(at: now) }.count
            return PracticeRecommendation(
                kind: .due, promptID: card.promptID, phase: card.phase, due: card.due, lastScore: card.lastScore,
                reason: "\(card.phase.title) on \(title(card.promptID)) scored \(card.lastScore) \(RelativeTime.describe(card.lastPracticed, now: now)) — \(why)."
                    + (due > 1 ? " It is the most urgent of \(due) due phases." : ""))
        }
        let practiced = Set(cards.map(\.promptID))
        if let fresh = prompts.first(where: { !practiced.contains($0.id) }) {
            return PracticeRecommendation(
                kind: .newPrompt, promptID: fresh.id, phase: nil, due: nil, lastScore: nil,
                reason: cards.isEmpty
                    ? "No phase has a score yet; a full interview on \(fresh.title) gives all six phases a first score."
                    : "Nothing is due for review, and you have never practised \(fresh.title); a full interview gives its six phases a first score.")
        }
        for prompt in prompts {
            let done = Set(cards.filter { $0.promptID == prompt.id }.map(\.phase))
            if let phase = Phase.allCases.first(where: { !done.contains($0) }) {
                return PracticeRecommendation(
                    kind: .newPhase, promptID: prompt.id, phase: phase, due: nil, lastScore: nil,
                    reason: "Nothing is due for review, and the \(phase.title) phase of \(prompt.title) has never been scored.")
            }
        }
        guard let soonest = cards.first else { return nil }
        return PracticeRecommendation(
            kind: .ahead, promptID: soonest.promptID, phase: soonest.phase, due: soonest.due, lastScore: soonest.lastScore,
            reason: "Nothing is due yet. \(soonest.phase.title) on \(title(soonest.promptID)) is due next (\(RelativeTime.describe(soonest.due, now: now)), "
                + "last score \(soonest.lastScore)); practising it now gets ahead.")
    }

    static func days(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(text) day\(rounded == 1 ? "" : "s")"
    }
}

/// The cards of a ``SpacedRepetition`` schedule and the resulting recommendation.
public struct PracticeSchedule: Codable, Sendable, Equatable {
    /// Due cards first (highest priority first), then the rest by due date.
    public var cards: [SpacedRepetition.Card]
    public var dueCount: Int
    public var recommendation: PracticeRecommendation?
}

/// What to practise next and why. `phase` nil means a full interview; otherwise a one-phase drill
/// (`mlsd practice PROMPT --phase PHASE`).
public struct PracticeRecommendation: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// A practised phase whose interval has passed.
        case due
        /// A case study never practised.
        case newPrompt
        /// A phase of a practised case study that was never scored.
        case newPhase
        /// Nothing is due: the pair due soonest.
        case ahead
    }

    public var kind: Kind
    public var promptID: String
    public var phase: Phase?
    public var due: Date?
    public var lastScore: Int?
    /// One or two sentences for the user.
    public var reason: String

    public init(kind: Kind, promptID: String, phase: Phase?, due: Date?, lastScore: Int?, reason: String) {
        self.kind = kind
        self.promptID = promptID
        self.phase = phase
        self.due = due
        self.lastScore = lastScore
        self.reason = reason
    }
}
