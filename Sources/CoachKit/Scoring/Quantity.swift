/// A number with its unit found in a sentence: "200 ms" (duration), "10k QPS" (count), "2%" (percent).
struct Quantity: Sendable, Equatable {
    /// The unit kind; `nil` for a bare number that is neither large nor followed by a unit.
    var kind: QuantityKind?
    var value: Double
    /// Term indices (into the sentence's terms) of the first and last token of the quantity.
    var first: Int
    var last: Int
    /// True when the number was written with digits (only those count as `number`).
    var hasDigits: Bool

    func matches(_ wanted: QuantityKind) -> Bool {
        wanted == .number ? hasDigits || kind != nil : kind == wanted
    }
}
