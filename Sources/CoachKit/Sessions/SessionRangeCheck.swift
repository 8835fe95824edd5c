/// Checks the numbers of a decoded session file against ``InputLimits``, so that arithmetic on them
/// (durations, totals, averages, `Int(seconds)`) can never overflow or trap: a file with a value out of
/// range is refused as unreadable and skipped with a warning, like any other damaged file.
public enum SessionRangeCheck {
    /// A sentence naming the first value out of range, or nil when every value is in range.
    public static func problem(in session: Session) -> String? {
        if let problem = problem(minutes: session.options.minutes, at: "options.minutes") { return problem }
        for (index, record) in session.phases.enumerated() {
            if let problem = problem(budgetSeconds: record.budgetSeconds, elapsedSeconds: record.elapsedSeconds, at: "phases[\(index)]") {
                return problem
            }
            if !(0...1_000_000).contains(record.hintsUsed) {
                return "phases[\(index)].hintsUsed is \(record.hintsUsed); expected 0 to 1000000"
            }
        }
        if let report = session.report {
            if let problem = problem(score: report.overall, at: "report.overall") { return problem }
            for (phase, score) in report.phases {
                if let problem = problem(score: score.score, at: "report.phases.\(phase.rawValue).score") { return problem }
            }
        }
        return nil
    }

    static func problem(minutes: Int, at path: String) -> String? {
        (0...InputLimits.maximumMinutes).contains(minutes)
            ? nil : "\(path) is \(minutes); expected 0 to \(InputLimits.maximumMinutes) minutes"
    }

    static func problem(budgetSeconds: Int, elapsedSeconds: Double, at path: String) -> String? {
        let limit = InputLimits.maximumSeconds
        if !(0...limit).contains(budgetSeconds) {
            return "\(path).budgetSeconds is \(budgetSeconds); expected 0 to \(limit) seconds"
        }
        if !elapsedSeconds.isFinite || elapsedSeconds < 0 || elapsedSeconds > Double(limit) {
            return "\(path).elapsedSeconds is \(elapsedSeconds); expected 0 to \(limit) seconds"
        }
        return nil
    }

    static func problem(score: Int, at path: String) -> String? {
        (0...100).contains(score) ? nil : "\(path) is \(score); expected a score from 0 to 100"
    }
}
