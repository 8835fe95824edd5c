/// Which sessions `mlsd history` lists: optionally one prompt's, newest first, at most `limit`.
public struct HistoryQuery: Sendable, Equatable {
    public var promptID: String?
    public var limit: Int?

    public init(promptID: String? = nil, limit: Int? = nil) {
        self.promptID = promptID
        self.limit = limit
    }

    /// `summaries` in any order; the result is newest first (ties broken by id, so it is stable).
    public func apply(to summaries: [SessionSummary]) -> [SessionSummary] {
        var selected = summaries
        if let promptID { selected = selected.filter { $0.promptID == promptID } }
        selected.sort { ($0.startedAt, $0.id) > ($1.startedAt, $1.id) }
        if let limit { selected = Array(selected.prefix(max(0, limit))) }
        return selected
    }
}
