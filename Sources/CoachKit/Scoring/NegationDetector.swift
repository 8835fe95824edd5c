/// Decides which words of a sentence are negated, clause by clause, and which of those negations
/// *dismiss* the topic ("we don't need to worry about latency", "no need for an A/B test",
/// "imbalance is not an issue", "calibration is unnecessary", "skip the baseline").
///
/// Three verdicts per word, because red flags and rubric items need different ones:
/// - `negatedBy`: any negation reaches the word — a red flag does not fire on it ("we will not
///   use accuracy", "instead of a random split", "avoid accuracy", "not only the order");
/// - `dismissedBy`: the negation waves the topic away — a rubric item earns no credit, and the
///   scorer takes a few points off. Protective negations are not dismissals: "make sure there is
///   no leakage", "features must never use future data", "without exceeding 200 ms" state a
///   safeguard, which is what the rubric wants. Descriptions are not either: in "impressions the
///   user didn't click" the subject of the negated verb is the user, not the speaker;
/// - `rejectedBy`: the word names the alternative set aside in a contrast — "watch time, not
///   clicks", "NDCG rather than accuracy", "instead of an A/B test". It earns no credit, but the
///   candidate made a choice rather than waving a topic away, so there is no penalty.
///
/// Scope: a negation reaches forward to the end of its clause; verbal and predicate negations
/// ("isn't", "is not needed", "is unnecessary") also reach back to the clause start (or to a
/// relative pronoun: "videos that weren't watched"), to the subject they deny. Negations of a
/// noun ("no", "without", "rather than", "instead of", a contrasting ", not") dismiss or reject
/// only the noun phrase that follows them. Clauses end at commas, colons, semicolons, dashes,
/// brackets and words such as "but", "although", "because", "so", "while".
struct NegationDetector: Sendable {
    struct Result: Sendable, Equatable {
        /// Per term: the index of a negation cue whose scope covers it, or -1.
        var negatedBy: [Int]
        /// Per term: the index of a dismissive negation cue whose scope covers it, or -1.
        var dismissedBy: [Int]
        /// Per term: the index of a contrast cue ("not", "rather than", "instead of") that sets it aside, or -1.
        var rejectedBy: [Int]
    }

    private enum CueKind { case negator, dismissiveAdjective, dismissiveVerb, flagOnly }

    private enum Verdict { case none, dismiss, reject }

    /// `words` are normalised terms, `stems` their stems, `clauses` the clause index of each term;
    /// `punctuationBefore` the punctuation written right before each term, if any ("," ":" …), which
    /// tells a conclusion (", so we won't") from a purpose ("re-rank so we don't") and a key from its
    /// value ("Privacy: not a concern").
    func analyze(words: [String], stems: [String], clauses: [Int], punctuationBefore: [String?]? = nil) -> Result {
        var result = Result(
            negatedBy: Array(repeating: -1, count: words.count), dismissedBy: Array(repeating: -1, count: words.count),
            rejectedBy: Array(repeating: -1, count: words.count))
        let punctuation = punctuationBefore ?? Array(repeating: nil, count: words.count)
        var ranges: [Range<Int>] = []
        var clauseStart = 0
        while clauseStart < words.count {
            var clauseEnd = clauseStart
            while clauseEnd < words.count, clauses[clauseEnd] == clauses[clauseStart] { clauseEnd += 1 }
            ranges.append(clauseStart..<clauseEnd)
            clauseStart = clauseEnd
        }
        let context = Context(words: words, stems: stems, punctuation: punctuation)
        for (number, clause) in ranges.enumerated() {
            analyzeClause(clause, previous: number > 0 ? ranges[number - 1] : nil, context: context, into: &result)
        }
        return result
    }

    private struct Context {
        var words: [String]
        var stems: [String]
        var punctuation: [String?]
    }

