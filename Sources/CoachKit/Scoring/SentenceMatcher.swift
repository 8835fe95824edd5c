/// Evaluates compiled signals against one analysed sentence. Every phrase (rubric phrase or lexicon
/// term) that can start at one of the sentence's vocabulary words is matched once, up front, so
/// evaluating the hundreds of signals of a prompt is a series of dictionary lookups. A class, so the
/// scorer can pass it around without copying the sentence's arrays.
final class SentenceMatcher: Sendable {
    /// Which hit counts as best when a signal matches in several places.
    enum Mode {
        /// For rubric items: prefer a hit no dismissive negation or contrast reaches.
        case credit
        /// For red flags: prefer a hit no negation at all reaches.
        case flag
        /// To tell whether a sentence rejects something anywhere: prefer a negated or set-aside hit.
        case rejection
    }

    let sentence: AnalyzedSentence
    /// Indices of the phrases that match somewhere in the sentence, ascending.
    let matchedPhrases: [Int]
    /// Per phrase index: its position in `hits`, or -1 when the phrase does not match.
    private let slots: [Int32]
    private let hits: [[SignalHit]]

    init(model: ScoringModel, sentence: AnalyzedSentence) {
        self.sentence = sentence
        var slots = [Int32](repeating: -1, count: model.phrases.count)
        var hits: [[SignalHit]] = []
        var matched: [Int] = []
        for (id, starts) in sentence.positions where id < model.phrasesByFirstID.count {
            for index in model.phrasesByFirstID[id] {
                let pattern = model.phrases[index]
                for start in starts {
                    guard let positions = Self.match(pattern, from: start, in: sentence) else { continue }
                    let hit = Self.hit(positions: positions, in: sentence)
                    if slots[index] < 0 {
                        slots[index] = Int32(hits.count)
                        hits.append([hit])
                        matched.append(index)
                    } else {
                        hits[Int(slots[index])].append(hit)
                    }
                }
            }
        }
        for i in hits.indices where hits[i].count > 1 { hits[i].sort { $0.first < $1.first } }
        self.slots = slots
        self.hits = hits
        matchedPhrases = matched.sorted()
    }

    private func phraseHits(_ index: Int) -> [SignalHit]? {
        let slot = slots[index]
        return slot < 0 ? nil : hits[Int(slot)]
    }

    /// The best hit of any of `signals`, or nil when none matches.
    func best(of signals: [CompiledSignal], mode: Mode) -> SignalHit? {
        var best: SignalHit?
        for signal in signals {
            guard let hit = self.best(signal, mode: mode) else { continue }
            if isBetter(hit, than: best, mode: mode) { best = hit }
            if let best, isClean(best, mode: mode) { return best }
        }
        return best
    }

    func best(_ signal: CompiledSignal, mode: Mode) -> SignalHit? {
        switch signal {
        case .nothing:
            return nil
        case .phrase(let index):
            return pick(phraseHits(index), mode: mode)
        case .terms(let indices):
            var best: SignalHit?
            for index in indices {
                guard let hit = pick(phraseHits(index), mode: mode) else { continue }
                if isBetter(hit, than: best, mode: mode) { best = hit }
            }
            return best
        case .quantity(let kind):
            var best: SignalHit?
            for quantity in sentence.quantities where quantity.matches(kind) {
                let hit = Self.hit(positions: Array(quantity.first...quantity.last), in: sentence)
                if isBetter(hit, than: best, mode: mode) { best = hit }
            }
            return best
        case .all(let parts):
            var merged: SignalHit?
            for part in parts {
                guard let hit = best(part, mode: mode) else { return nil }
                merged = merged.map { $0.merged(with: hit) } ?? hit
            }
            return merged
        case .any(let parts):
            return best(of: parts, mode: mode)
        }
    }

    /// The first clean hit of `signals` when the parts of an `all` signal may also be found in the
    /// sentence's outline ancestors ("- User data" / "    - age, gender" matches `user + age`). At
    /// least one part must be in this sentence, and the hit spans only this sentence's words, so the
    /// evidence quoted is the line itself. For crediting only: a red flag needs a commitment in one line.
    func best(of signals: [CompiledSignal], within ancestors: [SentenceMatcher]) -> SignalHit? {
        guard !ancestors.isEmpty else { return nil }
        for signal in signals {
            if let hit = best(signal, within: ancestors), !hit.isWithheld { return hit }
        }
        return nil
    }

