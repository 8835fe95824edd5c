/// What shows that an answer covers a rubric item (or trips a red flag). In JSON a signal is either a
/// string in the compact syntax (`"@latency + #duration"`, see `SignalSyntax`) or an object with exactly
/// one key:
///
/// - `{"phrase": "watch time"}` — the words, matched on stems, in order, with a few words allowed in
///   between, tolerating small typos in longer words;
/// - `{"concept": "qps"}` — any term of a concept in the shared lexicon (`Prompts/lexicon.json`);
/// - `{"quantity": "duration"}` — a number with a unit of that kind (see `QuantityKind`);
/// - `{"all": [ … ]}` — every inner signal matches the same sentence (a term with a qualifier);
/// - `{"any": [ … ]}` — at least one inner signal matches.
public indirect enum Signal: Codable, Sendable, Equatable, Hashable {
    case phrase(String)
    case concept(String)
    case quantity(QuantityKind)
    case all([Signal])
    case any([Signal])

    enum CodingKeys: String, CodingKey, CaseIterable { case phrase, concept, quantity, all, any }

    public init(from decoder: Decoder) throws {
        // The compact form: one string. Its syntax errors keep the parser's offset (as the underlying
        // error) so `PromptDecoder` can point at the column inside the string.
        if let text = Self.compactText(decoder) {
            self = try Self.parse(text, decoder: decoder)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let present = CodingKeys.allCases.filter { c.contains($0) }
        guard present.count == 1, let key = present.first else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: c.codingPath,
                      debugDescription: "a signal: a string such as \"watch time\" or \"@latency + #duration\", or an object with exactly one of the keys phrase, concept, quantity, all, any"
                        + (present.isEmpty ? "" : "; found " + present.map(\.rawValue).joined(separator: " and "))))
        }
        switch key {
        case .phrase: self = .phrase(try c.decode(String.self, forKey: .phrase))
        case .concept: self = .concept(try c.decode(String.self, forKey: .concept))
        case .quantity: self = .quantity(try c.decode(QuantityKind.self, forKey: .quantity))
        case .all: self = .all(try c.decode([Signal].self, forKey: .all))
        case .any: self = .any(try c.decode([SignalListEntry].self, forKey: .any).flatMap(\.signals))
        }
    }

    /// The text of a compact signal, or nil when the value is not a string.
    static func compactText(_ decoder: Decoder) -> String? {
        guard let single = try? decoder.singleValueContainer() else { return nil }
        return try? single.decode(String.self)
    }

    /// Parses a compact signal with the decoder's named lists (see `SignalLists.userInfoKey`). Its
    /// syntax errors keep the parser's offset (as the underlying error) so `PromptDecoder` can point at
    /// the column inside the string.
    static func parseEntries(_ text: String, decoder: Decoder, asListEntry: Bool) throws -> [Signal] {
        let lists = decoder.userInfo[SignalLists.userInfoKey] as? SignalLists ?? .empty
        do {
            return asListEntry ? try SignalSyntax.parseListEntry(text, lists: lists) : [try SignalSyntax.parse(text, lists: lists)]
        } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: error.description, underlyingError: error))
        }
    }

    static func parse(_ text: String, decoder: Decoder) throws -> Signal {
        try parseEntries(text, decoder: decoder, asListEntry: false)[0]
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .phrase(let s): try c.encode(s, forKey: .phrase)
        case .concept(let s): try c.encode(s, forKey: .concept)
        case .quantity(let q): try c.encode(q, forKey: .quantity)
        case .all(let list): try c.encode(list, forKey: .all)
        case .any(let list): try c.encode(list, forKey: .any)
        }
    }

    /// Every concept id this signal refers to, for the linter.
    public var conceptReferences: [String] {
        switch self {
        case .concept(let id): [id]
        case .phrase, .quantity: []
        case .all(let list), .any(let list): list.flatMap(\.conceptReferences)
        }
    }
}

/// One entry of a signal list as written: a signal, or a bare `$name` that stands for its list's
/// alternatives, each an entry of its own (see `SignalSyntax`).
struct SignalListEntry: Decodable {
    var signals: [Signal]

    init(from decoder: Decoder) throws {
        if let text = Signal.compactText(decoder) {
            signals = try Signal.parseEntries(text, decoder: decoder, asListEntry: true)
        } else {
            signals = [try Signal(from: decoder)]
        }
    }
}

extension KeyedDecodingContainer {
    /// A signal list, with `$name` entries spliced in.
    func decodeSignals(forKey key: Key) throws -> [Signal] {
        try decode([SignalListEntry].self, forKey: key).flatMap(\.signals)
    }

    func decodeSignalsIfPresent(forKey key: Key) throws -> [Signal]? {
        try decodeIfPresent([SignalListEntry].self, forKey: key).map { $0.flatMap(\.signals) }
    }
}

/// Kinds of numbers with units an answer can state.
public enum QuantityKind: String, Codable, Sendable, CaseIterable, Hashable {
    /// A number with a time unit: "200 ms", "200ms", "p99 of 50 milliseconds", "2 hours", "daily" does not count.
    case duration
    /// A number stated as a count or scale: "500M users", "10k QPS", "1.5B videos", "2 million".
    case count
    /// A percentage or rate: "2%", "1.5 percent", "0.1 per cent".
    case percent
    /// A data size: "10 GB", "5TB", "100 KB".
    case size
    /// Money: "$5", "10 dollars", "1M USD".
    case money
    /// Any number at all.
    case number
}
