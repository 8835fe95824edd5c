/// A compiled phrase: vocabulary ids in order, and how many other words may come before each one
/// after the first (`gaps[0]` is unused). Dropped optional function words widen the gap at their place.
struct PhrasePattern: Hashable, Sendable {
    var ids: [Int]
    var gaps: [Int]
    /// The phrase as written, for diagnostics; not part of its identity.
    var source: String

    static func == (lhs: PhrasePattern, rhs: PhrasePattern) -> Bool { lhs.ids == rhs.ids && lhs.gaps == rhs.gaps }

    func hash(into hasher: inout Hasher) {
        hasher.combine(ids)
        hasher.combine(gaps)
    }
}