    private func analyzeClause(_ clause: Range<Int>, previous: Range<Int>?, context: Context, into result: inout Result) {
        let words = context.words
        var cues: [(index: Int, kind: CueKind)] = []
        for i in clause {
            let word = words[i]
            if Self.isNegator(word) {
                if word == "not", i + 1 < clause.upperBound, Self.notIdioms.contains(words[i + 1]) {
                    // "not only the order", "not just clicks": the restriction is denied, not the topic.
                    // Only the restricting word is negated, so a red flag about "only X" does not fire.
                    if Self.restrictors.contains(words[i + 1]), result.negatedBy[i + 1] < 0 { result.negatedBy[i + 1] = i }
                    continue
                }
                if !isIgnoredNegator(i, clause: clause, context: context) { cues.append((i, .negator)) }
            } else if Self.dismissiveAdjectives.contains(word) {
                cues.append((i, .dismissiveAdjective))
            } else if Self.dismissiveVerbs.contains(context.stems[i]) {
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
        var canceled = Set<Int>()
        for cue in cues where cue.kind == .dismissiveVerb || cue.kind == .dismissiveAdjective {
            if let negator = cues.last(where: { $0.kind == .negator && $0.index < cue.index && cue.index - $0.index <= 3 && !canceled.contains($0.index) }) {
                canceled.insert(negator.index)
                canceled.insert(cue.index)
            }
        }
        for cue in cues where !canceled.contains(cue.index) {
            let reachesBack = reachesBackward(cue.index, kind: cue.kind, clause: clause, words: words)
            let backStart = reachesBack ? relativeClauseStart(before: cue.index, clause: clause, words: words) : cue.index + 1
            let scope = backStart..<clause.upperBound
            for i in scope where i != cue.index && result.negatedBy[i] < 0 { result.negatedBy[i] = cue.index }

            let verdict = self.verdict(cue.index, kind: cue.kind, clause: clause, previous: previous, context: context)
            guard verdict != .none else { continue }
            // A negated noun ("no X", "without X", "rather than X", ", not X") reaches its noun phrase only.
            let verdictScope = negatesNounPhrase(cue.index, kind: cue.kind, clause: clause, words: words)
                ? nounPhrase(after: cue.index, clause: clause, words: words) : scope
            for i in verdictScope where i != cue.index {
                if verdict == .dismiss, result.dismissedBy[i] < 0 { result.dismissedBy[i] = cue.index }
                if verdict == .reject, result.rejectedBy[i] < 0 { result.rejectedBy[i] = cue.index }
            }
            // "Privacy: not a concern", "A/B test: skip it": a short key before a colon is what the verdict dismisses.
            if verdict == .dismiss, let previous, context.punctuation[clause.lowerBound] == ":", previous.count <= Self.longestKey,
               isClauseInitial(cue.index, clause: clause, words: words),
               hasDismissivePredicate(after: cue.index, clause: clause, words: words) || clause.count == 1 || cue.kind != .negator {
                for i in previous where result.dismissedBy[i] < 0 {
                    result.dismissedBy[i] = cue.index
                    if result.negatedBy[i] < 0 { result.negatedBy[i] = cue.index }
                }
            }
        }
    }

    static func isNegator(_ word: String) -> Bool {
        negators.contains(word) || word.hasSuffix("n't")
    }

    /// "no more than 5%", "whether or not", "no matter", "no doubt", "click or no click",
    /// "with or without" are not negations.
    private func isIgnoredNegator(_ i: Int, clause: Range<Int>, context: Context) -> Bool {
        let words = context.words
        let word = words[i]
        let next = i + 1 < clause.upperBound ? words[i + 1] : nil
        let afterNext = i + 2 < clause.upperBound ? words[i + 2] : nil
        if word == "not", i > clause.lowerBound, words[i - 1] == "or" || words[i - 1] == "if" { return true }
        if word == "no", let next, next == "matter" || next == "doubt" || next == "brainer" { return true }
        if word == "without", let next, next == "loss" || next == "question" { return true }
        // "click or no click", "label or no label": both outcomes, nothing denied.
        if word == "no", i >= clause.lowerBound + 2, words[i - 1] == "or", i + 1 < clause.upperBound,
           context.stems[i + 1] == context.stems[i - 2] {
            return true
        }
        if word == "without", i >= clause.lowerBound + 2, words[i - 1] == "or", words[i - 2] == "with" { return true }
        if let next, Self.comparatives.contains(next) {
            // "no more than 200 ms", "not longer than a day", "never exceed 1%".
            if next.hasPrefix("exceed") { return true }
            if let afterNext, afterNext == "than" || afterNext.first?.isNumber == true { return true }
        }
        // A cap after a verb: "don't show more than two videos from one channel", "never take longer than 50 ms".
        if i + 3 < clause.upperBound, !Self.isNegator(words[i + 1]), Self.comparatives.contains(words[i + 2]),
           words[i + 3] == "than" || words[i + 3].first?.isNumber == true {
            return true
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

    /// Where a backward-reaching negation stops: the clause start, or a relative pronoun between it
    /// and the cue ("impressions that weren't clicked": "impressions" is not denied).
    private func relativeClauseStart(before i: Int, clause: Range<Int>, words: [String]) -> Int {
        var j = i - 1
        while j >= clause.lowerBound {
            if Self.relativePronouns.contains(words[j]) && j > clause.lowerBound { return j }
            j -= 1
        }
        return clause.lowerBound
    }

    /// Whether a negation waves the topic away (dismiss), sets an alternative aside (reject), or does
    /// neither: describing something ("impressions that were skipped", "data the model never trained
    /// on") or stating a safeguard ("so that we don't show five videos from one channel", "make sure
    /// there is no leakage", "never use future data").
    ///
    /// Dismissals are: a negation followed by a dismissive predicate ("don't need", "no need",
    /// "isn't necessary", "not an issue", "doesn't matter", "won't bother"); a dismissive adjective
    /// ("unnecessary", "overkill"); and a declined action — a negation or "skip"/"ignore" whose
    /// subject is "we", "I" or "you", or at the start of a clause as an imperative ("Don't calibrate",
    /// "Skip the baseline", "No A/B test") — unless what is negated is a hazard or the clause is a purpose.
    /// Rejections are the contrasts "X rather than Y", "instead of Y", "X, not Y".
    private func verdict(_ i: Int, kind: CueKind, clause: Range<Int>, previous: Range<Int>?, context: Context) -> Verdict {
        let words = context.words
        switch kind {
        case .flagOnly:
            // "rather than Y", "instead of Y", "as opposed to Y": Y is the road not taken.
            return ["rather", "instead", "opposed"].contains(words[i]) ? .reject : .none
        case .dismissiveAdjective:
            return .dismiss
        case .dismissiveVerb:
            if isProtected(i, clause: clause, context: context) { return .none }
            if subjectDeclines(i, clause: clause, words: words) || isClauseInitial(i, clause: clause, words: words) {
                return .dismiss
            }
            // Passive with a modal: "cold start can be ignored", "calibration could be skipped".
            return (max(clause.lowerBound, i - 3)..<i).contains { Self.modals.contains(words[$0]) } ? .dismiss : .none
        case .negator:
            if describesLimitation(i, clause: clause, words: words) { return .none }
            if hasDismissivePredicate(after: i, clause: clause, words: words) { return .dismiss }
            if negatesHazard(i, clause: clause, context: context) { return .none }
            if Self.prescriptiveNegators.contains(words[i]) { return .none }
            if isProtected(i, clause: clause, context: context) { return .none }
            switch words[i] {
            case "no", "none", "nothing", "nor", "neither":
                guard isClauseInitial(i, clause: clause, words: words) else { return .none }
                // After a colon a short "no X" is a verdict ("A/B test: no"), a longer one a
                // description ("Cold start: no history for a fifth of users").
                if context.punctuation[clause.lowerBound] == ":", clause.count > 3 { return .none }
                return .dismiss
            case "without":
                if speakerIsSubject(before: i, clause: clause, words: words) { return .dismiss }
                // "We ship it, without an A/B test": the subject is in the clause before the comma.
                if isClauseInitial(i, clause: clause, words: words), let previous,
                   speakerIsSubject(before: previous.upperBound, clause: previous, words: words) {
                    return .dismiss
                }
                return .none
            case "not" where isClauseInitial(i, clause: clause, words: words, openers: Self.contrastOpeners) && previous != nil:
                // "watch time, not clicks", "offline metrics but not an A/B test": a contrast.
                return .reject
            default:
                return subjectDeclines(i, clause: clause, words: words) || isClauseInitial(i, clause: clause, words: words) ? .dismiss : .none
            }
        }
    }

    /// Noun negations reach only the noun phrase after them: "no X", "without X", "rather than X",
    /// "instead of X", and a contrasting "not X" that has no verb of its own.
    private func negatesNounPhrase(_ i: Int, kind: CueKind, clause: Range<Int>, words: [String]) -> Bool {
        switch kind {
        case .flagOnly: return true
        case .dismissiveAdjective, .dismissiveVerb: return false
        case .negator:
            if hasDismissivePredicate(after: i, clause: clause, words: words) { return false }
            if ["no", "without", "none"].contains(words[i]) { return true }
            return words[i] == "not" && !(max(clause.lowerBound, i - 2)..<i).contains { Self.auxiliaries.contains(words[$0]) }
        }
    }

    /// The noun phrase after a cue: optional determiners, then content words (and "and"/"or"/"of"
    /// between them), up to the first other function word or the clause end.
    private func nounPhrase(after i: Int, clause: Range<Int>, words: [String]) -> Range<Int> {
        var j = i + 1
        if j < clause.upperBound, ["of", "than", "to"].contains(words[j]), ["instead", "rather", "opposed"].contains(words[i]) { j += 1 }
        let start = j
        while j < clause.upperBound, Self.nounPhraseOpeners.contains(words[j]) { j += 1 }
        var sawContent = false
        while j < clause.upperBound {
            let word = words[j]
            if !FunctionWords.contains(word) {
                sawContent = true
                j += 1
            } else if sawContent, Self.nounPhraseOpeners.contains(word) {
                // "without running an A/B test": a determiner after a verb keeps the phrase going.
                j += 1
            } else if sawContent, Self.nounPhraseLinks.contains(word), j + 1 < clause.upperBound,
                      !FunctionWords.contains(words[j + 1]) || Self.nounPhraseOpeners.contains(words[j + 1]) {
                j += 1
                while j < clause.upperBound, Self.nounPhraseOpeners.contains(words[j]) { j += 1 }
            } else {
                break
            }
        }
        return start..<max(start, j)
    }

    /// "Logistic regression: can't capture feature interactions", "GBDT doesn't handle new ids": what a
    /// technique cannot do is a trade-off being weighed, not the speaker waving the technique away.
    private func describesLimitation(_ i: Int, clause: Range<Int>, words: [String]) -> Bool {
        guard Self.inabilityNegators.contains(words[i].replacingOccurrences(of: "'", with: "")) else { return false }
        var j = i + 1
        while j < clause.upperBound, Self.limitationFillers.contains(words[j]) { j += 1 }
        return j < clause.upperBound && Self.capabilityVerbs.contains(words[j])
    }

    private static let inabilityNegators: Set<String> = ["cant", "cannot", "couldnt", "doesnt", "dont", "wont", "isnt", "not"]
    private static let limitationFillers: Set<String> = ["be", "really", "easily", "well", "directly", "always", "able", "to", "good", "at"]
    /// Verbs of what a model or method can do ("use" and "need" are choices of the speaker, not abilities).
    private static let capabilityVerbs: Set<String> = [
        "handle", "handles", "capture", "captures", "deal", "learn", "learns", "model", "scale", "scales", "work", "works",
        "train", "generalize", "generalise", "generalizes", "generalises", "adapt", "adapts", "converge", "converges",
        "support", "supports", "exploit", "leverage", "incorporate", "extrapolate", "cope", "fit", "represent", "express",
        "take", "account", "update", "capturing", "handling", "learning", "modeling", "modelling",
    ]

    private func hasDismissivePredicate(after i: Int, clause: Range<Int>, words: [String]) -> Bool {
        (i + 1..<min(clause.upperBound, i + 5)).contains { Self.dismissivePredicates.contains(words[$0]) }
    }

    /// A safeguard or purpose: "make sure … not", "must never", "so that … no", "re-rank so we don't …".
    private func isProtected(_ i: Int, clause: Range<Int>, context: Context) -> Bool {
        let words = context.words
        if (clause.lowerBound..<i).contains(where: { Self.protectiveContext.contains(words[$0]) }) { return true }
        // "so" opens a purpose ("so that", "re-rank so we don't show duplicates") but also a
        // conclusion ("So we won't calibrate.", "it is enough, so we don't run an A/B test").
        guard words[clause.lowerBound] == "so" || (clause.lowerBound + 1 < i && Self.clauseOpeners.contains(words[clause.lowerBound]) && words[clause.lowerBound + 1] == "so") else { return false }
        let so = words[clause.lowerBound] == "so" ? clause.lowerBound : clause.lowerBound + 1
        if so + 1 < words.count, words[so + 1] == "that" { return true }
        let startsSentence = so == 0
        let afterPunctuation = context.punctuation[so] != nil
        return !startsSentence && !afterPunctuation
    }

    /// The negated thing is itself a hazard: "no leakage", "without exceeding", "don't use future data".
    private func negatesHazard(_ i: Int, clause: Range<Int>, context: Context) -> Bool {
        var j = i + 1
        while j < clause.upperBound, j <= i + 4 {
            if Self.hazardStems.contains(context.stems[j]) { return true }
            if !FunctionWords.contains(context.words[j]) && !Self.hazardCarriers.contains(context.words[j]) { return false }
            j += 1
        }
        return false
    }

    /// The subject of the negated verb is the speaker: "we don't", "I will not", "we'd rather not",
    /// "we ship it and don't …". A subject that is something else — "the user didn't click",
    /// "videos that have never been shown", "someone who signed up and has never watched" — makes
    /// the negation a description, not a decision.
    private func subjectDeclines(_ i: Int, clause: Range<Int>, words: [String]) -> Bool {
        var j = i - 1
        while j >= clause.lowerBound, Self.subjectSkippable.contains(words[j]) || Self.isAdverb(words[j]) { j -= 1 }
        guard j >= clause.lowerBound else { return false }
        if Self.decliningSubjects.contains(words[j]) { return true }
        // A second verb sharing an earlier subject: look for the nearest subject before the "and".
        if words[j] == "and" || words[j] == "or" {
            // Two participles joined ("the listings the guest viewed or skipped", "shown and ignored")
            // describe items; they are not a second verb of the speaker's.
            if j > clause.lowerBound, Self.isParticiple(words[i]), Self.isParticiple(words[j - 1]) { return false }
            return speakerIsSubject(before: j, clause: clause, words: words)
        }
        return false
    }

    /// "skipped", "viewed", "shown": a past participle (a regular "-ed" form, or a few irregular ones).
    private static func isParticiple(_ word: String) -> Bool {
        if ["shown", "seen", "given", "taken", "forgotten", "sent", "left"].contains(word) { return true }
        return word.count > 4 && word.hasSuffix("ed") && !word.hasSuffix("eed") && word != "embed"
    }

    /// "-ly" adverbs between a subject and its verb: "we honestly", "I personally", "we safely".
    private static func isAdverb(_ word: String) -> Bool {
        word.count > 4 && word.hasSuffix("ly") && !["only", "family", "supply", "apply", "reply", "rely"].contains(word)
    }

    /// The nearest subject before `i` in the clause is the speaker ("we", "I", "you", "let's"), not a
    /// relative pronoun opening a description ("who", "that", "which").
    private func speakerIsSubject(before i: Int, clause: Range<Int>, words: [String]) -> Bool {
        var j = i - 1
        while j >= clause.lowerBound {
            if Self.decliningSubjects.contains(words[j]) { return true }
            if Self.relativePronouns.contains(words[j]) && j > clause.lowerBound { return false }
            j -= 1
        }
        return false
    }

    /// The cue opens its clause (an imperative or a verdict: "Don't calibrate", "No A/B test").
    private func isClauseInitial(_ i: Int, clause: Range<Int>, words: [String], openers: Set<String> = NegationDetector.clauseOpeners) -> Bool {
        (clause.lowerBound..<i).allSatisfy { openers.contains(words[$0]) }
    }

    /// Longest key, in words, that a "key: verdict" note dismisses ("Privacy: not a concern").
    private static let longestKey = 5

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
    private static let notIdioms: Set<String> = ["only", "just", "merely", "simply", "solely", "purely", "least", "necessarily", "bad"]
    /// Words that restrict ("only the order"); "not" before them denies the restriction.
    private static let restrictors: Set<String> = ["only", "just", "merely", "simply", "solely", "purely"]
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
    /// Negate for red flags: "avoid accuracy", "instead of a random split", "rather than AUC".
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
    /// Pronouns that open a relative clause: a negation after them describes, it does not decide.
    private static let relativePronouns: Set<String> = ["who", "that", "which", "whom", "whose"]
    /// Words between a subject and its negation: auxiliaries, modals and adverbs ("we really don't",
    /// "I would probably not", "we'd rather not").
    private static let subjectSkippable: Set<String> = [
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "have", "has",
        "had", "is", "are", "was", "were", "be", "been", "am", "ought", "need", "really", "just", "also", "still", "even",
        "actually", "probably", "definitely", "certainly", "simply", "usually", "generally", "typically", "honestly",
        "frankly", "obviously", "clearly", "ever", "now", "currently", "initially", "likely", "rather", "better",
        "already", "yet", "therefore", "thus", "then", "personally", "deliberately", "intentionally", "explicitly",
        "basically", "possibly", "perhaps", "maybe", "again", "further",
    ]
    /// Words that may precede an imperative at the start of a clause.
    /// ("but no labels exist for new posts" describes; "but not X" is a contrast, handled apart.)
    private static let clauseOpeners: Set<String> = ["and", "so", "then", "just", "please", "also", "simply"]
    /// Words that may precede a contrasting "not" ("but not Y", "and not Y").
    private static let contrastOpeners: Set<String> = ["and", "but", "or", "just", "also", "definitely", "certainly", "so", "then"]
    /// Determiners and light words a negated noun phrase may start with.
    private static let nounPhraseOpeners: Set<String> = [
        "a", "an", "the", "any", "our", "their", "its", "this", "that", "these", "those", "some", "just", "only",
        "simply", "purely", "even", "much", "many", "more", "separate", "extra", "another",
    ]
    /// Words that join parts of one noun phrase ("an A/B test or a holdout", "the number of clicks").
    private static let nounPhraseLinks: Set<String> = ["and", "or", "of", "nor", "plus", "vs", "versus"]
    private static let modals: Set<String> = ["can", "could", "may", "might", "should", "will", "would", "must"]
    private static let protectiveContext: Set<String> = [
        "ensure", "ensures", "ensuring", "sure", "guarantee", "guarantees", "verify", "check", "careful", "must",
        "should", "prevent", "avoid", "strictly", "important", "critical",
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

// MARK: - Sentence-level stances shared by rubric items and red flags

extension NegationDetector {
    /// Words that judge what a sentence names as wrong for the case ("accuracy = bad metric here",
    /// "accuracy is misleading with 1% positives"): a red flag the sentence names is being rejected,
    /// not committed to.
    static let critiqueWords: Set<String> = [
        "bad", "misleading", "misleads", "mislead", "useless", "meaningless", "wrong", "poor", "pitfall", "trap",
        "inappropriate", "unsuitable", "insufficient", "flawed", "broken", "fooled", "naive", "avoid", "avoided",
    ]

    /// Openers of a scoping statement ("For simplicity, no personalization", "Out of scope: ads"): the
    /// candidate decides what to leave out, which is not waving a topic away.
    static let scopingPhrases: [[String]] = [
        ["for", "simplicity"], ["to", "keep", "it", "simple"], ["keep", "it", "simple"], ["out", "of", "scope"],
        ["not", "in", "scope"], ["for", "now"], ["for", "v1"], ["in", "v1"], ["for", "the", "first", "version"],
        ["scope"], ["scoping"], ["simplify"], ["simplifying"],
    ]

    /// Words that announce a decision among options listed before ("Choice: watch time", "-> go with LTR").
    static let choiceWords: Set<String> = [
        "choose", "chose", "chosen", "choice", "pick", "picked", "prefer", "preferred", "decide", "decided", "decision",
        "winner", "settle", "settled",
    ]

    /// A critique word the sentence does not itself negate ("it is not misleading at all" praises).
    static func isCritique(_ words: [String], negatedBy: [Int]) -> Bool {
        words.indices.contains { critiqueWords.contains(words[$0]) && (negatedBy.indices.contains($0) ? negatedBy[$0] < 0 : true) }
    }

    static func isScoping(_ words: [String]) -> Bool {
        scopingPhrases.contains { phrase in
            words.count >= phrase.count && (0...(words.count - phrase.count)).contains { start in
                phrase.indices.allSatisfy { words[start + $0] == phrase[$0] }
            }
        }
    }

    /// A decision among options: a choice word, or an arrow ("->", "=>", "→") in the raw text.
    static func isChoice(_ words: [String], text: String) -> Bool {
        if words.contains(where: { choiceWords.contains($0) }) || text.contains("->") || text.contains("=>") || text.contains("→") { return true }
        let lowered = text.lowercased()
        return choiceOpeners.contains { lowered.hasPrefix($0) } || choicePhrases.contains { lowered.contains($0) }
    }

    /// Labels that introduce the option taken: "Recommendation: start with GBDT", "Final: two-tower".
    static let choiceOpeners = ["recommendation:", "recommended:", "final:", "final choice", "final answer", "conclusion:", "verdict:", "selected:"]
    /// "I'd go with", "we'll go with", "going with", "let's go with", "settle on".
    static let choicePhrases = ["go with ", "going with ", "settle on ", "opt for ", "we'll use ", "i'll use ", "i would use ", "i'd use "]
}
