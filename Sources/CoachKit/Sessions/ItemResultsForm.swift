/// How a ``SessionCatalog`` load hands over which rubric items each scored phase covered and missed —
/// half a million ids over 10,000 sessions, most of what reading the session index costs, so each
/// command asks only for the form it reads.
public enum ItemResultsForm: Sendable {
    /// Not at all: summaries from the index have empty `matched` and `missed` (`history`).
    case omitted
    /// As ids in every summary's `matched` and `missed` (the default).
    case listed
    /// By number in ``SessionListing/itemResults``, for ``ProgressStats`` and ``ItemSchedule``
    /// (`stats`, `next`); summaries from the index have empty `matched` and `missed`.
    case numbered
}
