/// A rubric item by phase and position, as the scorer's indexes refer to it.
struct ItemReference: Hashable, Sendable {
    var phase: Phase
    var index: Int
}
