/// Finds numbers with units in a sentence's terms (words, numbers and symbols, already normalised
/// by `Tokenizer`): "200 ms", "p99 under 50 milliseconds", "10 thousand QPS", "500 million users",
/// "2 billion", "1.5 percent", "3%", "10 gb", "$5", "20 dollars", "a few hundred milliseconds",
/// "two hours", "millions of users", "200-300 ms".
struct QuantityDetector: Sendable {
    func quantities(in terms: [String], isNumber: [Bool], values: [Double?]) -> [Quantity] {
        var found: [Quantity] = []
        var p = 0
        while p < terms.count {
            guard let start = numberStart(at: p, terms: terms, isNumber: isNumber, values: values) else {
                p += 1
                continue
            }
            var value = start.value
            var q = start.next
            var magnified = start.magnified
            (value, q, magnified) = applyMagnitudes(value: value, at: q, terms: terms, magnified: magnified)
            // A range ("200 to 300 ms", "200-300ms"): the unit after the second number applies to both.
            if q < terms.count, q + 1 < terms.count, ["to", "and", "or"].contains(terms[q]) || isNumber[q] {
                let second = isNumber[q] ? q : q + 1
                if isNumber[second], let secondValue = values[second] {
                    let (_, afterSecond, secondMagnified) = applyMagnitudes(value: secondValue, at: second + 1, terms: terms, magnified: false)
                    if afterSecond < terms.count, unitKind(terms, at: afterSecond) != nil {
                        magnified = magnified || secondMagnified
                        q = afterSecond
                    }
                }
            }
            var kind: QuantityKind? = isAfterCurrencySymbol(p, terms: terms) ? .money : nil
            var last = q - 1
            if kind == nil, q < terms.count, let (unit, width) = unitKind(terms, at: q) {
                kind = unit
                last = q + width - 1
            }
            if kind == nil, magnified || value >= 1000 { kind = .count }
            found.append(Quantity(kind: kind, value: value, first: p, last: max(last, p), hasDigits: start.hasDigits))
            p = max(last + 1, p + 1)
        }
        return found
    }

    private struct NumberStart {
        var value: Double
        var next: Int
        var magnified: Bool
        var hasDigits: Bool
    }

    /// A number written with digits, a number word ("two", "twenty"), or a vague amount that is
    /// only a quantity with a magnitude or unit after it ("a few hundred", "several", "tens of").
    private func numberStart(at p: Int, terms: [String], isNumber: [Bool], values: [Double?]) -> NumberStart? {
        if isNumber[p], let value = values[p] { return NumberStart(value: value, next: p + 1, magnified: false, hasDigits: true) }
        let word = terms[p]
        if let magnitude = Self.magnitudes[word], Self.numberWords[word] != nil {
            // "a million users", "a thousand candidates".
            return NumberStart(value: magnitude, next: p + 1, magnified: magnitude >= 1000, hasDigits: false)
        }
        if let value = Self.numberWords[word] {
            // Other number words only count with a magnitude or a unit after them ("two hours").
            let next = p + 1
            guard next < terms.count, Self.magnitudes[terms[next]] != nil || unitKind(terms, at: next) != nil else { return nil }
            return NumberStart(value: value, next: next, magnified: false, hasDigits: false)
        }
        if let plural = Self.pluralMagnitudes[word], p + 1 < terms.count, terms[p + 1] == "of" {
            // "millions of users", "tens of milliseconds".
            let afterOf = p + 2
            if afterOf < terms.count, unitKind(terms, at: afterOf) != nil {
                return NumberStart(value: plural, next: afterOf, magnified: plural >= 1000, hasDigits: false)
            }
            return plural >= 1000 ? NumberStart(value: plural, next: afterOf, magnified: true, hasDigits: false) : nil
        }
        if Self.vagueAmounts.contains(word), p + 1 < terms.count {
            let next = p + 1
            if Self.magnitudes[terms[next]] != nil || unitKind(terms, at: next) != nil {
                return NumberStart(value: 3, next: next, magnified: false, hasDigits: false)
            }
        }
        return nil
    }

    private func applyMagnitudes(value: Double, at start: Int, terms: [String], magnified: Bool) -> (Double, Int, Bool) {
        var value = value
        var q = start
        var magnified = magnified
        while q < terms.count, let magnitude = Self.magnitudes[terms[q]] {
            value *= magnitude
            // "two hundred" is a plain number; "two thousand" and up state a count.
            magnified = magnified || magnitude >= 1000
            q += 1
        }
        if magnified, q + 1 < terms.count, terms[q] == "of", unitKind(terms, at: q + 1) != nil { q += 1 }
        return (value, q, magnified)
    }

    /// "$5", "~$5", "< €10".
    private func isAfterCurrencySymbol(_ p: Int, terms: [String]) -> Bool {
        if p > 0, Self.currencySymbols.contains(terms[p - 1]) { return true }
        return p > 1 && Self.currencySymbols.contains(terms[p - 2]) && ["~", "<", ">"].contains(terms[p - 1])
    }

    /// The unit at `index` and how many terms it spans ("per cent" is two).
    private func unitKind(_ terms: [String], at index: Int) -> (QuantityKind, Int)? {
        let word = terms[index]
        if word == "per", index + 1 < terms.count, terms[index + 1] == "cent" { return (.percent, 2) }
        if let kind = Self.units[word] { return (kind, 1) }
        return nil
    }

    private static let currencySymbols: Set<String> = ["$", "\u{20AC}", "\u{00A3}", "\u{00A5}"]

    private static let units: [String: QuantityKind] = {
        var table: [String: QuantityKind] = [:]
        for unit in [
            "ns", "nanosecond", "nanoseconds", "us", "usec", "microsecond", "microseconds", "ms", "msec", "msecs",
            "millisecond", "milliseconds", "millis", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute",
            "minutes", "h", "hr", "hrs", "hour", "hours", "d", "day", "days", "wk", "wks", "week", "weeks", "mo",
            "month", "months", "yr", "yrs", "year", "years",
        ] { table[unit] = .duration }
        for unit in [
            "byte", "bytes", "kb", "kib", "kilobyte", "kilobytes", "mb", "mib", "megabyte", "megabytes", "gb", "gib",
            "gigabyte", "gigabytes", "tb", "tib", "terabyte", "terabytes", "pb", "pib", "petabyte", "petabytes", "eb",
            "exabyte", "exabytes",
        ] { table[unit] = .size }
        for unit in ["%", "percent", "pct", "percentage", "pp", "percents"] { table[unit] = .percent }
        for unit in ["usd", "dollar", "dollars", "eur", "euro", "euros", "gbp", "cent", "cents", "bucks"] { table[unit] = .money }
        return table
    }()

    private static let magnitudes: [String: Double] = [
        "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "k": 1e3, "m": 1e6, "mn": 1e6, "mil": 1e6, "b": 1e9, "bn": 1e9,
    ]
    private static let pluralMagnitudes: [String: Double] = [
        "tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
    ]
    private static let numberWords: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "ninety": 90, "dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
        "trillion": 1e12, "half": 0.5,
    ]
    private static let vagueAmounts: Set<String> = ["few", "several", "couple", "many"]
}
