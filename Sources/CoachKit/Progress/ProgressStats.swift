import Foundation

/// Practice so far, for `mlsd stats`: how much, how well per phase and whether it is improving, the
/// rubric items missed most often, the case studies never tried, the phases that run over their
/// budget, and the streak of practice days. Computed from ``SessionSummary``s, so it is cheap even
/// over thousands of sessions.
public struct ProgressStats: Codable, Sendable, Equatable {
    public var sessions: Int
    public var finishedSessions: Int
    /// Seconds spent answering, all sessions together.
    public var practicedSeconds: Double
    public var firstPracticed: Date?
    public var lastPracticed: Date?
    /// All six phases, in interview order.
    public var phases: [PhaseStats]
    /// Rubric items missed most often (at least ``minimumItemAttempts`` attempts), worst first.
    public var weakestItems: [ItemStats]
    /// Case studies in the library with no session at all, in library order.
    public var neverPracticed: [String]
    /// Phases that ran over their budget in most timed attempts.
    public var overrunningPhases: [Phase]
    public var streak: Streak
    /// Item drills (`mlsd drill`); nil when the caller did not load the drill log.
    public var drills: DrillProgress?

    /// How many attempts an item needs before its miss rate counts.
    public static let minimumItemAttempts = 2
    /// How many attempts the trend compares ("the last 5 against the 5 before").
    public static let trendWindow = 5
    /// Weeks in ``PhaseStats/weekly``.
    public static let weeks = 12

    public var practicedHours: Double { practicedSeconds / 3600 }

    /// `stats --json` is an interface scripts read: its keys keep the British spelling of the user-facing
    /// text, whatever the Swift names.
    enum CodingKeys: String, CodingKey {
        case sessions, finishedSessions, phases, weakestItems, overrunningPhases, streak, drills
        case practicedSeconds = "practisedSeconds", firstPracticed = "firstPractised", lastPracticed = "lastPractised"
        case neverPracticed = "neverPractised"
    }

    /// One phase across all sessions that scored it.
    public struct PhaseStats: Codable, Sendable, Equatable {
        public var phase: Phase
        /// Sessions in which the phase was scored.
        public var attempts: Int
        /// The mean score; nil without attempts.
        public var average: Double?
        /// The mean of the last ``trendWindow`` scores minus the mean of the ones before them; nil
        /// with fewer than two attempts.
        public var trend: Double?
        /// The mean score per week, oldest first, ending with the current week; nil for weeks without practice.
        public var weekly: [Double?]
        /// The attempts the pacing figures are over: the same scored attempts as ``attempts``, so
        /// "Over budget 2/6" and "Attempts 6" always agree.
        public var timedAttempts: Int
        /// How many of those ran over the phase's budget (a skipped phase never does).
        public var overruns: Int
        /// The mean time over budget, across the overrun attempts.
        public var averageOvertimeSeconds: Double

        public var overrunRate: Double { timedAttempts == 0 ? 0 : Double(overruns) / Double(timedAttempts) }
        /// "Usually overruns": more than half of at least two timed attempts.
        public var usuallyOverruns: Bool { timedAttempts >= 2 && overrunRate > 0.5 }
    }

    /// A rubric item of one case study, across the sessions that scored it.
    public struct ItemStats: Codable, Sendable, Equatable {
        public var promptID: String
        public var phase: Phase
        public var itemID: String
        /// From the current prompt; nil when the prompt or the item no longer exists.
        public var description: String?
        public var attempts: Int
        public var misses: Int

        public var missRate: Double { attempts == 0 ? 0 : Double(misses) / Double(attempts) }
    }

    /// Consecutive days with at least one session.
    public struct Streak: Codable, Sendable, Equatable {
        /// Ending today, or yesterday when today has no session yet (the streak is still alive).
        public var current: Int
        public var longest: Int
        public var practicedToday: Bool
        /// Distinct days with a session.
        public var practiceDays: Int
    }

    /// - Parameters:
    ///   - summaries: the sessions, in any order.
    ///   - prompts: the case studies that can be practised (for "never practised" and item descriptions).
    ///   - now: today, for the streak and the weekly trend.
    ///   - calendar: days and weeks in the user's time zone.
    public init(summaries: [SessionSummary], prompts: [Prompt], now: Date, calendar: Calendar, weakestLimit: Int = 5) {
        self.init(summaries: summaries, outlines: prompts.map(\.outline), now: now, calendar: calendar, weakestLimit: weakestLimit)
    }

