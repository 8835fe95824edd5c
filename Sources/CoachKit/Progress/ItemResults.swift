/// Which rubric items each session of a ``SessionListing`` covered and missed, by number: what `stats`
/// and `next` fold over. 10,000 sessions hold about half a million item results; looking each up by its
/// strings (case study, phase, item id) was most of their time, so the session index hands them over
/// numbered (``SessionIndexFile`` numbers them from its string table as it reads) and
/// ``ProgressStats`` and ``ItemSchedule`` count and fold by number.
///
/// A result is `number << 1 | covered`, for each scored phase of a session in order, its covered items
/// then its missed ones — the order of `PhaseSummary.matched` and `missed`.
public struct ItemResults: Sendable {
    /// One rubric item of one case study's phase.
    public struct Item: Sendable, Hashable {
        public var promptID: String
        public var phase: Phase
        public var itemID: String
    }

    /// Each numbered item, by number.
    public private(set) var items: [Item] = []
    private var numbers: [Item: UInt32] = [:]
    /// Per session, in the listing's order: its id (to check the two lists line up) and its results.
    private(set) var ids: [String] = []
    private(set) var results: [[UInt32]] = []

    public init() {}

    /// The item's number, given a new one the first time it is seen.
    mutating func number(_ item: Item) -> UInt32 {
        if let number = numbers[item] { return number }
        let number = UInt32(items.count)
        items.append(item)
        numbers[item] = number
        return number
    }

    /// The results of a summary from its strings (a session file just decoded).
    mutating func results(of summary: SessionSummary) -> [UInt32] {
        var list: [UInt32] = []
        for record in summary.phases where record.score != nil {
            for id in record.matched { list.append(number(Item(promptID: summary.promptID, phase: record.phase, itemID: id)) << 1 | 1) }
            for id in record.missed { list.append(number(Item(promptID: summary.promptID, phase: record.phase, itemID: id)) << 1) }
        }
        return list
    }

    /// Adds the next session of the listing.
    mutating func append(id: String, results list: [UInt32]) {
        ids.append(id)
        results.append(list)
    }

    /// Whether these are the results of exactly `summaries`, in that order (the listing they came with,
    /// not filtered or reordered since). Callers fall back on the summaries' strings otherwise.
    func lines(up summaries: [SessionSummary]) -> Bool {
        ids.count == summaries.count && zip(ids, summaries).allSatisfy { $0 == $1.id }
    }

    /// The results of the session at `position` of the listing.
    func results(at position: Int) -> [UInt32] { results[position] }
}
