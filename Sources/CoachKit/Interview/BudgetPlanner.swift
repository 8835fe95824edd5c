/// Turns a prompt's phase minutes into per-phase time budgets in seconds, scaled to the total the
/// candidate asked for (`--minutes N`). The budgets keep the prompt's proportions and always add up
/// to exactly the requested total, so the status line's "total left" and the phase budgets agree.
public struct BudgetPlanner: Sendable {
    /// The longest interview `--minutes` accepts.
    public static let maximumMinutes = 600

    public init() {}

    /// Budgets for `phases` (in the prompt's order). With `totalMinutes` nil the prompt's own minutes
    /// are used unchanged (their sum for a drill of several phases).
    public func budgets(for prompt: Prompt, phases: [Phase] = Phase.allCases, totalMinutes: Int? = nil) -> [Phase: Int] {
        // Clamped so that the arithmetic below cannot overflow whatever a prompt built in code holds
        // (decoded prompts are already limited to 0…600 minutes per field).
        let limit = InputLimits.maximumMinutes
        let weights = phases.map { min(max(0, prompt.spec($0).minutes), limit) }
        let ownTotal = weights.reduce(0, +)
        let total = min(max(0, totalMinutes ?? ownTotal), Phase.allCases.count * limit) * 60
        let seconds = Self.apportion(total: total, weights: weights)
        return Dictionary(uniqueKeysWithValues: zip(phases, seconds))
    }

    /// Splits `total` into integer parts proportional to `weights` that add up to `total` exactly
    /// (largest-remainder method; ties go to the earlier phase). Equal parts when every weight is 0.
    public static func apportion(total: Int, weights: [Int]) -> [Int] {
        guard !weights.isEmpty else { return [] }
        let total = max(0, total)
        let weightSum = weights.reduce(0, +)
        let effective = weightSum > 0 ? weights : Array(repeating: 1, count: weights.count)
        let sum = Double(effective.reduce(0, +))
        let exact = effective.map { Double(total) * Double($0) / sum }
        var parts = exact.map { Int($0.rounded(.down)) }
        var missing = total - parts.reduce(0, +)
        let order = exact.indices.sorted { a, b in
            let ra = exact[a] - exact[a].rounded(.down), rb = exact[b] - exact[b].rounded(.down)
            return ra != rb ? ra > rb : a < b
        }
        var index = 0
        while missing > 0 {
            parts[order[index % order.count]] += 1
            missing -= 1
            index += 1
        }
        return parts
    }
}