    /// The same from prompt outlines, which is all it reads (ids and rubric item descriptions).
    /// - Parameter itemResults: the listing's item results by number (``SessionListing/itemResults``):
    ///   the weakest items counted without looking half a million item ids up by their strings.
    public init(
        summaries all: [SessionSummary], outlines prompts: [PromptOutline], now: Date, calendar: Calendar, weakestLimit: Int = 5,
        itemResults: ItemResults? = nil
    ) {
        // A session finished without any answer (`echo | mlsd practice`) is no practice at all. The
        // sessions are visited by position (oldest first) rather than copied into filtered and sorted
        // arrays: `stats` runs this over every session on every call.
        let kept = all.indices.filter { !all[$0].isAbandoned }
        let chronological = kept.sorted { (all[$0].startedAt, all[$0].id) < (all[$1].startedAt, all[$1].id) }
        sessions = kept.count
        var finished = 0
        var seconds = 0.0
        for position in kept {
            if all[position].isFinished { finished += 1 }
            seconds += all[position].activeSeconds
        }
        finishedSessions = finished
        practicedSeconds = seconds
        firstPracticed = chronological.first.map { all[$0].startedAt }
        lastPracticed = chronological.last.map { all[$0].startedAt }

        let thisWeek = calendar.dateInterval(of: .weekOfYear, for: now)?.start ?? calendar.startOfDay(for: now)
        let firstWeek = calendar.date(byAdding: .weekOfYear, value: -(Self.weeks - 1), to: thisWeek) ?? thisWeek
        // Which of the last `weeks` weeks a session falls in (nil: earlier).
        func week(of summary: SessionSummary) -> Int? {
            guard summary.startedAt >= firstWeek else { return nil }
            return min(Self.weeks - 1, Int(summary.startedAt.timeIntervalSince(firstWeek) / (7 * 86_400)))
        }
        // One pass over the sessions for all six phases (not six passes each searching a session's
        // phases): `stats` runs this over every session on every call.
        struct Tally {
            var scores: [Int] = []
            var weekSums = [Double](repeating: 0, count: ProgressStats.weeks)
            var weekCounts = [Int](repeating: 0, count: ProgressStats.weeks)
            var timed = 0, overruns = 0
            var overtime = 0.0
        }
        var tallies = [Tally](repeating: Tally(), count: Phase.allCases.count)
        for position in chronological {
            let summary = all[position]
            let sessionWeek = week(of: summary)
            var seen: UInt8 = 0
            for record in summary.phases {
                let slot = Self.slot(record.phase)
                // Like `summary.phase(_:)`: only a phase's first record counts.
                guard seen & (1 << slot) == 0 else { continue }
                seen |= 1 << slot
                // Over budget is counted over the same scored attempts as the average.
                guard let score = record.score else { continue }
                tallies[slot].timed += 1
                if record.overran {
                    tallies[slot].overruns += 1
                    tallies[slot].overtime += record.overtimeSeconds
                }
                tallies[slot].scores.append(score)
                if let week = sessionWeek {
                    tallies[slot].weekSums[week] += Double(score)
                    tallies[slot].weekCounts[week] += 1
                }
            }
        }
        phases = Phase.allCases.map { phase in
            let tally = tallies[Self.slot(phase)]
            let scores = tally.scores
            return PhaseStats(
                phase: phase, attempts: scores.count,
                average: scores.isEmpty ? nil : Double(scores.reduce(0, +)) / Double(scores.count),
                trend: Self.trend(scores),
                weekly: zip(tally.weekSums, tally.weekCounts).map { $1 == 0 ? nil : $0 / Double($1) },
                timedAttempts: tally.timed, overruns: tally.overruns,
                averageOvertimeSeconds: tally.overruns == 0 ? 0 : tally.overtime / Double(tally.overruns))
        }
        overrunningPhases = phases.filter(\.usuallyOverruns).map(\.phase)

        let promptsByID = Dictionary(prompts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if let itemResults, itemResults.lines(up: all) {
            weakestItems = Self.weakestItems(all, numbered: itemResults, prompts: promptsByID, limit: weakestLimit)
        } else {
            weakestItems = Self.weakestItems(kept.map { all[$0] }, prompts: promptsByID, limit: weakestLimit)
        }
        var practiced = Set<String>()
        for position in kept where all[position].countsAsPractice { practiced.insert(all[position].promptID) }
        neverPracticed = prompts.map(\.id).filter { !practiced.contains($0) }
        // In chronological order already: `days(of:)` sorts them again, quickly.
        streak = Self.streak(days: Self.days(of: chronological.map { all[$0].startedAt }, calendar: calendar), now: now, calendar: calendar)
        drills = nil
    }

    /// A phase's 0-based place, without `Phase.position`'s search of `allCases` (this runs per record).
    static func slot(_ phase: Phase) -> Int {
        switch phase {
        case .clarify: 0
        case .frame: 1
        case .data: 2
        case .model: 3
        case .evaluate: 4
        case .deploy: 5
        }
    }

    /// Mean of the last `trendWindow` scores minus the mean of up to `trendWindow` before them.
    static func trend(_ scores: [Int]) -> Double? {
        guard scores.count >= 2 else { return nil }
        let window = min(trendWindow, scores.count / 2)
        let recent = scores.suffix(window)
        let before = scores.dropLast(window).suffix(window)
        func mean<C: Collection>(_ values: C) -> Double where C.Element == Int { Double(values.reduce(0, +)) / Double(values.count) }
        return mean(recent) - mean(before)
    }

    static func weakestItems(_ summaries: [SessionSummary], prompts: [String: PromptOutline], limit: Int) -> [ItemStats] {
        // One table per case study and phase (case study number × 6 + phase), the case study looked up
        // once per session: the hot loop hashes one short item id per result (10,000 sessions hold
        // about half a million item results).
        var promptNumbers: [String: Int] = [:]
        var promptIDs: [String] = []
        var tables: [[String: (attempts: Int, misses: Int)]] = []
        for summary in summaries {
            let number: Int
            if let known = promptNumbers[summary.promptID] {
                number = known
            } else {
                number = promptIDs.count
                promptNumbers[summary.promptID] = number
                promptIDs.append(summary.promptID)
                tables.append(contentsOf: repeatElement([:], count: Phase.allCases.count))
            }
            for record in summary.phases where record.score != nil {
                let table = number * Phase.allCases.count + slot(record.phase)
                for item in record.matched { tables[table][item, default: (0, 0)].attempts += 1 }
                for item in record.missed { countMiss(&tables[table][item, default: (0, 0)]) }
            }
        }
        var items: [ItemStats] = []
        for (table, results) in tables.enumerated() {
            let promptID = promptIDs[table / Phase.allCases.count]
            let phase = Phase.allCases[table % Phase.allCases.count]
            for (item, value) in results where value.attempts >= minimumItemAttempts && value.misses > 0 {
                items.append(ItemStats(
                    promptID: promptID, phase: phase, itemID: item,
                    description: prompts[promptID]?.itemDescription(phase, item),
                    attempts: value.attempts, misses: value.misses))
            }
        }
        return Array(items.sorted(by: worseFirst).prefix(limit))
    }

    /// The same from item results by number (`summaries` in their order, abandoned ones included: they
    /// are skipped here).
    static func weakestItems(_ summaries: [SessionSummary], numbered: ItemResults, prompts: [String: PromptOutline], limit: Int) -> [ItemStats] {
        var counts = [(attempts: Int, misses: Int)](repeating: (0, 0), count: numbered.items.count)
        for (position, summary) in summaries.enumerated() where !summary.isAbandoned {
            for result in numbered.results(at: position) {
                counts[Int(result >> 1)].attempts += 1
                counts[Int(result >> 1)].misses += result & 1 == 1 ? 0 : 1
            }
        }
        var items: [ItemStats] = []
        for (number, count) in counts.enumerated() where count.attempts >= minimumItemAttempts && count.misses > 0 {
            let item = numbered.items[number]
            items.append(ItemStats(
                promptID: item.promptID, phase: item.phase, itemID: item.itemID,
                description: prompts[item.promptID]?.itemDescription(item.phase, item.itemID),
                attempts: count.attempts, misses: count.misses))
        }
        return Array(items.sorted(by: worseFirst).prefix(limit))
    }

    /// Worst miss rate first, then most misses; the case study, item and phase settle ties, so the order
    /// never depends on hashing.
    static func worseFirst(_ a: ItemStats, _ b: ItemStats) -> Bool {
        (a.missRate, a.misses, b.promptID, b.itemID, b.phase) > (b.missRate, b.misses, a.promptID, a.itemID, a.phase)
    }

    /// Both counts of a missed item in one dictionary access.
    private static func countMiss(_ count: inout (attempts: Int, misses: Int)) {
        count.attempts += 1
        count.misses += 1
    }

    /// The distinct calendar days (their starts) of the dates. Calendar arithmetic is slow next to
    /// everything else here, so it runs once per day: sorted dates reuse the day they fall in.
    static func days(of dates: [Date], calendar: Calendar) -> Set<Date> {
        var days = Set<Date>()
        var current: DateInterval?
        for date in dates.sorted() {
            if let interval = current, date >= interval.start, date < interval.end { continue }
            let interval = calendar.dateInterval(of: .day, for: date) ?? DateInterval(start: calendar.startOfDay(for: date), duration: 86_400)
            current = interval
            days.insert(interval.start)
        }
        return days
    }

    static func streak(days: Set<Date>, now: Date, calendar: Calendar) -> Streak {
        let today = calendar.startOfDay(for: now)
        func previous(_ day: Date) -> Date {
            calendar.startOfDay(for: calendar.date(byAdding: .day, value: -1, to: day) ?? day.addingTimeInterval(-86_400))
        }
        var current = 0
        var cursor = days.contains(today) ? today : previous(today)
        while days.contains(cursor) {
            current += 1
            cursor = previous(cursor)
        }
        var longest = 0
        for day in days where !days.contains(previous(day)) {
            // `day` starts a run; count forwards.
            var length = 1
            var next = calendar.startOfDay(for: calendar.date(byAdding: .day, value: 1, to: day) ?? day.addingTimeInterval(86_400))
            while days.contains(next) {
                length += 1
                next = calendar.startOfDay(for: calendar.date(byAdding: .day, value: 1, to: next) ?? next.addingTimeInterval(86_400))
            }
            longest = max(longest, length)
        }
        return Streak(current: current, longest: longest, practicedToday: days.contains(today), practiceDays: days.count)
    }
}
