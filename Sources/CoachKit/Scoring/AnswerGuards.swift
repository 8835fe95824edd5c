/// The answer-level guards of one phase answer, decided before any item is credited: which sentences
/// are entries of a list, whether that list is keyword salad (terms scattered over other phases'
/// topics), which sentences earn nothing (restatements, labels, questions outside Clarify), and which
/// belong to another phase that dominates the answer. Also the notes that explain them in the report.
struct AnswerGuards {
    let isSalad: Bool
    /// Per sentence: an entry of a list answer (named credit at most).
    let isListEntry: [Bool]
    /// Per sentence: why it earns nothing whatever it says, if it earns nothing.
    private let baseBlocks: [PhaseScorer.Block?]
    /// Sentences about another, dominant phase: named credit at most in this one.
    let offPhase: Set<Int>
    /// The phase whose items the answer covers best after this one.
    let rival: Phase?
    let notes: [String]

    typealias Mention = PhaseScorer.Mention

    /// Another phase "dominates" when its covered share is at least this…
    static let dominantShare = 0.34
    /// …with at least this many of its items (two loose matches in a genuine sentence are not enough
    /// evidence), or a share of at least `clearlyDominantShare`…
    static let dominantItems = 3
    static let clearlyDominantShare = 0.5
    /// …and at least this many times the answered phase's own share.
    static let dominanceRatio = 2.0
    /// A list naming more than this many other phases' items per own item is keyword salad…
    static let saladOtherShare = 1.0
    /// …when it names at least this many other phases' items.
    static let saladMinimumOthers = 3

    init(phase: Phase, sentences: [AnalyzedSentence], model: ScoringModel, hits: [Phase: [[Mention]]], restates: Bool) {
        let totalWords = sentences.reduce(0) { $0 + $1.termCount }
        // Bare terms on lines of their own form a list when there are several of them.
        let bareTermsFormList = sentences.filter(\.isBareTerm).count >= 2
        func isListed(_ sentence: AnalyzedSentence) -> Bool { sentence.isListLike || (bareTermsFormList && sentence.isBareTerm) }
        let listWords = sentences.filter(isListed).reduce(0) { $0 + $1.termCount }
        let isList = totalWords > 0 && Double(listWords) >= KeywordSaladDetector.saladShare * Double(totalWords)
        let isListEntry = sentences.map { isList && (isListed($0) || $0.isShortLine) }
        let baseBlocks = sentences.map { sentence -> PhaseScorer.Block? in
            if sentence.isRestatement || sentence.isEcho { return .restated }
            if sentence.isLabel { return .label }
            // Asking is answering only in Clarify: "Do we need continual training?" in Deploy says nothing.
            if sentence.isQuestion && phase != .clarify { return .question }
            return nil
        }
        // A list of this phase's terms earns named credit; keyword salad earns nothing.
        let isSalad = isList && Self.isScattered(hits, phase: phase, isListEntry: isListEntry, baseBlocks: baseBlocks)
        func isCredited(_ entry: Mention) -> Bool {
            entry.partialLift == nil && !entry.hit.isWithheld && baseBlocks[entry.sentence] == nil
                && !(isSalad && isListEntry[entry.sentence])
        }
        var notes: [String] = []
        let (offPhase, rival) = Self.offPhaseSentences(
            hits, phase: phase, sentenceCount: sentences.count, model: model, isCredited: isCredited, notes: &notes)
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
        self.isSalad = isSalad
        self.isListEntry = isListEntry
        self.baseBlocks = baseBlocks
        self.offPhase = offPhase
        self.rival = rival
        self.notes = notes
    }

    /// Why sentence `s` earns nothing, or nil when it may earn credit.
    func block(_ s: Int) -> PhaseScorer.Block? {
        if let block = baseBlocks[s] { return block }
        return isSalad && isListEntry[s] ? .listed : nil
    }

    /// Whether the list entries of a list answer name more of other phases' items than of this
    /// phase's (or none of this phase's): keyword salad rather than terse notes.
    private static func isScattered(
        _ hits: [Phase: [[Mention]]], phase: Phase, isListEntry: [Bool], baseBlocks: [PhaseScorer.Block?]
    ) -> Bool {
        func counts(_ entry: Mention) -> Bool {
            // Only full matches count: the core word of an `all` alone is too loose a sign of topic.
            entry.partialLift == nil && !entry.hit.isWithheld && isListEntry[entry.sentence] && baseBlocks[entry.sentence] == nil
        }
        let ownMentions = (hits[phase] ?? []).flatMap { $0.filter(counts) }
        // Words this phase's items use too ("log loss" is a training loss and a metric) are shared, not scattered.
        func isShared(_ entry: Mention) -> Bool {
            ownMentions.contains { $0.sentence == entry.sentence && $0.hit.first <= entry.hit.last && entry.hit.first <= $0.hit.last }
        }
        let own = (hits[phase] ?? []).filter { $0.contains(where: counts) }.count
        let others = Phase.allCases.filter { $0 != phase }.reduce(0) { total, p in
            total + (hits[p] ?? []).filter { $0.contains { counts($0) && !isShared($0) } }.count
        }
        // One or two other phases' terms are too few to call scattered.
        return others >= saladMinimumOthers && (own == 0 || Double(others) > saladOtherShare * Double(own))
    }

    /// The sentences of another, dominant phase (noted in `notes`), and the best-covered other phase.
    private static func offPhaseSentences(
        _ hits: [Phase: [[Mention]]], phase: Phase, sentenceCount: Int, model: ScoringModel,
        isCredited: (Mention) -> Bool, notes: inout [String]
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
        if let (other, share) = rival, share >= dominantShare, share >= dominanceRatio * ownShare,
           coveredCount(other) >= dominantItems || share >= clearlyDominantShare {
            let theirs = creditedItemsPerSentence(hits[other] ?? [], sentenceCount: sentenceCount, isCredited: isCredited)
            let ours = creditedItemsPerSentence(hits[phase] ?? [], sentenceCount: sentenceCount, isCredited: isCredited)
            for s in 0..<sentenceCount where theirs[s] >= 1 && theirs[s] >= ours[s] { offPhase.insert(s) }
            if !offPhase.isEmpty {
                notes.append(
                    "Reads as an answer for the \(other.title) phase (it covers \(coveredCount(other)) of that phase's "
                        + "\(model.items(of: other).count) items); sentences about it earn at most partial credit in \(phase.title).")
            }
        }
        return (offPhase, rival?.0)
    }

    /// How many items have a credited hit in each sentence.
    private static func creditedItemsPerSentence(_ itemHits: [[Mention]], sentenceCount: Int, isCredited: (Mention) -> Bool) -> [Int] {
        var counts = Array(repeating: 0, count: sentenceCount)
        for entries in itemHits {
            var seen = Set<Int>()
            for entry in entries where isCredited(entry) && seen.insert(entry.sentence).inserted { counts[entry.sentence] += 1 }
        }
        return counts
    }
}
