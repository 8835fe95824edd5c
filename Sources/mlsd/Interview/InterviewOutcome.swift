import CoachKit

/// How an interview run ended.
enum InterviewOutcome: Equatable {
    /// All phases done (or end of input in line mode); the report is in the session.
    case finished(ScoreReport)
    /// `/quit` or Ctrl-C: saved, resumable.
    case paused
    /// SIGINT, SIGTERM or SIGHUP arrived: saved and resumable; the process should die of that signal.
    case signalled(Int32)
}
