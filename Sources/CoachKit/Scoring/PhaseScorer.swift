/// Scores one phase answer: matches every rubric item of every phase against every sentence
/// (other phases' items are needed to notice an answer that belongs to another phase), applies the
/// guards — negation, keyword salad, restatement, wrong phase — and turns what is left into a
/// `PhaseScore` with evidence for each point.
struct PhaseScorer {
    let model: ScoringModel
    let phase: Phase
    let sentences: [AnalyzedSentence]

    init(model: ScoringModel, phase: Phase, sentences: [AnalyzedSentence]) {
        self.model = model
        self.phase = phase
        // In an answer that mostly restates the question, looser echoes of the statement are restatements too.
        let totalContent = sentences.reduce(0) { $0 + $1.contentCount }
        let restatedContent = sentences.filter { $0.isRestatement || $0.isEcho }.reduce(0) { $0 + $1.contentCount }
        let restates = totalContent > 0 && Double(restatedContent) >= RestatementDetector.restatementShare * Double(totalContent)
        self.restates = restates
        self.sentences = !restates ? sentences : sentences.map { sentence in
            var sentence = sentence
            sentence.isRestatement = RestatementDetector().isRestatement(
                overlap: sentence.statementOverlap, contentWords: sentence.contentCount, isQuestion: sentence.isQuestion,
                threshold: RestatementDetector.overlapInRestatingAnswer)
            return sentence
        }
    }

    /// The answer mostly restates the question.
    private let restates: Bool

    /// Why a hit earned no credit, in the order they are reported.
    private enum Block: Comparable {
        case negated, rejected, listed, restated, otherPhase
    }

    /// Points off for each rubric item the answer mentions only to dismiss it.
    static let dismissalPenalty = 5

    /// Another phase "dominates" when its covered share is at least this…
    static let dominantShare = 0.34
    /// …with at least this many of its items (two loose matches in a genuine sentence are not enough
    /// evidence), or a share of at least `clearlyDominantShare`…
    static let dominantItems = 3
    static let clearlyDominantShare = 0.5
    /// …and at least this many times the answered phase's own share.
    static let dominanceRatio = 2.0

