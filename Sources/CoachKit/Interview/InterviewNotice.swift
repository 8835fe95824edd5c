/// Something the interview engine tells the front end to show. The engine decides *what* happened;
/// the terminal screen and the plain line mode decide how it looks.
public enum InterviewNotice: Equatable, Sendable {
    /// A phase began (or was reopened with `/back`, or continues after a resume).
    case phaseStarted(PhaseIntro)
    /// The interviewer's follow-up probe; the candidate's next lines are the reply.
    case followUp(String)
    /// The interviewer's answer to `/ask`.
    case reply(question: String, Interviewer.Reply)
    /// A guiding question from `/hint`: the `number`th (1-based) of `total`.
    case hint(String, number: Int, total: Int)
    /// `/hint` when every guiding question of the phase has been shown.
    case noMoreHints(Phase)
    /// `/time`.
    case time(TimeStatus)
    /// One minute of the phase's budget is left.
    case oneMinuteLeft(Phase)
    /// The phase's budget is used up; overtime counts from here.
    case timeUp(Phase)
    /// `--strict`: the phase ended because its time was up.
    case autoAdvanced(Phase)
    case skipped(Phase)
    /// `/back` on the first phase.
    case cannotGoBack
    /// `--feedback phase`: the score of the phase just finished.
    case phaseFeedback(PhaseScore)
    /// The interview is over and scored.
    case finished(ScoreReport)
    /// The session was saved for `mlsd resume` and the timers stopped.
    case paused
    /// The answer text was replaced by `/edit`.
    case edited(Phase)
    /// `/edit`: the front end should let the candidate edit this text and pass the result to
    /// ``InterviewEngine/applyEdit(_:)``.
    case editRequested(String)
    /// `/help`.
    case help
    case unknownCommand(String, suggestion: String?)
    /// `/ask` with nothing after it.
    case emptyQuestion
    /// Saving failed (disk full, folder not writable); the interview goes on and saving is retried
    /// after the next line. Shown once per run of failures.
    case saveFailed(String)
    /// Saving works again after a failure.
    case saveRecovered
}
