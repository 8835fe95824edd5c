import Foundation

/// Item drills in `mlsd stats`: how many were done, and how many of the items you missed are now
/// mastered (covered in the last ``ItemSchedule/masteryStreak`` reviews), week by week.
public struct DrillProgress: Codable, Sendable, Equatable {
    public var drills: Int
    public var drillsCovered: Int
    /// Items missed at least once (drill candidates), now.
    public var candidates: Int
    public var mastered: Int
    /// Mastered items at the end of each of the last ``ProgressStats/weeks`` weeks, oldest first.
    public var masteredWeekly: [Int]
    /// Candidates due for a drill now.
    public var due: Int

    public init(schedule: ItemSchedule, drills: [DrillAttempt], now: Date, calendar: Calendar, weeks: Int = ProgressStats.weeks) {
        self.drills = drills.count
        drillsCovered = drills.filter(\.covered).count
        let (weekly, cards) = schedule.progress(now: now, calendar: calendar, weeks: weeks)
        candidates = cards.count
        mastered = cards.filter(\.isMastered).count
        due = cards.filter { $0.card.isDue(at: now) }.count
        masteredWeekly = weekly.map(\.mastered)
    }
}