    func score() -> PhaseScore {
        let matchers = sentences.map { SentenceMatcher(model: model, sentence: $0) }

        // Answer-level guards.
        let totalWords = sentences.reduce(0) { $0 + $1.termCount }
        // Bare terms on lines of their own form a list when there are several of them.
        let bareTermsFormList = sentences.filter(\.isBareTerm).count >= 2
        func isListed(_ sentence: AnalyzedSentence) -> Bool { sentence.isListLike || (bareTermsFormList && sentence.isBareTerm) }
        let listWords = sentences.filter(isListed).reduce(0) { $0 + $1.termCount }
        let isSalad = totalWords > 0 && Double(listWords) >= KeywordSaladDetector.saladShare * Double(totalWords)

        func sentenceBlock(_ s: Int) -> Block? {
            if sentences[s].isRestatement || sentences[s].isEcho { return .restated }
            // In an answer that is a list, its short lines are list items too ("- learning to rank").
            if isSalad && (isListed(sentences[s]) || sentences[s].isShortLine) { return .listed }
            return nil
        }

        // Best hit of every item of every phase in every sentence. Only items with a word or number
        // present in a sentence can match it, so each sentence is checked against those alone.
        var hitsByItem = Array(repeating: [(sentence: Int, hit: SignalHit)](), count: model.allItems.count)
        var isCandidate = [Bool](repeating: false, count: model.allItems.count)
        for s in sentences.indices {
            var candidates: [Int] = []
            func consider(_ number: Int) {
                if !isCandidate[number] { isCandidate[number] = true; candidates.append(number) }
            }
            for phrase in matchers[s].matchedPhrases { for number in model.itemsByPhrase[phrase] { consider(number) } }
            if !sentences[s].quantities.isEmpty { for number in model.quantityItems { consider(number) } }
            for number in candidates {
                isCandidate[number] = false
                if let hit = matchers[s].best(of: model.item(model.allItems[number]).signals, mode: .credit) {
                    hitsByItem[number].append((s, hit))
                }
            }
        }
        var hits: [Phase: [[(sentence: Int, hit: SignalHit)]]] = [:]
        for p in Phase.allCases { hits[p] = [] }
        for (number, reference) in model.allItems.enumerated() { hits[reference.phase]!.append(hitsByItem[number]) }
        func isCredited(_ entry: (sentence: Int, hit: SignalHit)) -> Bool {
            !entry.hit.isWithheld && sentenceBlock(entry.sentence) == nil
        }
        func coveredCount(_ p: Phase) -> Int { (hits[p] ?? []).filter { $0.contains(where: isCredited) }.count }
        func coveredShare(_ p: Phase) -> Double {
            let items = model.items(of: p)
            let total = items.reduce(0) { $0 + $1.item.weight }
            guard total > 0 else { return 0 }
            let covered = zip(items, hits[p] ?? []).filter { $0.1.contains(where: isCredited) }.reduce(0) { $0 + $1.0.item.weight }
            return covered / total
        }

        // Wrong phase: another phase's items dominate; its sentences earn this phase nothing.
        var notes: [String] = []
        var offPhase = Set<Int>()
        let ownShare = coveredShare(phase)
        let rival = Phase.allCases.filter { $0 != phase }.map { ($0, coveredShare($0)) }.max { $0.1 < $1.1 }
        if let (other, share) = rival, share >= Self.dominantShare, share >= Self.dominanceRatio * ownShare,
           coveredCount(other) >= Self.dominantItems || share >= Self.clearlyDominantShare {
            let theirs = creditedItemsPerSentence(hits[other] ?? [], isCredited: isCredited)
            let ours = creditedItemsPerSentence(hits[phase] ?? [], isCredited: isCredited)
            for s in sentences.indices where theirs[s] >= 1 && theirs[s] >= ours[s] { offPhase.insert(s) }
            if !offPhase.isEmpty {
                let covered = coveredCount(other)
                notes.append(
                    "Reads as an answer for the \(other.title) phase (it covers \(covered) of that phase's "
                        + "\(model.items(of: other).count) items); sentences about it earn no credit in \(phase.title).")
            }
        }
        if isSalad {
            notes.append(
                "Mostly a list of terms (\(listWords) of \(totalWords) words): naming a topic is not explaining it, "
                    + "so items that appear only in the list earn no credit.")
        }
        if restates {
            let echoes = sentences.contains { $0.isEcho && !$0.isRestatement }
            notes.append(echoes
                ? "Mostly repeats the case study's own questions or rubric; asking them is not answering them, so those sentences earn no credit."
                : "Mostly restates the question; sentences that repeat the prompt earn no credit.")
        }
        if totalWords == 0 { notes.append("No answer was given for this phase.") }

        // Rubric items of this phase.
        var items: [ItemResult] = []
        var dismissed: [(RubricItem, Evidence)] = []
        var coveredWeight = 0.0
        var totalWeight = 0.0
        for (item, itemHits) in zip(model.items(of: phase), hits[phase] ?? []) {
            totalWeight += item.item.weight
            var result = ItemResult(
                id: item.item.id, description: item.item.description, weight: item.item.weight, matched: false,
                evidence: nil, hint: item.item.hint, why: item.item.why)
            if let credited = itemHits.first(where: { isCredited($0) && !offPhase.contains($0.sentence) }) {
                result.matched = true
                result.evidence = evidence(credited.sentence, credited.hit)
                coveredWeight += item.item.weight
            } else {
                let blocked = itemHits.map { entry -> (Block, Int, SignalHit) in
                    let block: Block = entry.hit.dismissedBy >= 0 ? .negated
                        : entry.hit.rejectedBy >= 0 ? .rejected : sentenceBlock(entry.sentence) ?? .otherPhase
                    return (block, entry.sentence, entry.hit)
                }.min { $0.0 < $1.0 }
                if let (block, s, hit) = blocked {
                    result.evidence = evidence(s, hit)
                    result.note = note(for: block, sentence: sentences[s], hit: hit, other: rival?.0)
                    if block == .negated { dismissed.append((item.item, evidence(s, hit))) }
                }
            }
            items.append(result)
        }

        // Red flags: any unnegated match in a sentence that is not a restatement and has no `unless`.
        var redFlags: [RedFlagHit] = []
        for flag in model.flags(of: phase) {
            for s in sentences.indices where !sentences[s].isRestatement && !sentences[s].isEcho {
                guard let hit = matchers[s].best(of: flag.signals, mode: .flag), hit.negatedBy < 0 else { continue }
                // A mitigation only counts when it is stated, not negated: "only the order matters, so we
                // don't need calibration" still fires the order-only flag.
                if !flag.unless.isEmpty, let mitigation = matchers[s].best(of: flag.unless, mode: .flag), mitigation.negatedBy < 0 { continue }
                redFlags.append(RedFlagHit(
                    id: flag.flag.id, description: flag.flag.description, penalty: flag.flag.penalty,
                    evidence: evidence(s, hit), why: flag.flag.why))
                break
            }
        }

        // Waving away a topic the rubric expects is worse than leaving it out: a small penalty each.
        for (item, evidence) in dismissed {
            redFlags.append(RedFlagHit(
                id: "dismisses-\(item.id)", description: "Dismisses a point the interviewer expects: \(item.description)",
                penalty: Self.dismissalPenalty, evidence: evidence,
                why: "Saying it does not matter, without a reason from the facts of the case, reads as not knowing why it does. " + item.why))
        }

        let share = totalWeight > 0 ? coveredWeight / totalWeight : 0
        let penalty = redFlags.reduce(0) { $0 + $1.penalty }
        let score = min(100, max(0, Int((share * 100).rounded()) - penalty))
        return PhaseScore(phase: phase, score: score, verdict: Verdict(score: score), items: items, redFlags: redFlags, notes: notes)
    }

