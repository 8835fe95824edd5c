/// Decides which words of a sentence are negated, clause by clause, and which of those negations
/// *dismiss* the topic ("we don't need to worry about latency", "no need for an A/B test",
/// "imbalance is not an issue", "calibration is unnecessary", "skip the baseline").
///
/// Two verdicts per word, because red flags and rubric items need different ones (see `dismisses`):
/// - `negatedBy`: any negation reaches the word — a red flag does not fire on it ("we will not
///   use accuracy", "instead of a random split", "avoid accuracy");
/// - `dismissedBy`: the negation waves the topic away — a rubric item earns no credit. Protective
///   negations are not dismissals: "make sure there is no leakage", "features must never use
///   future data", "without exceeding 200 ms" state a safeguard, which is what the rubric wants.
///
/// Scope: a negation reaches forward to the end of its clause; verbal and predicate negations
/// ("isn't", "is not needed", "is unnecessary") also reach back to the clause start, to the
/// subject they deny. Clauses end at commas, semicolons, dashes, brackets and words such as "but",
/// "although", "because", "so", "while".
struct NegationDetector: Sendable {
    struct Result: Sendable, Equatable {
        /// Per term: the index of a negation cue whose scope covers it, or -1.
        var negatedBy: [Int]
        /// Per term: the index of a dismissive negation cue whose scope covers it, or -1.
        var dismissedBy: [Int]
    }

    private enum CueKind { case negator, dismissiveAdjective, dismissiveVerb, flagOnly }

    /// `words` are normalised terms, `stems` their stems, `clauses` the clause index of each term.
    func analyze(words: [String], stems: [String], clauses: [Int]) -> Result {
        var result = Result(negatedBy: Array(repeating: -1, count: words.count), dismissedBy: Array(repeating: -1, count: words.count))
        var clauseStart = 0
        while clauseStart < words.count {
            var clauseEnd = clauseStart
            while clauseEnd < words.count, clauses[clauseEnd] == clauses[clauseStart] { clauseEnd += 1 }
            analyzeClause(clauseStart..<clauseEnd, words: words, stems: stems, into: &result)
            clauseStart = clauseEnd
        }
        return result
    }

    private func analyzeClause(_ clause: Range<Int>, words: [String], stems: [String], into result: inout Result) {
        var cues: [(index: Int, kind: CueKind)] = []
        for i in clause {
            let word = words[i]
            if Self.isNegator(word) {
                if !isIgnoredNegator(i, clause: clause, words: words) { cues.append((i, .negator)) }
            } else if Self.dismissiveAdjectives.contains(word) {
                cues.append((i, .dismissiveAdjective))
            } else if Self.dismissiveVerbs.contains(stems[i]) {
                cues.append((i, .dismissiveVerb))
            } else if Self.flagOnlyCues.contains(word) {
                if word == "instead" || word == "rather" {
                    // "instead of", "rather than"; a bare "instead" points back, not forward.
                    if i + 1 < clause.upperBound, words[i + 1] == "of" || words[i + 1] == "than" { cues.append((i, .flagOnly)) }
                } else if word == "opposed" {
                    if i > clause.lowerBound, words[i - 1] == "as" { cues.append((i, .flagOnly)) }
                } else {
                    cues.append((i, .flagOnly))
                }
            }
        }
        // Double negation cancels: "we can't ignore cold start", "don't skip the baseline", "not optional".
        var cancelled = Set<Int>()
        for cue in cues where cue.kind == .dismissiveVerb || cue.kind == .dismissiveAdjective {
            if let negator = cues.last(where: { $0.kind == .negator && $0.index < cue.index && cue.index - $0.index <= 3 && !cancelled.contains($0.index) }) {
                cancelled.insert(negator.index)
                cancelled.insert(cue.index)
            }
        }
        for cue in cues where !cancelled.contains(cue.index) {
            let reachesBack = reachesBackward(cue.index, kind: cue.kind, clause: clause, words: words)
            let scope = (reachesBack ? clause.lowerBound : cue.index + 1)..<clause.upperBound
            let dismisses = self.dismisses(cue.index, kind: cue.kind, clause: clause, words: words, stems: stems)
            for i in scope where i != cue.index {
                if result.negatedBy[i] < 0 { result.negatedBy[i] = cue.index }
                if dismisses, result.dismissedBy[i] < 0 { result.dismissedBy[i] = cue.index }
            }
        }
    }

    static func isNegator(_ word: String) -> Bool {
        negators.contains(word) || word.hasSuffix("n't")
    }

