import Foundation
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
        case negated, rejected, listed, restated, label, question, otherPhase
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

    /// A mention of a rubric item: where, the hit, and — for the core part of an `all` matched
    /// without the rest — what is missing.
    typealias Mention = (sentence: Int, hit: SignalHit, partialLift: String?)

    func score() -> PhaseScore {
        let matchers = sentences.map { SentenceMatcher(model: model, sentence: $0) }

        // Answer-level guards.
        let totalWords = sentences.reduce(0) { $0 + $1.termCount }
        // Bare terms on lines of their own form a list when there are several of them.
        let bareTermsFormList = sentences.filter(\.isBareTerm).count >= 2
        func isListed(_ sentence: AnalyzedSentence) -> Bool { sentence.isListLike || (bareTermsFormList && sentence.isBareTerm) }
        let listWords = sentences.filter(isListed).reduce(0) { $0 + $1.termCount }
        let isList = totalWords > 0 && Double(listWords) >= KeywordSaladDetector.saladShare * Double(totalWords)
        func isListEntry(_ s: Int) -> Bool { isList && (isListed(sentences[s]) || sentences[s].isShortLine) }

        let hits = mentions(matchers)
        func baseBlock(_ s: Int) -> Block? {
            if sentences[s].isRestatement || sentences[s].isEcho { return .restated }
            if sentences[s].isLabel { return .label }
            // Asking is answering only in Clarify: "Do we need continual training?" in Deploy says nothing.
            if sentences[s].isQuestion && phase != .clarify { return .question }
            return nil
        }
        // A list of this phase's terms earns named credit; keyword salad — terms scattered over other
        // phases' topics — earns nothing.
        let isSalad = isList && listIsScattered(hits, isListEntry: isListEntry, baseBlock: baseBlock)
        func sentenceBlock(_ s: Int) -> Block? {
            if let block = baseBlock(s) { return block }
            if isSalad && isListEntry(s) { return .listed }
            return nil
        }
        func isCredited(_ entry: Mention) -> Bool {
            entry.partialLift == nil && !entry.hit.isWithheld && sentenceBlock(entry.sentence) == nil
        }

        // Wrong phase: another phase's items dominate; its sentences earn this phase only named credit.
        var notes: [String] = []
        let (offPhase, rival) = offPhaseSentences(hits, isCredited: isCredited, notes: &notes)
        if isList {
            notes.append(isSalad
                ? "Mostly a list of terms (\(listWords) of \(totalWords) words), scattered over other phases' topics: "
                    + "naming a topic is not explaining it, so items that appear only in the list earn no credit."
                : "Mostly a list of terms (\(listWords) of \(totalWords) words): each relevant term earns partial (named) "
                    + "credit; say what it does and why for full credit.")
        }
        if restates {
            let echoes = sentences.contains { $0.isEcho && !$0.isRestatement }
            notes.append(echoes
                ? "Mostly repeats the case study's own questions or rubric; asking them is not answering them, so those sentences earn no credit."
                : "Mostly restates the question; sentences that repeat the prompt earn no credit.")
        }
        if sentences.allSatisfy({ $0.terms.isEmpty }) { notes.append("No answer was given for this phase.") }

        // Rubric items of this phase.
        let judge = ItemCreditJudge(model: model, phase: phase)
        var items: [ItemResult] = []
        var dismissed: [(RubricItem, Evidence)] = []
        var earnedWeight = 0.0
        var coveredWeight = 0.0
        var totalWeight = 0.0
        for (item, itemHits) in zip(model.items(of: phase), hits[phase] ?? []) {
            totalWeight += item.item.weight
            var result = ItemResult(
                id: item.item.id, description: item.item.description, weight: item.item.weight, matched: false,
                evidence: nil, hint: item.item.hint, why: item.item.why)
            var best: (judgement: ItemCreditJudge.Judgement, entry: Mention)?
            for entry in itemHits where !entry.hit.isWithheld && sentenceBlock(entry.sentence) == nil {
                var judgement: ItemCreditJudge.Judgement
                if let lift = entry.partialLift {
                    judgement = .init(level: .named, lift: lift)
                } else {
                    judgement = judge.judge(item, sentence: sentences[entry.sentence], context: context(of: entry.sentence, matchers),
                                            isListEntry: isListEntry(entry.sentence))
                }
                if offPhase.contains(entry.sentence) {
                    judgement = .init(level: .named, lift: "say how it bears on \(phase.title)", scale: ItemCreditJudge.weakNamedScale)
                } else if judgement.level == .named && isListEntry(entry.sentence) && !hasHeading(entry.sentence) {
                    judgement.scale = ItemCreditJudge.weakNamedScale
                }
                if best == nil || Self.credit(judgement, item.item) > Self.credit(best!.judgement, item.item) { best = (judgement, entry) }
                if judgement.level == .covered { break }
            }
            if let best {
                result.level = best.judgement.level
                result.matched = best.judgement.level == .covered
                result.credit = Self.credit(best.judgement, item.item)
                result.lift = best.judgement.lift
                result.evidence = evidence(best.entry.sentence, best.entry.hit)
                earnedWeight += item.item.weight * result.credit
                if result.level == .covered { coveredWeight += item.item.weight }
            } else if itemHits.isEmpty, !isSalad, let (s, hit) = topicMention(of: item, offPhase: offPhase, isBlocked: { sentenceBlock($0) != nil }) {
                // Said in other words: named credit at most (see `TopicOverlap`).
                result.level = .named
                result.credit = item.item.namedShare * ItemCreditJudge.weakNamedScale
                result.lift = "name it plainly and say what it does and why"
                result.evidence = evidence(s, hit)
                earnedWeight += item.item.weight * result.credit
            } else {
                let blocked = itemHits.filter { $0.partialLift == nil }.map { entry -> (Block, Int, SignalHit) in
                    let block: Block = entry.hit.dismissedBy >= 0 ? .negated
                        : entry.hit.rejectedBy >= 0 ? .rejected : sentenceBlock(entry.sentence) ?? .otherPhase
                    return (block, entry.sentence, entry.hit)
                }.min { $0.0 < $1.0 }
                if let (block, s, hit) = blocked {
                    result.evidence = evidence(s, hit)
                    result.note = note(for: block, sentence: sentences[s], hit: hit, other: rival)
                    // Scoping ("For simplicity, no personalization") is a decision, not a dismissal.
                    if block == .negated && !NegationDetector.isScoping(sentences[s].terms.map(\.text)) {
                        dismissed.append((item.item, evidence(s, hit)))
                    }
                }
            }
            items.append(result)
        }

        let redFlags = flagsFired(matchers) + dismissed.map { item, evidence in
            // Waving away a topic the rubric expects is worse than leaving it out: a small penalty each.
            RedFlagHit(
                id: "dismisses-\(item.id)", description: "Dismisses a point the interviewer expects: \(item.description)",
                penalty: Self.dismissalPenalty, evidence: evidence,
                why: "Saying it does not matter, without a reason from the facts of the case, reads as not knowing why it does. " + item.why)
        }
        let share = totalWeight > 0 ? Self.graded(earned: earnedWeight, covered: coveredWeight, total: totalWeight) : 0
        let penalty = redFlags.reduce(0) { $0 + $1.penalty }
        let score = min(100, max(0, Int((share * 100).rounded()) - penalty))
        return PhaseScore(phase: phase, score: score, verdict: Verdict(score: score), items: items, redFlags: redFlags, notes: notes)
    }

    /// Every mention of every item of every phase in every sentence, by phase and item. Only items with
    /// a word or number present in a sentence can match it, so each sentence is checked against those alone.
    private func mentions(_ matchers: [SentenceMatcher]) -> [Phase: [[Mention]]] {
        let judge = ItemCreditJudge(model: model, phase: phase)
        var hitsByItem = Array(repeating: [Mention](), count: model.allItems.count)
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
                let item = model.item(model.allItems[number])
                let ownHit = matchers[s].best(of: item.signals, mode: .credit)
                if let hit = ownHit, !hit.isWithheld {
                    hitsByItem[number].append((s, hit, nil))
                } else if let hit = matchers[s].best(of: item.signals, within: sentences[s].ancestors.map { matchers[$0] }) {
                    hitsByItem[number].append((s, hit, nil))
                } else if let hit = ownHit {
                    hitsByItem[number].append((s, hit, nil))
                } else if model.allItems[number].phase == phase, let partial = judge.partialHit(item, matcher: matchers[s]) {
                    hitsByItem[number].append((s, partial.hit, partial.lift))
                }
            }
        }
        var hits: [Phase: [[Mention]]] = [:]
        for p in Phase.allCases { hits[p] = [] }
        for (number, reference) in model.allItems.enumerated() { hits[reference.phase]!.append(hitsByItem[number]) }
        return hits
    }

    /// The first sentence that names `item` in other words than its signals (see `TopicOverlap`): not
    /// blocked, not about another phase, and not negated where the shared words are.
    private func topicMention(of item: ScoringModel.Item, offPhase: Set<Int>, isBlocked: (Int) -> Bool) -> (Int, SignalHit)? {
        guard let number = model.allItems.firstIndex(where: { $0.phase == phase && model.item($0).item.id == item.item.id }) else { return nil }
        for s in sentences.indices where !isBlocked(s) && !offPhase.contains(s) {
            let sentence = sentences[s]
            guard let positions = model.topics.match(item: number, stems: sentence.stems, isContent: { i in
                let term = sentence.terms[i]
                return sentence.negation.dismissedBy[i] < 0 && sentence.negation.rejectedBy[i] < 0
                    && (term.kind == .number || (term.kind == .word && !FunctionWords.contains(term.text)))
            }) else { continue }
            return (s, SignalHit(first: positions.first!, last: positions.last!, dismissedBy: -1, negatedBy: -1))
        }
        return nil
    }

    /// Whether the list entries of a list answer name more of other phases' items than of this
    /// phase's (or none of this phase's): keyword salad rather than terse notes.
    private func listIsScattered(_ hits: [Phase: [[Mention]]], isListEntry: (Int) -> Bool, baseBlock: (Int) -> Block?) -> Bool {
        func named(_ p: Phase) -> Int {
            (hits[p] ?? []).filter { entries in
                // Only full matches count: the core word of an `all` alone is too loose a sign of topic.
                entries.contains { $0.partialLift == nil && !$0.hit.isWithheld && isListEntry($0.sentence) && baseBlock($0.sentence) == nil }
            }.count
        }
        let own = named(phase)
        let others = Phase.allCases.filter { $0 != phase }.reduce(0) { $0 + named($1) }
        return own == 0 || Double(others) > Self.saladOtherShare * Double(own)
    }

    /// A list naming more than this many other phases' items per own item is keyword salad.
    static let saladOtherShare = 1.0

    /// The sentences of another, dominant phase (noted in `notes`), and that phase.
    private func offPhaseSentences(
        _ hits: [Phase: [[Mention]]], isCredited: (Mention) -> Bool, notes: inout [String]
    ) -> (Set<Int>, Phase?) {
        func coveredCount(_ p: Phase) -> Int { (hits[p] ?? []).filter { $0.contains(where: isCredited) }.count }
        func coveredShare(_ p: Phase) -> Double {
            let items = model.items(of: p)
            let total = items.reduce(0) { $0 + $1.item.weight }
            guard total > 0 else { return 0 }
            let covered = zip(items, hits[p] ?? []).filter { $0.1.contains(where: isCredited) }.reduce(0) { $0 + $1.0.item.weight }
            return covered / total
        }
        var offPhase = Set<Int>()
        let ownShare = coveredShare(phase)
        let rival = Phase.allCases.filter { $0 != phase }.map { ($0, coveredShare($0)) }.max { $0.1 < $1.1 }
        if let (other, share) = rival, share >= Self.dominantShare, share >= Self.dominanceRatio * ownShare,
           coveredCount(other) >= Self.dominantItems || share >= Self.clearlyDominantShare {
            let theirs = creditedItemsPerSentence(hits[other] ?? [], isCredited: isCredited)
            let ours = creditedItemsPerSentence(hits[phase] ?? [], isCredited: isCredited)
            for s in sentences.indices where theirs[s] >= 1 && theirs[s] >= ours[s] { offPhase.insert(s) }
            if !offPhase.isEmpty {
                notes.append(
                    "Reads as an answer for the \(other.title) phase (it covers \(coveredCount(other)) of that phase's "
                        + "\(model.items(of: other).count) items); sentences about it earn at most partial credit in \(phase.title).")
            }
        }
        return (offPhase, rival?.0)
    }

    /// Red flags: any unnegated match in a sentence that is not a restatement and has no `unless`.
    private func flagsFired(_ matchers: [SentenceMatcher]) -> [RedFlagHit] {
        var redFlags: [RedFlagHit] = []
        for flag in model.flags(of: phase) {
            for s in sentences.indices where !sentences[s].isRestatement && !sentences[s].isEcho {
                guard let hit = matchers[s].best(of: flag.signals, mode: .flag), hit.negatedBy < 0, hit.rejectedBy < 0,
                      !isNotCommitment(s, matchers[s], flag.signals) else { continue }
                // A mitigation only counts when it is stated, not negated: "only the order matters, so we
                // don't need calibration" still fires the order-only flag.
                if !flag.unless.isEmpty, let mitigation = matchers[s].best(of: flag.unless, mode: .flag), mitigation.negatedBy < 0 { continue }
                redFlags.append(RedFlagHit(
                    id: flag.flag.id, description: flag.flag.description, penalty: flag.flag.penalty,
                    evidence: evidence(s, hit), why: flag.flag.why))
                break
            }
        }
        return redFlags
    }

    /// A sentence that names a red flag without committing to it: it rejects it somewhere ("NOT accuracy -
    /// 99% accuracy by predicting no click"), judges it ("accuracy = bad metric here"), scopes ("For
    /// simplicity, …"), or lists it as an option before a choice made later ("Options:" / "- maximise
    /// clicks" / "- maximise completions" / "Choice: watch time").
    private func isNotCommitment(_ s: Int, _ matcher: SentenceMatcher, _ signals: [CompiledSignal]) -> Bool {
        let words = sentences[s].terms.map(\.text)
        if let rejected = matcher.best(of: signals, mode: .rejection), rejected.negatedBy >= 0 || rejected.rejectedBy >= 0 { return true }
        if NegationDetector.isCritique(words, negatedBy: sentences[s].negation.negatedBy) || NegationDetector.isScoping(words) { return true }
        let isOption = sentences[s].sentence.isLine || words.contains("or") || sentences[s].isQuestion
        return isOption && sentences[(s + 1)...].contains { NegationDetector.isChoice($0.terms.map(\.text), text: $0.sentence.text) }
            || NegationDetector.isChoice(words, text: sentences[s].sentence.text) && words.contains("or")
    }

    /// The sentence's matcher, then those of the heading it sits under and of its sibling lines
    /// (bullets under one heading are read as one context: "Latency:" / "- p99 under 100 ms").
    private func context(of s: Int, _ matchers: [SentenceMatcher]) -> [SentenceMatcher] {
        guard sentences[s].sentence.isLine else { return [matchers[s]] }
        var result = [matchers[s]]
        var i = s - 1
        while i >= 0, sentences[i].sentence.isLine, s - i <= Self.contextLines {
            result.append(matchers[i])
            if sentences[i].isHeading { break }
            i -= 1
        }
        var j = s + 1
        while j < sentences.count, sentences[j].sentence.isLine, !sentences[j].isHeading, j - s <= Self.contextLines {
            result.append(matchers[j])
            j += 1
        }
        return result
    }

    /// The share of the rubric earned, on the grading guide's scale. Interviewers grade coverage
    /// concavely — a third of the checklist explained is "some key points" (40–59), not 33 — so the
    /// share of weight fully covered is lifted by a power curve; named-only credit (a bare list of the
    /// right terms, "named, not explained") stays linear, so keyword salad is not lifted.
    static func graded(earned: Double, covered: Double, total: Double) -> Double {
        let coveredShare = covered / total
        return min(1, earned / total + Foundation.pow(coveredShare, coverageCurve) - coveredShare)
    }

    /// The exponent of that curve (1 would be linear).
    static let coverageCurve = 0.8

    static func credit(_ judgement: ItemCreditJudge.Judgement, _ item: RubricItem) -> Double {
        switch judgement.level {
        case .covered: 1
        case .named: item.namedShare * judgement.scale
        case .none: 0
        }
    }

    /// Whether a line sits under a heading ("Metrics:", "## Evaluate", a table header).
    private func hasHeading(_ s: Int) -> Bool {
        var i = s - 1
        while i >= 0, sentences[i].sentence.isLine {
            if sentences[i].isHeading { return true }
            i -= 1
        }
        return false
    }

    /// Lines either side of a line read as its context.
    static let contextLines = 6

    /// How many items have a credited hit in each sentence.
    private func creditedItemsPerSentence(
        _ itemHits: [[Mention]], isCredited: (Mention) -> Bool
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
            return "only named in a keyword list scattered over other phases' topics, not explained"
        case .label:
            return "only in a heading or label, which names a topic without saying anything about it"
        case .question:
            return "only asked as a question; outside Clarify a question earns no credit"
        case .restated:
            return sentence.isEcho && !sentence.isRestatement
                ? "only in a sentence that echoes the case study's own questions or rubric"
                : "only in a sentence that restates the question"
        case .otherPhase:
            return "only in a sentence about the \(other?.title ?? "another") phase"
        }
    }
}
