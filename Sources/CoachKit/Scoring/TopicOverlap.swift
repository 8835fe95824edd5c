import Foundation

/// A fallback for real notes that say an item's idea in words its signals did not foresee ("use an off
/// the shelf model such as CLIP to extract embeddings" for "starts from pretrained embeddings used
/// as-is"): a sentence that shares enough of the item's *distinctive* words — those of its description
/// and hint, weighted by how few of the prompt's items use them — names the item. It earns named credit
/// only, never covered: the words are there, the reasoning is not proven.
///
/// Words of the case study's statement are left out (every answer uses them), and the weights are
/// inverse document frequencies over all the prompt's rubric items, so "model" or "data" count for
/// little and "CLIP" or "contrastive" for a lot.
struct TopicOverlap: Sendable {
    /// Per item (by number in `ScoringModel.allItems`): stem → weight.
    let weights: [[String: Double]]
    /// Per item: the sum of its weights.
    let totals: [Double]

    /// At least this many of the item's words…
    static let minimumShared = 2
    /// …carrying at least this share of its weight, or this much weight (about two words no other
    /// item of the prompt uses, or three that few do).
    static let minimumShare = 0.3
    static let minimumWeight = 4.0

    init(itemTexts: [[String]], statementStems: Set<String>, stems: (String) -> Set<String>) {
        let stemSets = itemTexts.map { texts in texts.reduce(into: Set<String>()) { $0.formUnion(stems($1)) }.subtracting(statementStems) }
        var frequency: [String: Int] = [:]
        for set in stemSets { for stem in set { frequency[stem, default: 0] += 1 } }
        let count = Double(max(1, stemSets.count))
        weights = stemSets.map { set in
            Dictionary(uniqueKeysWithValues: set.compactMap { stem -> (String, Double)? in
                // Numbers and one-letter words say nothing about a topic.
                guard stem.count >= 2, !stem.allSatisfy(\.isNumber) else { return nil }
                return (stem, Foundation.log(count / Double(frequency[stem] ?? 1)))
            })
        }
        totals = weights.map { $0.values.reduce(0, +) }
    }

    /// The positions of the sentence's terms that name item `number`, or nil when too few do.
    func match(item number: Int, stems: [String], isContent: (Int) -> Bool) -> [Int]? {
        let weights = weights[number]
        guard totals[number] > 0 else { return nil }
        var seen = Set<String>()
        var positions: [Int] = []
        var weight = 0.0
        for (index, stem) in stems.enumerated() where isContent(index) {
            guard let w = weights[stem], w > 0, seen.insert(stem).inserted else { continue }
            positions.append(index)
            weight += w
        }
        guard seen.count >= Self.minimumShared, weight >= min(Self.minimumWeight, Self.minimumShare * totals[number]) else { return nil }
        return positions
    }
}
