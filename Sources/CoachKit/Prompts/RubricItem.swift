/// One checklist item of a phase's rubric.
public struct RubricItem: Codable, Sendable, Equatable {
    /// Stable id, unique within the prompt (e.g. "clarify-scale").
    public var id: String
    public var description: String
    /// Relative weight within the phase; positive; 1 when the file leaves it out.
    public var weight: Double
    /// The item is covered when any one signal matches a sentence that is not negated.
    public var signals: [Signal]
    /// A nudge shown when the item was missed.
    public var hint: String
    /// Why it matters, shown when the item was missed.
    public var why: String
    /// Optional: what lifts the item from *named* to *covered* — one of these must match the same
    /// sentence (or the heading and bullets it belongs to) as a signal. Empty: the defaults of
    /// `ItemLevel` decide (a number for an item that asks for one, a statement rather than a list entry,
    /// every part of an `all`).
    public var covered: [Signal]
    /// Optional: the share of the weight a *named* item earns (0…1); nil means `RubricItem.defaultNamedCredit`.
    public var namedCredit: Double?

    /// Credit for an item that is named but not covered, when the prompt does not say.
    public static let defaultNamedCredit = 0.5

    public init(
        id: String, description: String, weight: Double = 1, signals: [Signal], hint: String, why: String,
        covered: [Signal] = [], namedCredit: Double? = nil
    ) {
        self.id = id
        self.description = description
        self.weight = weight
        self.signals = signals
        self.hint = hint
        self.why = why
        self.covered = covered
        self.namedCredit = namedCredit
    }

    /// The default weight, when a rubric item leaves `weight` out.
    public static let defaultWeight: Double = 1

    enum CodingKeys: String, CodingKey { case id, description, weight, signals, hint, why, covered, namedCredit }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        description = try c.decode(String.self, forKey: .description)
        weight = c.contains(.weight) ? try RangeCheckedDecoding.double(c, .weight, in: 0...1000, what: "a weight") : Self.defaultWeight
        signals = try c.decodeSignals(forKey: .signals)
        hint = try c.decode(String.self, forKey: .hint)
        why = try c.decode(String.self, forKey: .why)
        covered = try c.decodeSignalsIfPresent(forKey: .covered) ?? []
        namedCredit = try c.decodeIfPresent(Double.self, forKey: .namedCredit)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(description, forKey: .description)
        try c.encode(weight, forKey: .weight)
        try c.encode(signals, forKey: .signals)
        try c.encode(hint, forKey: .hint)
        try c.encode(why, forKey: .why)
        if !covered.isEmpty { try c.encode(covered, forKey: .covered) }
        try c.encodeIfPresent(namedCredit, forKey: .namedCredit)
    }

    /// The credit a named (not covered) item earns.
    public var namedShare: Double { namedCredit ?? Self.defaultNamedCredit }
}
