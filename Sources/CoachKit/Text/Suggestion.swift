/// "Did you mean …" for mistyped names: the closest candidate within a small edit distance, and the
/// one wording of the hint, so every message asks the same way.
///
/// ```swift
/// throw UsageError("Unknown command '\(word)'." + Suggestion.hint(for: word, in: names))
/// // Unknown command 'stast'. Did you mean 'stats'?
/// ```
public enum Suggestion {
    /// The question itself, "Did you mean 'stats'?", with `candidate` spelled by `shown` as the user
    /// would type it (single-quoted, as command-line messages quote names, unless told otherwise).
    public static func question(naming candidate: String, shown: (String) -> String = quoted) -> String {
        "Did you mean \(shown(candidate))?"
    }

    /// " Did you mean 'stats'?" (with the space that joins it to a message) naming `candidate`, or ""
    /// when there is none.
    public static func hint(naming candidate: String?, shown: (String) -> String = quoted) -> String {
        candidate.map { " " + question(naming: $0, shown: shown) } ?? ""
    }

    /// ``hint(naming:shown:)`` for the candidate closest to `word`: "" when none is close.
    public static func hint(for word: String, in candidates: [String], shown: (String) -> String = quoted) -> String {
        hint(naming: closest(to: word, in: candidates), shown: shown)
    }

    /// 'name': how command-line messages quote a name.
    public static func quoted(_ name: String) -> String { "'\(name)'" }

    /// "name": how messages about JSON files quote a key or value.
    public static func doubleQuoted(_ name: String) -> String { "\"\(name)\"" }

    public static func closest(to word: String, in candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates.sorted() {
            let d = distance(word.lowercased(), candidate.lowercased())
            if d <= limit, d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        if let best { return best.name }
        // A prefix is a good guess too: "pro" → "prompts".
        return candidates.filter { $0.hasPrefix(word) && word.count >= 2 }.sorted().first
    }

    /// Levenshtein distance, two rows.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