    private func best(_ signal: CompiledSignal, within ancestors: [SentenceMatcher]) -> SignalHit? {
        switch signal {
        case .all(let parts):
            var merged: SignalHit?
            for part in parts {
                if let hit = best(part, within: ancestors), !hit.isWithheld {
                    merged = merged.map { $0.merged(with: hit) } ?? hit
                } else if !ancestors.contains(where: { $0.best(part, mode: .credit).map { !$0.isWithheld } ?? false }) {
                    return nil
                }
            }
            return merged
        case .any(let parts):
            var best: SignalHit?
            for part in parts {
                guard let hit = self.best(part, within: ancestors) else { continue }
                if isBetter(hit, than: best, mode: .credit) { best = hit }
            }
            return best
        default:
            return best(signal, mode: .credit)
        }
    }

    func isClean(_ hit: SignalHit, mode: Mode) -> Bool {
        switch mode {
        case .credit: !hit.isWithheld
        case .flag: hit.negatedBy < 0
        case .rejection: hit.negatedBy >= 0 || hit.rejectedBy >= 0
        }
    }

    private func isBetter(_ hit: SignalHit, than other: SignalHit?, mode: Mode) -> Bool {
        guard let other else { return true }
        let (a, b) = (isClean(hit, mode: mode), isClean(other, mode: mode))
        if a != b { return a }
        return hit.first < other.first
    }

    private func pick(_ hits: [SignalHit]?, mode: Mode) -> SignalHit? {
        guard let hits else { return nil }
        return hits.first { isClean($0, mode: mode) } ?? hits.first
    }

    /// A hit over the matched term positions; a negation cue that is itself one of the matched words
    /// ("no history", "without labels" as a lexicon term) does not negate the match.
    private static func hit(positions: [Int], in sentence: AnalyzedSentence) -> SignalHit {
        var dismissedBy = -1
        var negatedBy = -1
        var rejectedBy = -1
        for position in positions {
            let rejectCue = sentence.negation.rejectedBy[position]
            if rejectedBy < 0, rejectCue >= 0, !positions.contains(rejectCue) { rejectedBy = rejectCue }
            let dismissCue = sentence.negation.dismissedBy[position]
            if dismissedBy < 0, dismissCue >= 0, !positions.contains(dismissCue) { dismissedBy = dismissCue }
            let negateCue = sentence.negation.negatedBy[position]
            if negatedBy < 0, negateCue >= 0, !positions.contains(negateCue) { negatedBy = negateCue }
        }
        return SignalHit(
            first: positions.first ?? 0, last: positions.last ?? 0, dismissedBy: dismissedBy, negatedBy: negatedBy, rejectedBy: rejectedBy)
    }

    /// The phrase's words in order from `start`, each within the allowed gap of the previous one and
    /// in one segment, taking the nearest next word each time (which finds a match whenever one exists
    /// from that start); nil when the phrase does not match there.
    private static func match(_ pattern: PhrasePattern, from start: Int, in sentence: AnalyzedSentence) -> [Int]? {
        var matched = [start]
        var previous = start
        for k in 1..<pattern.ids.count {
            guard let candidates = sentence.positions[pattern.ids[k]],
                  let next = candidates.first(where: { isNext($0, after: previous, start: start, gap: pattern.gaps[k], in: sentence) })
            else { return nil }
            matched.append(next)
            previous = next
        }
        return matched
    }

    /// Whether a phrase may continue at `position`: within the gap, in the start's segment, and in the
    /// previous word's clause unless directly adjacent ("precision, recall" but not
    /// "every viewer, like each video").
    private static func isNext(_ position: Int, after previous: Int, start: Int, gap: Int, in sentence: AnalyzedSentence) -> Bool {
        guard position > previous, position - previous - 1 <= gap else { return false }
        guard sentence.segments[position] == sentence.segments[start] else { return false }
        return position == previous + 1 || sentence.clauses[position] == sentence.clauses[previous]
    }
}