    /// How many items have a credited hit in each sentence.
    private func creditedItemsPerSentence(
        _ itemHits: [[(sentence: Int, hit: SignalHit)]], isCredited: ((sentence: Int, hit: SignalHit)) -> Bool
    ) -> [Int] {
        var counts = Array(repeating: 0, count: sentences.count)
        for entries in itemHits {
            var seen = Set<Int>()
            for entry in entries where isCredited(entry) && seen.insert(entry.sentence).inserted { counts[entry.sentence] += 1 }
        }
        return counts
    }

    private func evidence(_ s: Int, _ hit: SignalHit) -> Evidence {
        let sentence = sentences[s]
        let start = sentence.terms[hit.first].start
        let end = sentence.terms[hit.last].end
        return Evidence(sentence: sentence.sentence.text, sentenceStart: sentence.sentence.start, matchStart: start, matchLength: end - start)
    }

    private func note(for block: Block, sentence: AnalyzedSentence, hit: SignalHit, other: Phase?) -> String {
        switch block {
        case .negated:
            let cue = sentence.terms[hit.dismissedBy].text
            return "negated: the sentence dismisses it (“\(cue)”), so it earns no credit"
        case .rejected:
            let cue = sentence.terms[hit.rejectedBy].text
            return "set aside: the sentence prefers something else to it (“\(cue)”), so it earns no credit"
        case .listed:
            return "only named in a list of terms, not explained"
        case .restated:
            return sentence.isEcho && !sentence.isRestatement
                ? "only in a sentence that echoes the case study's own questions or rubric"
                : "only in a sentence that restates the question"
        case .otherPhase:
            return "only in a sentence about the \(other?.title ?? "another") phase"
        }
    }
}
