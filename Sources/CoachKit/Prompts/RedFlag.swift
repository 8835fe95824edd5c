/// Something a strong candidate would not say in this phase; it subtracts `penalty` points.
public struct RedFlag: Codable, Sendable, Equatable {
    public var id: String
    public var description: String
    /// Points subtracted from the phase score (0–100 scale) when it fires.
    public var penalty: Int
    /// It fires when any signal matches a sentence…
    public var signals: [Signal]
    /// …unless one of these matches the same sentence (e.g. "accuracy is misleading here").
    public var unless: [Signal]
    public var why: String

    public init(id: String, description: String, penalty: Int = 10, signals: [Signal], unless: [Signal] = [], why: String) {
        self.id = id
        self.description = description
        self.penalty = penalty
        self.signals = signals
        self.unless = unless
        self.why = why
    }

    enum CodingKeys: String, CodingKey { case id, description, penalty, signals, unless, why }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        description = try c.decode(String.self, forKey: .description)
        penalty = c.contains(.penalty) ? try RangeCheckedDecoding.int(c, .penalty, in: -1000...1000, what: "a penalty") : 10
        signals = try c.decodeSignals(forKey: .signals)
        unless = try c.decodeSignalsIfPresent(forKey: .unless) ?? []
        why = try c.decode(String.self, forKey: .why)
    }
}
