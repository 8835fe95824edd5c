import CoachKit
import Foundation
import Testing

/// The one wording of "how long ago" and "how soon", used by `next`, `drill`, the drill summary and the
/// review schedule's reasons.
@Suite("RelativeTime")
struct RelativeTimeTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let hour: TimeInterval = 3600
    let day: TimeInterval = 86_400

    @Test func thePastInHoursThenDays() {
        #expect(RelativeTime.describe(now, now: now) == "just now")
        #expect(RelativeTime.describe(now - 59 * 60, now: now) == "just now")
        #expect(RelativeTime.describe(now - hour, now: now) == "1 hour ago")
        #expect(RelativeTime.describe(now - 5.9 * hour, now: now) == "5 hours ago")
        #expect(RelativeTime.describe(now - 1.9 * day, now: now) == "yesterday")
        #expect(RelativeTime.describe(now - 5 * day, now: now) == "5 days ago")
    }

    @Test func theFutureInHoursThenRoundedDays() {
        #expect(RelativeTime.describe(now + 10 * 60, now: now) == "within the hour")
        #expect(RelativeTime.describe(now + hour, now: now) == "in 1 hour")
        #expect(RelativeTime.describe(now + 20.5 * hour, now: now) == "in 20 hours")
        #expect(RelativeTime.describe(now + 1.2 * day, now: now) == "in 1 day")
        #expect(RelativeTime.describe(now + 1.5 * day, now: now) == "in 2 days")
        #expect(RelativeTime.describe(now + 6 * day, now: now) == "in 6 days")
    }
}