    /// "not only", "no more than 5%", "whether or not", "no matter", "no doubt" are not negations.
    private func isIgnoredNegator(_ i: Int, clause: Range<Int>, words: [String]) -> Bool {
        let word = words[i]
        let next = i + 1 < clause.upperBound ? words[i + 1] : nil
        let afterNext = i + 2 < clause.upperBound ? words[i + 2] : nil
        if word == "not", let next, Self.notIdioms.contains(next) { return true }
        if word == "not", i > clause.lowerBound, words[i - 1] == "or" || words[i - 1] == "if" { return true }
        if word == "no", let next, next == "matter" || next == "doubt" || next == "brainer" { return true }
        if word == "without", let next, next == "loss" || next == "question" { return true }
        if let next, Self.comparatives.contains(next) {
            // "no more than 200 ms", "not longer than a day", "never exceed 1%".
            if next.hasPrefix("exceed") { return true }
            if let afterNext, afterNext == "than" || afterNext.first?.isNumber == true { return true }
        }
        return false
    }

    private func reachesBackward(_ i: Int, kind: CueKind, clause: Range<Int>, words: [String]) -> Bool {
        let word = words[i]
        switch kind {
        case .flagOnly: return false
        case .dismissiveAdjective: return true
        case .dismissiveVerb:
            // Passive: "cold start can be ignored", "the baseline is skipped".
            return (max(clause.lowerBound, i - 2)..<i).contains { Self.beForms.contains(words[$0]) }
        case .negator:
            if word.hasSuffix("n't") || word == "never" || word == "cannot" || Self.contractedNegators.contains(word) { return true }
            if word == "not" {
                if (max(clause.lowerBound, i - 2)..<i).contains(where: { Self.auxiliaries.contains(words[$0]) }) { return true }
            }
            // "X: not needed", "X — no need".
            return (i + 1..<min(clause.upperBound, i + 4)).contains { Self.dismissivePredicates.contains(words[$0]) }
        }
    }

    /// Whether a negation waves the topic away, as opposed to describing something ("impressions
    /// that were skipped", "data the model never trained on") or stating a safeguard ("so we don't
    /// show five videos from one channel", "make sure there is no leakage", "never use future data").
    ///
    /// Dismissals are: a negation followed by a dismissive predicate ("don't need", "no need",
    /// "isn't necessary", "not an issue", "doesn't matter", "won't bother"); a dismissive adjective
    /// ("unnecessary", "overkill"); and a declined action — a negation or "skip"/"ignore" with "we",
    /// "I" or "you" as its subject, or at the start of a clause as an imperative ("Don't calibrate",
    /// "Skip the baseline", "No A/B test") — unless what is negated is a hazard or the clause is a purpose.
    private func dismisses(_ i: Int, kind: CueKind, clause: Range<Int>, words: [String], stems: [String]) -> Bool {
        switch kind {
        case .flagOnly:
            return false
        case .dismissiveAdjective:
            return true
        case .dismissiveVerb:
            if hasDecliningSubject(before: i, clause: clause, words: words) || isClauseInitial(i, clause: clause, words: words) {
                return true
            }
            // Passive with a modal: "cold start can be ignored", "calibration could be skipped".
            return (max(clause.lowerBound, i - 3)..<i).contains { Self.modals.contains(words[$0]) }
        case .negator:
            if (i + 1..<min(clause.upperBound, i + 5)).contains(where: { Self.dismissivePredicates.contains(words[$0]) }) { return true }
            if negatesHazard(i, clause: clause, words: words, stems: stems) { return false }
            if Self.prescriptiveNegators.contains(words[i]) { return false }
            if (clause.lowerBound..<i).contains(where: { Self.protectiveContext.contains(words[$0]) }) { return false }
            switch words[i] {
            case "no", "none", "nothing", "nor", "neither":
                return isClauseInitial(i, clause: clause, words: words)
            case "without":
                return hasDecliningSubject(before: i, clause: clause, words: words)
            default:
                return hasDecliningSubject(before: i, clause: clause, words: words) || isClauseInitial(i, clause: clause, words: words)
            }
        }
    }

    /// The negated thing is itself a hazard: "no leakage", "without exceeding", "don't use future data".
    private func negatesHazard(_ i: Int, clause: Range<Int>, words: [String], stems: [String]) -> Bool {
        var j = i + 1
        while j < clause.upperBound, j <= i + 4 {
            if Self.hazardStems.contains(stems[j]) { return true }
            if !FunctionWords.contains(words[j]) && !Self.hazardCarriers.contains(words[j]) { return false }
            j += 1
        }
        return false
    }

