/// Decodes numbers of a prompt file and refuses values outside a documented range (``InputLimits``),
/// so that the planner and the scorer never do arithmetic that could overflow or turn into NaN. The
/// error is a `DecodingError` at the field's path; ``PromptDecoder`` turns it into file:line:column.
enum RangeCheckedDecoding {
    static func int<Key: CodingKey>(
        _ container: KeyedDecodingContainer<Key>, _ key: Key, in range: ClosedRange<Int>, what: String
    ) throws -> Int {
        let value = try container.decode(Int.self, forKey: key)
        guard range.contains(value) else { throw outOfRange(container, key, "\(what) from \(range.lowerBound) to \(range.upperBound)") }
        return value
    }

    static func double<Key: CodingKey>(
        _ container: KeyedDecodingContainer<Key>, _ key: Key, in range: ClosedRange<Double>, what: String
    ) throws -> Double {
        let value = try container.decode(Double.self, forKey: key)
        guard value.isFinite, range.contains(value) else {
            throw outOfRange(container, key, "\(what) from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    private static func outOfRange<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, _ key: Key, _ expected: String) -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: container.codingPath + [key], debugDescription: expected))
    }
}
