/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), bounded so a
/// comparison stops as soon as the words are further apart than `limit`. Used for typo tolerance
/// ("lateny" → "latency", "modle" → "model").
public struct EditDistance: Sendable {
    /// What a substitution costs: 1 normally, 2 where only insertions, deletions and transpositions
    /// should count as one typo (short words, where a substituted letter is usually another word).
    public var substitutionCost: Int

    public init(substitutionCost: Int = 1) {
        self.substitutionCost = substitutionCost
    }

    /// The distance between `a` and `b`, or nil when it exceeds `limit`.
    public func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        let width = b.count + 1
        var previous2 = [Int](repeating: 0, count: width)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let same = a[i - 1] == b[j - 1]
                var cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (same ? 0 : substitutionCost))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1], !same {
                    cost = min(cost, previous2[j - 2] + 1)
                }
                current[j] = cost
                rowMinimum = min(rowMinimum, cost)
            }
            if rowMinimum > limit { return nil }
            swap(&previous2, &previous)
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    public func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        distance(Array(a.utf8), Array(b.utf8), limit: limit)
    }
}
