import Foundation
import Testing
@testable import CoachKit

/// Issue 14, round 2: general causes of real study notes scoring a grade low, found by reading the
/// misses on real notes (notes in another language, flat lists, items under a parent bullet, …).
@Suite("Real study notes: other scripts, flat lists, parent bullets, choices")
struct RealNotesScoringTests {
    typealias F = ScoringFixtures

    @Test("English terms embedded in another script are words of their own")
    func scriptBoundariesSplitWords() {
        let words = Tokenizer().tokens(in: "CTR을 예측, 使用DNN模型").filter(\.isTerm).map(\.text)
        #expect(words == ["ctr", "을", "예측", "使用", "dnn", "模型"])
        #expect(Tokenizer().tokens(in: "café p99").filter(\.isTerm).map(\.text) == ["cafe", "p99"])
        #expect(Token(text: "예측", kind: .word, start: 0, length: 2).isForeignScript)
        #expect(!Token(text: "ctr", kind: .word, start: 0, length: 3).isForeignScript)
    }

    @Test("a note in another language is read as statements, not as a keyword list")
    func foreignNotesAreNotSalad() {
        let prompt = F.prompt(rubric: [
            .evaluate: [F.item("pr-auc", [.phrase("PR AUC")]), F.item("ab", [.concept("ab-test")]), F.item("latency", [.phrase("latency")])],
            .model: [F.item("gbdt", [.phrase("GBDT")])],
        ])
        let scorer = Scorer(prompt: prompt, lexicon: F.lexicon)
        let korean = scorer.score(.evaluate, answer: "- 오프라인 지표로 PR AUC 사용\n- 온라인에서는 A/B test로 검증")
        #expect(korean.items.filter(\.matched).map(\.id).sorted() == ["ab", "pr-auc"], "\(korean.items.map { ($0.id, $0.level) })")
        #expect(!korean.notes.contains { $0.contains("list of terms") }, "\(korean.notes)")
        let untranslated = scorer.score(.evaluate, answer: "- 오프라인 지표 사용\n- 온라인 검증")
        #expect(untranslated.score == 0)
        #expect(!untranslated.notes.contains { $0.contains("No answer") }, "text in another language is an answer")
        // An English keyword list stays a list.
        let salad = scorer.score(.evaluate, answer: "GBDT, PR AUC, latency, A/B test")
        #expect(salad.notes.contains { $0.contains("list of terms") })
    }
}
