import Foundation
import Testing
@testable import CoachKit

/// Scores the labelled calibration corpora (`Calibration/<prompt-id>.json`, written by people who
/// did not see the scorer's rules) against the built-in prompts and checks that the scorer agrees
/// with the human labels: which rubric items an answer covers, and how good the phase answer is.
@Suite("Calibration against labeled answers")
struct CalibrationTests {
    struct Corpus: Decodable {
        var prompt: String
        var answers: [LabeledAnswer]
    }

    /// A graded answer. The prose corpus labels `kind` and `covers`; in the notes corpus
    /// (`Calibration/notes/*.json`) only `grade` is required.
    struct LabeledAnswer: Decodable {
        var id: String
        var phase: String
        var kind: String
        var grade: Int
        var covers: [String]?
        var text: String

        enum CodingKeys: String, CodingKey { case id, phase, kind, grade, covers, text }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            phase = try c.decode(String.self, forKey: .phase)
            kind = try c.decodeIfPresent(String.self, forKey: .kind) ?? "notes"
            grade = try c.decode(Int.self, forKey: .grade)
            covers = try c.decodeIfPresent([String].self, forKey: .covers)
            text = try c.decode(String.self, forKey: .text)
        }
    }

    struct Scored {
        var answer: LabeledAnswer
        var score: PhaseScore
    }

    static let promptsFolder = ScoringFixtures.packageRoot.appendingPathComponent("Prompts")
    static let corpusFolder = ScoringFixtures.packageRoot.appendingPathComponent("Tests/CoachKitTests/Calibration")
    /// Notes-style answers (bullets, fragments, tables), graded blind: same answer format, `grade` required.
    static let notesFolder = corpusFolder.appendingPathComponent("notes")

    /// Every corpus in `folder` scored with its prompt; empty when there are no corpora.
    static func scoreCorpora(in folder: URL = corpusFolder) throws -> [Scored] {
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        let lexicon = try JSONDecoder().decode(Lexicon.self, from: Data(contentsOf: promptsFolder.appendingPathComponent("lexicon.json")))
        var scored: [Scored] = []
        for file in files.filter({ $0.pathExtension == "json" }).sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            let corpus = try JSONDecoder().decode(Corpus.self, from: Data(contentsOf: file))
            let prompt = try PromptDecoder(lists: lexicon.signalLists).decodeValidatedPrompt(Data(contentsOf: promptsFolder.appendingPathComponent("\(corpus.prompt).json")))
            let scorer = Scorer(prompt: prompt, lexicon: lexicon)
            for answer in corpus.answers {
                let phase = try #require(Phase(rawValue: answer.phase), "unknown phase in \(answer.id)")
                scored.append(Scored(answer: answer, score: scorer.score(phase, answer: answer.text)))
            }
        }
        return scored
    }

    @Test("rubric items, phase scores and guarded kinds agree with the human labels")
    func calibration() throws {
        let scored = try Self.scoreCorpora()
        guard !scored.isEmpty else {
            print("CalibrationTests: no corpora in \(Self.corpusFolder.path); nothing to calibrate against")
            return
        }
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var disagreements: [String] = []
        for entry in scored {
            let found = Set(entry.score.matched.map(\.id))
            let labeled = Set(entry.answer.covers ?? [])
            truePositives += found.intersection(labeled).count
            falsePositives += found.subtracting(labeled).count
            falseNegatives += labeled.subtracting(found).count
            for id in found.symmetricDifference(labeled).sorted() {
                disagreements.append("\(entry.answer.id): \(found.contains(id) ? "extra" : "missed") \(id)")
            }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        let spearman = CalibrationStatistics.spearman(scored.map { Double($0.score.score) }, scored.map { Double($0.answer.grade) })

        print(String(format: "Calibration: %d answers, item precision %.3f, recall %.3f (tp %d, fp %d, fn %d), Spearman(score, grade) %.3f",
                     scored.count, precision, recall, truePositives, falsePositives, falseNegatives, spearman))
        for (kind, entries) in Dictionary(grouping: scored, by: \.answer.kind).sorted(by: { $0.key < $1.key }) {
            let scores = entries.map(\.score.score)
            print(String(format: "  %-14@ n=%2d mean %5.1f  min %3d  max %3d", kind as NSString, scores.count,
                         Double(scores.reduce(0, +)) / Double(scores.count), scores.min() ?? 0, scores.max() ?? 0))
        }
        for line in disagreements { print("  disagreement: \(line)") }
        print("  prose corpus: " + CalibrationStatistics(scores: scored.map(\.score.score), grades: scored.map(\.answer.grade)).summary)
        let adversarial = scored.filter { Self.adversarialKinds.contains($0.answer.kind) }
        for (kind, entries) in Dictionary(grouping: adversarial, by: \.answer.kind) {
            let mean = Double(entries.map(\.score.score).reduce(0, +)) / Double(entries.count)
            #expect(mean <= 15, "adversarial kind \(kind) averages \(mean)")
        }

        #expect(precision >= 0.90, "rubric-item precision \(precision)")
        #expect(recall >= 0.80, "rubric-item recall \(recall)")
        #expect(spearman >= 0.85, "Spearman correlation of phase score and grade \(spearman)")
        // No salad, dismissal or restatement scores above 30, except one a human graded 1 (it also
        // covers some points), which may reach the top of grade 1's band in the grading guide (39).
        for entry in scored where ["keyword-salad", "negated", "restatement"].contains(entry.answer.kind) {
            let ceiling = entry.answer.grade >= 1 ? 39 : 30
            #expect(entry.score.score <= ceiling, "\(entry.answer.id) (\(entry.answer.kind), grade \(entry.answer.grade)) scored \(entry.score.score): \(entry.score.notes)")
        }
        for entry in scored where entry.answer.kind == "strong" {
            #expect(entry.score.score >= 70, "\(entry.answer.id) (strong) scored \(entry.score.score); missed \(entry.score.missed.map(\.id))")
        }
    }

    /// Kinds of answers that must stay near zero (issue 14: a mean of at most 15 each).
    static let adversarialKinds: Set<String> = ["keyword-salad", "negated", "empty", "off-topic", "restatement", "wrong-phase"]

    @Test("notes corpus: Spearman ≥ 0.85 and mean bucket − grade within ±0.3")
    func notesCorpus() throws {
        let scored = try Self.scoreCorpora(in: Self.notesFolder)
        guard !scored.isEmpty else {
            print("CalibrationTests: no notes corpus in \(Self.notesFolder.path); nothing to measure")
            return
        }
        let statistics = CalibrationStatistics(scores: scored.map(\.score.score), grades: scored.map(\.answer.grade))
        print("Notes corpus: " + statistics.summary)
        #expect(statistics.spearman >= 0.85, "\(statistics.summary)")
        #expect(abs(statistics.meanBias) <= 0.3, "\(statistics.summary)")
    }

    /// Real study notes from public repositories (`Calibration/real-notes`, see its NOTICE.md), graded
    /// blind. The scorer was tuned after reading their misses, so these floors guard against regressions
    /// (set a little below what round 2 reached); they are not an independent measurement.
    static let realNotesFolder = corpusFolder.appendingPathComponent("real-notes")

    @Test("real-notes corpus: regression floors for Spearman and bias")
    func realNotesCorpus() throws {
        let scored = try Self.scoreCorpora(in: Self.realNotesFolder)
        guard !scored.isEmpty else {
            print("CalibrationTests: no real-notes corpus in \(Self.realNotesFolder.path); nothing to measure")
            return
        }
        let statistics = CalibrationStatistics(scores: scored.map(\.score.score), grades: scored.map(\.answer.grade))
        print("Real-notes corpus: " + statistics.summary)
        #expect(statistics.spearman >= Self.realNotesSpearmanFloor, "\(statistics.summary)")
        #expect(statistics.meanBias >= Self.realNotesBiasFloor, "\(statistics.summary)")
    }

    static let realNotesSpearmanFloor = 0.50
    static let realNotesBiasFloor = -0.20

    @Test("QWK, bias and buckets on hand-checked cases")
    func statisticsSanity() {
        let perfect = CalibrationStatistics(scores: [0, 25, 45, 65, 95], grades: [0, 1, 2, 3, 4])
        #expect(abs(perfect.qwk - 1) < 1e-9 && perfect.meanBias == 0 && abs(perfect.spearman - 1) < 1e-9)
        let low = CalibrationStatistics(scores: [0, 0, 25, 45, 65], grades: [0, 1, 2, 3, 4])
        #expect(abs(low.meanBias + 0.8) < 1e-9)
        #expect(low.qwk < 1 && low.qwk > 0)
        #expect(CalibrationStatistics.bucket(100) == 4 && CalibrationStatistics.bucket(39) == 1)
        #expect(low.meanScoreByGrade[2] == 25)
    }

    @Test("Spearman correlation handles ties and perfect orderings")
    func spearmanSanity() {
        #expect(abs(CalibrationStatistics.spearman([1, 2, 3, 4], [10, 20, 30, 40]) - 1) < 1e-9)
        #expect(abs(CalibrationStatistics.spearman([1, 2, 3, 4], [4, 3, 2, 1]) + 1) < 1e-9)
        #expect(abs(CalibrationStatistics.spearman([1, 1, 2, 2], [1, 1, 2, 2]) - 1) < 1e-9)
    }
}
