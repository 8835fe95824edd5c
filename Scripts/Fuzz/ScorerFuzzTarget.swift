import CoachKit
import Foundation

/// Fuzzes the scorer with arbitrary answer text on the three core built-in case studies. The first
/// byte picks the case study (byte % 3) and the phase (byte / 3 % 6); the rest, read as UTF-8 with
/// bad bytes replaced, is the answer. The same text is also asked as an interviewer question.
///
/// Checked: scores stay within 0–100 and every quoted piece of evidence points inside the answer,
/// at the sentence it quotes — the review and export screens slice the answer with these offsets.
enum ScorerFuzzTarget {
    static let promptIDs = ["video-recommendation", "ad-click-prediction", "harmful-content-detection"]
    static let scorers: [Scorer] = {
        let library = PromptLibrary()
        return promptIDs.map { id in
            guard let loaded = library.prompt(id: id) else { fatalError("the built-in prompt \(id) is missing") }
            return Scorer(prompt: loaded.prompt, lexicon: library.lexicon)
        }
    }()

    static func run(_ data: Data) {
        guard let selector = data.first else { return }
        let scorer = scorers[Int(selector) % scorers.count]
        let phase = Phase.allCases[Int(selector) / scorers.count % Phase.allCases.count]
        let answer = String(decoding: data.dropFirst(), as: UTF8.self)
        let score = scorer.score(phase, answer: answer)
        check(score, answer: answer)
        _ = scorer.fact(answering: answer)
    }

    static func check(_ score: PhaseScore, answer: String) {
        require((0...100).contains(score.score), "score \(score.score) is outside 0–100")
        let characters = Array(answer)
        let evidence = score.items.compactMap(\.evidence) + score.redFlags.map(\.evidence)
        for quote in evidence {
            let sentenceEnd = quote.sentenceStart + quote.sentence.count
            let matchEnd = quote.matchStart + quote.matchLength
            require(quote.sentenceStart >= 0 && sentenceEnd <= characters.count,
                         "the sentence at \(quote.sentenceStart)..<\(sentenceEnd) is outside the answer (\(characters.count) characters)")
            require(quote.matchStart >= quote.sentenceStart && quote.matchLength >= 0 && matchEnd <= sentenceEnd,
                         "the match at \(quote.matchStart)..<\(matchEnd) is outside its sentence \(quote.sentenceStart)..<\(sentenceEnd)")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScorer(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    ScorerFuzzTarget.run(Data(bytes: bytes, count: count))
    return 0
}
