import Foundation

/// Dates as the commands print them: local time, to the minute, sortable ("2026-11-26 08:40"). One
/// instance reuses its formatters, which matters when `history` prints thousands of rows.
struct DateText {
    private let minuteFormatter: DateFormatter
    private let dayFormatter: DateFormatter

    init(timeZone: TimeZone = .current) {
        func formatter(_ pattern: String) -> DateFormatter {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = timeZone
            formatter.dateFormat = pattern
            return formatter
        }
        minuteFormatter = formatter("yyyy-MM-dd HH:mm")
        dayFormatter = formatter("yyyy-MM-dd")
    }

    func minute(_ date: Date) -> String { minuteFormatter.string(from: date) }
    func day(_ date: Date) -> String { dayFormatter.string(from: date) }

    /// "40 min", "1.5 h".
    static func duration(_ seconds: Double) -> String {
        if seconds < 3600 { return "\(Int((seconds / 60).rounded())) min" }
        let hours = (seconds / 360).rounded() / 10
        return hours == hours.rounded() ? "\(Int(hours)) h" : "\(hours) h"
    }
}
