import Foundation

/// How far a moment is from now, in words: the one wording of every message and table.
///
/// The past reads "just now", "5 hours ago", "yesterday", "3 days ago"; the future "within the hour",
/// "in 5 hours", "in 3 days". Whole hours under a day, whole days above: in the past the days that have
/// passed, in the future rounded, so a review due a day and a half from now reads "in 2 days".
///
/// ```swift
/// RelativeTime.describe(card.due, now: now)  // "in 3 days"
/// ```
public enum RelativeTime {
    static let hour: TimeInterval = 3600
    static let day: TimeInterval = 86_400

    public static func describe(_ date: Date, now: Date) -> String {
        let seconds = now.timeIntervalSince(date)
        if seconds >= 0 {
            if seconds < hour { return "just now" }
            if seconds < day { return "\(count(Int(seconds / hour), "hour")) ago" }
            let days = Int(seconds / day)
            return days == 1 ? "yesterday" : "\(days) days ago"
        }
        let ahead = -seconds
        if ahead < hour { return "within the hour" }
        if ahead < day { return "in \(count(Int(ahead / hour), "hour"))" }
        return "in \(count(Int((ahead / day).rounded()), "day"))"
    }

    private static func count(_ value: Int, _ unit: String) -> String {
        "\(value) \(unit)\(value == 1 ? "" : "s")"
    }
}
