import Foundation
import Testing
@testable import CoachKit

@Suite("Snowball English (Porter2) stemmer")
struct EnglishStemmerTests {
    let stemmer = EnglishStemmer()

    @Test("every word of the Snowball vocabulary stems to the published output")
    func fullVocabulary() throws {
        let folder = ScoringFixtures.sharedData.appendingPathComponent("snowball-english")
        let vocabularyURL = folder.appendingPathComponent("voc.txt")
        let outputURL = folder.appendingPathComponent("output.txt")
        guard FileManager.default.fileExists(atPath: vocabularyURL.path), FileManager.default.fileExists(atPath: outputURL.path) else {
            print("EnglishStemmerTests: skipped the full-vocabulary check: \(folder.path) is missing (it lives in ../shared next to the package)")
            return
        }
        let words = try String(contentsOf: vocabularyURL, encoding: .utf8).split(separator: "\n").map(String.init)
        let stems = try String(contentsOf: outputURL, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(words.count == stems.count)
        #expect(words.count == 42_649)
        var mismatches: [String] = []
        for (word, expected) in zip(words, stems) {
            let actual = stemmer.stem(word)
            if actual != expected { mismatches.append("\(word) → \(actual), expected \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, e.g. \(mismatches.prefix(10))")
    }

    @Test("hand-picked cases from each step of the algorithm", arguments: [
        // Step 0 and 1a: possessives, plurals, -ied/-ies
        ("dog's", "dog"), ("dogs'", "dog"), ("caresses", "caress"), ("ties", "tie"), ("cries", "cri"), ("gas", "gas"),
        ("gaps", "gap"), ("kiwis", "kiwi"), ("us", "us"),
        // Step 1b: -eed, -ed, -ing with the e restoring and undoubling rules
        ("agreed", "agre"), ("feed", "feed"), ("hopping", "hop"), ("hoping", "hope"), ("luxuriated", "luxuri"),
        ("added", "add"), ("falling", "fall"), ("filing", "file"), ("watched", "watch"), ("watching", "watch"),
        // Step 1c and the Y rules
        ("cry", "cri"), ("by", "by"), ("say", "say"), ("happy", "happi"), ("toying", "toy"), ("vying", "vie"),
        // Steps 2–5: derivational suffixes in R1/R2
        ("calibration", "calibr"), ("calibrated", "calibr"), ("recommendations", "recommend"), ("latency", "latenc"),
        ("generalization", "general"), ("relational", "relat"), ("hopefulness", "hope"), ("geologist", "geolog"),
        ("effectiveness", "effect"), ("controllable", "control"),
        // exceptional forms and special R1 prefixes
        ("skies", "sky"), ("dying", "die"), ("news", "news"), ("only", "onli"), ("early", "earli"), ("bias", "bias"),
        ("inning", "inning"), ("proceeding", "proceed"), ("generously", "generous"), ("universal", "universal"),
        ("communication", "communic"), ("past", "past"), ("emergency", "emergenc"), ("internal", "internal"),
        // short words and non-words are left alone
        ("ab", "ab"), ("p99", "p99"), ("10", "10"),
    ])
    func handCases(word: String, expected: String) {
        #expect(stemmer.stem(word) == expected)
    }

    @Test("inflections of one word share a stem, so phrases match any form")
    func inflectionsShareStems() {
        for group in [["label", "labels", "labelled", "labeling"], ["rank", "ranks", "ranked", "ranking"],
                      ["click", "clicks", "clicked", "clicking"], ["embedding", "embeddings"]] {
            #expect(Set(group.map { stemmer.stem($0) }).count == 1, "\(group) → \(group.map { stemmer.stem($0) })")
        }
    }
}