    /// "we", "I", "you" or "let's" before the cue in its clause: the speaker declines to do something.
    private func hasDecliningSubject(before i: Int, clause: Range<Int>, words: [String]) -> Bool {
        (clause.lowerBound..<i).contains { Self.decliningSubjects.contains(words[$0]) }
    }

    /// The cue opens its clause (an imperative or a verdict: "Don't calibrate", "No A/B test").
    private func isClauseInitial(_ i: Int, clause: Range<Int>, words: [String]) -> Bool {
        (clause.lowerBound..<i).allSatisfy { Self.clauseOpeners.contains(words[$0]) }
    }

    private static let negators: Set<String> = [
        "not", "no", "never", "without", "cannot", "nor", "neither", "none", "nothing", "nobody", "w/o",
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wouldnt", "shouldnt", "cant", "couldnt",
        "havent", "hasnt", "hadnt", "neednt", "mustnt", "wont",
    ]
    private static let contractedNegators: Set<String> = [
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wouldnt", "shouldnt", "cant", "couldnt",
        "havent", "hasnt", "hadnt", "neednt", "mustnt", "wont",
    ]
    private static let prescriptiveNegators: Set<String> = ["shouldn't", "mustn't", "shouldnt", "mustnt"]
    private static let notIdioms: Set<String> = ["only", "just", "merely", "simply", "least", "necessarily", "bad"]
    private static let comparatives: Set<String> = [
        "more", "less", "fewer", "longer", "later", "greater", "higher", "lower", "worse", "larger", "bigger",
        "smaller", "slower", "faster", "above", "below", "over", "under", "sooner", "earlier", "exceed", "exceeds",
        "exceeding",
    ]
    private static let dismissiveAdjectives: Set<String> = [
        "unnecessary", "unneeded", "needless", "irrelevant", "overkill", "pointless", "unimportant", "optional",
        "superfluous", "moot",
    ]
    /// Stems of verbs that wave a topic away: skip, ignore, forget, omit, neglect, disregard.
    private static let dismissiveVerbs: Set<String> = ["skip", "ignor", "forget", "omit", "neglect", "disregard"]
    /// Negate for red flags only: "avoid accuracy", "instead of a random split", "rather than AUC".
    private static let flagOnlyCues: Set<String> = ["avoid", "avoiding", "prevent", "preventing", "instead", "rather", "opposed", "against"]
    /// Words after a negation that make it a dismissal of the topic.
    private static let dismissivePredicates: Set<String> = [
        "need", "needs", "needed", "necessary", "required", "require", "requires", "worry", "bother", "care", "matter",
        "matters", "important", "relevant", "concern", "issue", "problem", "priority", "worth", "useful", "helpful",
        "applicable", "needing", "point", "reason", "deal",
    ]
    private static let decliningSubjects: Set<String> = [
        "we", "i", "you", "let's", "we'll", "we'd", "we're", "we've", "i'll", "i'd", "i'm", "i've", "you'll", "you'd",
        "lets", "im",
    ]
    /// Words that may precede an imperative at the start of a clause.
    /// ("but not X" and "or not" contrast or qualify; they are no imperative.)
    private static let clauseOpeners: Set<String> = ["and", "so", "then", "just", "please", "also", "simply"]
    private static let modals: Set<String> = ["can", "could", "may", "might", "should", "will", "would", "must"]
    private static let protectiveContext: Set<String> = [
        "ensure", "ensures", "ensuring", "sure", "guarantee", "guarantees", "verify", "check", "careful", "must",
        "should", "prevent", "avoid", "strictly", "important", "critical", "so",
    ]
    /// Stems of hazards whose negation is a safeguard.
    private static let hazardStems: Set<String> = [
        "leak", "leakag", "futur", "overlap", "duplic", "contamin", "peek", "cheat", "exceed", "hurt", "harm", "degrad",
        "compromis", "sacrific", "violat", "breach", "increas", "overfit", "slow", "break", "regress", "stale",
        "spam", "bias", "drift", "nois", "noisi", "lookahead", "look", "blow", "lose", "loss",
    ]
    /// Light words that may sit between a negation and the hazard it denies ("not use future data").
    private static let hazardCarriers: Set<String> = ["use", "uses", "using", "see", "sees", "include", "includes", "any", "allow", "let"]
    private static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "do", "does", "did", "will", "would", "should", "can", "could",
        "must", "may", "might", "has", "have", "had", "need", "shall", "it's", "that's",
    ]
    private static let beForms: Set<String> = ["be", "is", "are", "was", "were", "been", "being", "get", "gets"]
}
