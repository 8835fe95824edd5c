/// Rewrites signals into their simplest equivalent form for `mlsd prompts fmt`, and finds the
/// stem-redundant variants `mlsd prompts validate` warns about:
///
/// - a phrase in an `any` (or in a signal list, which is an `any` too) that compiles to the same
///   stems as an earlier sibling, with as many written words, is dropped — `compare | compared | comparing` is `compare`, because
///   matching is on stems already;
/// - an `any` or `all` with one part is that part; an `any` directly inside an `any` is merged into it.
///
/// None of these changes which sentences a signal matches.
public struct SignalNormalizer: Sendable {
    /// A variant that adds nothing: `dropped` matches exactly what `kept` matches.
    public struct Redundancy: Sendable, Equatable {
        public var kept: String
        public var dropped: String
    }

    private struct VariantKey: Hashable {
        var shape: ScoringModel.PhraseShape
        var words: Int
    }

    private let stemmer = EnglishStemmer()
    /// False for interviewer facts, whose phrases are weighed by their length in words: there only
    /// the one-part and nested lists are simplified.
    public let removesVariants: Bool

    public init(removesVariants: Bool = true) { self.removesVariants = removesVariants }

    /// The signal list with redundant variants removed and every signal simplified.
    public func normalize(_ signals: [Signal]) -> [Signal] {
        var redundancies: [Redundancy] = []
        return normalizeList(signals, redundancies: &redundancies)
    }

    public func normalize(_ signal: Signal) -> Signal {
        var redundancies: [Redundancy] = []
        return normalize(signal, redundancies: &redundancies)
    }

    /// The redundant variants of a signal list, in document order.
    public func redundancies(in signals: [Signal]) -> [Redundancy] {
        var redundancies: [Redundancy] = []
        _ = normalizeList(signals, redundancies: &redundancies)
        return redundancies
    }

    private func normalizeList(_ signals: [Signal], redundancies: inout [Redundancy]) -> [Signal] {
        var result: [Signal] = []
        var seen: [VariantKey: String] = [:]
        for signal in signals {
            let simplified = normalize(signal, redundancies: &redundancies)
            // A list is an any: an any inside it is merged in.
            let parts: [Signal] = if case .any(let inner) = simplified { inner } else { [simplified] }
            for part in parts {
                if removesVariants, case .phrase(let text) = part, let shape = ScoringModel.phraseShape(text, maxGap: ScoringModel.phraseGap, stemmer: stemmer) {
                    // Same stems and the same number of written words: the scorer also judges how
                    // specific a phrase is by its word count ("click-through" vs "click through").
                    let key = VariantKey(shape: shape, words: text.split(separator: " ").count)
                    if let kept = seen[key] {
                        redundancies.append(Redundancy(kept: kept, dropped: text))
                        continue
                    }
                    seen[key] = text
                }
                result.append(part)
            }
        }
        return result
    }

    private func normalize(_ signal: Signal, redundancies: inout [Redundancy]) -> Signal {
        switch signal {
        case .phrase, .concept, .quantity:
            return signal
        case .any(let list):
            let parts = normalizeList(list, redundancies: &redundancies)
            return parts.count == 1 ? parts[0] : .any(parts)
        case .all(let list):
            // An all inside an all stays nested: the scorer reads an all's first part as its core.
            let parts = list.map { normalize($0, redundancies: &redundancies) }
            return parts.count == 1 ? parts[0] : .all(parts)
        }
    }
}
