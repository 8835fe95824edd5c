/// Distances between a typed word and a known word, for typo tolerance ("lateny" → "latency").
///
/// `distance` is the optimal-string-alignment distance (Levenshtein plus adjacent transpositions).
/// `typoDistance` counts only the slips people actually make when typing a word they know — a
/// dropped letter ("calibraton"), two neighbours swapped ("modle"), a letter doubled ("modell") or
/// one vowel for another ("latancy", "prevelance") — and treats anything else (a consonant replaced,
/// an unrelated letter added) as no typo at all. That is what keeps real words apart: "appeared" is
/// not "appealed", "exciting" is not "existing", "coast" is not "cost". One spelling-by-ear slip
/// counts too, in words of six letters or more: "f" written for "ph" ("demografics"); and in words of
/// ten letters or more, a stray letter of any kind ("constrastive").
public struct EditDistance: Sendable {
    public init() {}

    /// OSA distance between `a` and `b`, or nil when it exceeds `limit`.
    public func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        align(a, b, limit: limit, typoModel: false)
    }

    public func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        distance(Array(a.utf8), Array(b.utf8), limit: limit)
    }

    /// Number of typing slips that turn `target` into `typed`, or nil when it exceeds `limit` or
    /// `typed` cannot come from `target` by slips alone.
    public func typoDistance(_ typed: [UInt8], _ target: [UInt8], limit: Int) -> Int? {
        align(typed, target, limit: limit, typoModel: true)
    }

    public func typoDistance(_ typed: String, _ target: String, limit: Int) -> Int? {
        typoDistance(Array(typed.utf8), Array(target.utf8), limit: limit)
    }

    private static let impossible = 1_000
    /// Known words at least this long forgive one stray letter of any kind.
    static let strayLetterWord = 10
    /// Shorter words keep their exact spelling: "fase" is not "phase".
    private static let shortestPhoneticWord = 6
    private static let f: UInt8 = 102
    private static let p: UInt8 = 112
    private static let h: UInt8 = 104

    private func align(_ a: [UInt8], _ b: [UInt8], limit: Int, typoModel: Bool) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit && !typoModel ? max(a.count, b.count) : nil }
        let phonetic = typoModel && min(a.count, b.count) >= Self.shortestPhoneticWord
        let width = b.count + 1
        var previous2 = [Int](repeating: 0, count: width)
        var previous = [Int](repeating: 0, count: width)
        var current = [Int](repeating: 0, count: width)
        for j in 0...b.count { previous[j] = j }
        for i in 1...a.count {
            // An extra letter in `a` is a slip only when it doubles a neighbour ("modell"), or in a long
            // word, where a stray keystroke cannot make another real word ("constrastive").
            let extraCost = !typoModel || b.count >= Self.strayLetterWord || (i >= 2 && a[i - 1] == a[i - 2])
                || (i < a.count && a[i - 1] == a[i]) ? 1 : Self.impossible
            current[0] = previous[0] + extraCost
            var rowMinimum = current[0]
            for j in 1...b.count {
                let same = a[i - 1] == b[j - 1]
                let substitution = same ? 0 : (!typoModel || (isVowel(a[i - 1]) && isVowel(b[j - 1])) ? 1 : Self.impossible)
                var cost = min(previous[j] + extraCost, current[j - 1] + 1, previous[j - 1] + substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1], !same {
                    cost = min(cost, previous2[j - 2] + 1)
                }
                if phonetic {
                    // "f" typed for "ph", or "ph" for "f".
                    if j > 1, a[i - 1] == Self.f, b[j - 2] == Self.p, b[j - 1] == Self.h { cost = min(cost, previous[j - 2] + 1) }
                    if i > 1, b[j - 1] == Self.f, a[i - 2] == Self.p, a[i - 1] == Self.h { cost = min(cost, previous2[j - 1] + 1) }
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

    private func isVowel(_ c: UInt8) -> Bool {
        c == 97 || c == 101 || c == 105 || c == 111 || c == 117 || c == 121  // a e i o u y
    }
}
