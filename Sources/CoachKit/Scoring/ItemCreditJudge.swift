/// Decides how far one credited mention takes a rubric item — *named* (the idea is there) or
/// *covered* (named with what the item asks for) — and what would lift a named item.
///
/// Defaults, for items whose prompt does not list `covered` signals:
/// - an entry of a list of terms is named: naming a topic is not yet explaining it;
/// - an item that asks for a number (one of its signals is a quantity) needs a number in the sentence or
///   its context, except for a question asked in Clarify, where asking for the number is the point;
/// - an `all` signal whose first (core) part matches without the others is named (see `partialHit`).
/// With `covered` signals, one of them must match the sentence or its context (heading and bullets).
struct ItemCreditJudge {
    let model: ScoringModel
    let phase: Phase

    struct Judgement {
        var level: ItemLevel
        var lift: String?
        /// Multiplies the named credit: a term in a flat list with no heading, or in a sentence about
        /// another phase, is weaker evidence than a named idea in a note of this phase.
        var scale = 1.0
    }

    /// Scale of the named credit of a term in a flat, unheaded list or in another phase's sentence.
    static let weakNamedScale = 0.5

    /// `context`: the sentence's own matcher first, then its heading's and sibling bullets'.
    func judge(_ item: ScoringModel.Item, sentence: AnalyzedSentence, context: [SentenceMatcher], isListEntry: Bool) -> Judgement {
        if !item.covered.isEmpty {
            let met = context.contains { matcher in matcher.best(of: item.covered, mode: .credit).map { !$0.isWithheld } ?? false }
            return met && !isListEntry ? Judgement(level: .covered) : Judgement(level: .named, lift: Self.lift(for: item.item.covered))
        }
        if isListEntry { return Judgement(level: .named, lift: Self.sayWhy) }
        let kinds = item.quantityKinds
        if !kinds.isEmpty, !(phase == .clarify && sentence.isQuestion && Self.asksForAmount(sentence.terms.map(\.text))) {
            let hasNumber = context.contains { matcher in matcher.sentence.quantities.contains { q in kinds.contains { q.matches($0) } } }
            if !hasNumber { return Judgement(level: .named, lift: "add " + Self.describe(kinds.first!)) }
        }
        return Judgement(level: .covered)
    }

    /// A hit of the core (first) part of one of the item's `all` signals when no signal matches in
    /// full ("calibration" for "calibration per segment"), with what is missing; nil otherwise.
    func partialHit(_ item: ScoringModel.Item, matcher: SentenceMatcher) -> (hit: SignalHit, lift: String)? {
        for (compiled, source) in zip(item.signals, item.item.signals) {
            guard case .all(let parts) = compiled, case .all(let sources) = source, parts.count == sources.count, parts.count >= 2,
                  Self.isSpecific(sources[0]), let core = matcher.best(parts[0], mode: .credit), !core.isWithheld else { continue }
            let missing = zip(parts, sources).dropFirst().first { matcher.best($0.0, mode: .credit) == nil }?.1
            return (core, missing.map { "also say " + Self.describe($0) } ?? Self.sayWhy)
        }
        return nil
    }

    /// A core part specific enough to name the idea alone: a lexicon concept or a phrase of two or
    /// more words — not a single everyday word ("online", "random", "threshold").
    static func isSpecific(_ signal: Signal) -> Bool {
        switch signal {
        case .concept: true
        case .phrase(let text): text.split(separator: " ").count >= 2
        case .quantity: false
        case .any(let list): !list.isEmpty && list.allSatisfy(isSpecific)
        case .all(let list): list.contains(where: isSpecific)
        }
    }

    /// Openers of a question that asks for an amount ("how many posts a day?"): in Clarify, asking it
    /// is as good as stating the number. So is a whole question ("What latency budget does the page
    /// have, in ms?"). "volume? posts/day" names the topic without asking for one.
    static let amountQuestions: [[String]] = [
        ["how", "many"], ["how", "much"], ["how", "often"], ["how", "fast"], ["how", "long"], ["how", "big"],
        ["how", "large"], ["what", "fraction"], ["what", "percentage"], ["what", "share"], ["what", "rate"],
        ["number", "of"], ["roughly"], ["approximately"],
    ]

    /// Words that open a whole question; a sentence starting with one and running to
    /// `wholeQuestionWords` words or more asks something, where "volume?" only names a topic.
    static let interrogatives: Set<String> = [
        "what", "which", "how", "is", "are", "do", "does", "did", "can", "could", "will", "would", "should", "shall", "have", "has",
    ]
    static let wholeQuestionWords = 4

    static func asksForAmount(_ words: [String]) -> Bool {
        if let opener = words.first, interrogatives.contains(opener) || opener.hasPrefix("what'"), words.count >= wholeQuestionWords {
            return true
        }
        return amountQuestions.contains { phrase in
            words.count >= phrase.count && (0...(words.count - phrase.count)).contains { start in
                phrase.indices.allSatisfy { words[start + $0] == phrase[$0] }
            }
        }
    }

    static let sayWhy = "say what it does and why, in a sentence"

    /// What the `covered` signals ask for, for the report.
    static func lift(for covered: [Signal]) -> String {
        let parts = covered.prefix(3).map(describe)
        return parts.isEmpty ? sayWhy : "add " + parts.joined(separator: " or ")
    }

    /// Words that ask for a reason.
    private static let reasonWords: Set<String> = ["because", "why", "since", "so that", "due to", "reason"]

    static func describe(_ signal: Signal) -> String {
        switch signal {
        case .phrase(let text): reasonWords.contains(text.lowercased()) ? "why (a reason)" : "“\(text)”"
        case .concept(let id): "“\(id.replacingOccurrences(of: "-", with: " "))”"
        case .quantity(let kind): describe(kind)
        case .all(let list): list.map(describe).joined(separator: " with ")
        case .any(let list): list.prefix(3).map(describe).joined(separator: " or ")
        }
    }

    static func describe(_ kind: QuantityKind) -> String {
        switch kind {
        case .duration: "a number with a time unit (e.g. 100 ms)"
        case .count: "a number (how many, e.g. 10M a day)"
        case .percent: "a rate in % (e.g. 2%)"
        case .size: "a size (e.g. 5 GB)"
        case .money: "an amount of money (e.g. $5)"
        case .number: "a number"
        }
    }
}
