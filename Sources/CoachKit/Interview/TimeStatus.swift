/// The clock as the status line shows it: the current phase's time and the whole interview's.
public struct TimeStatus: Equatable, Sendable {
    public var phase: Phase
    public var phaseBudgetSeconds: Int
    public var phaseElapsedSeconds: Double
    public var totalBudgetSeconds: Int
    public var totalElapsedSeconds: Double

    public init(phase: Phase, phaseBudgetSeconds: Int, phaseElapsedSeconds: Double, totalBudgetSeconds: Int, totalElapsedSeconds: Double) {
        self.phase = phase
        self.phaseBudgetSeconds = phaseBudgetSeconds
        self.phaseElapsedSeconds = phaseElapsedSeconds
        self.totalBudgetSeconds = totalBudgetSeconds
        self.totalElapsedSeconds = totalElapsedSeconds
    }

    /// Seconds left in the phase; negative once in overtime.
    public var phaseRemainingSeconds: Double { Double(phaseBudgetSeconds) - phaseElapsedSeconds }
    public var totalRemainingSeconds: Double { Double(totalBudgetSeconds) - totalElapsedSeconds }
    public var isPhaseOvertime: Bool { phaseRemainingSeconds < 0 }

    /// "mm:ss" (or "h:mm:ss" past an hour) of a non-negative number of seconds, rounded up while
    /// counting down so "00:00" appears only when the time is really up.
    public static func clock(_ seconds: Double, roundingUp: Bool = false) -> String {
        let whole = max(0, Int(roundingUp ? seconds.rounded(.up) : seconds.rounded(.down)))
        let (hours, minutes, secs) = (whole / 3600, whole / 60 % 60, whole % 60)
        let mmss = (minutes < 10 ? "0" : "") + "\(minutes):" + (secs < 10 ? "0" : "") + "\(secs)"
        return hours > 0 ? "\(hours):" + mmss : mmss
    }

    /// "04:12 left" or "+01:05 over".
    public static func describe(remaining: Double) -> String {
        remaining >= 0 ? "\(clock(remaining, roundingUp: true)) left" : "+\(clock(-remaining)) over"
    }

    /// One line for `/time` and the plain mode, e.g. "Data: 04:12 left of 08:00 · interview: 31:40 left of 45:00".
    public var summary: String {
        "\(phase.title): \(Self.describe(remaining: phaseRemainingSeconds)) of \(Self.clock(Double(phaseBudgetSeconds)))"
            + " · interview: \(Self.describe(remaining: totalRemainingSeconds)) of \(Self.clock(Double(totalBudgetSeconds)))"
    }
}
