import CoachKit
import Foundation
import Testing
@testable import mlsd

/// `history --json` is written directly; it must be byte for byte what `JSONEncoder` writes for the
/// same rows (the format scripts already parse), whatever the strings and numbers hold.
@Suite struct HistoryJSONWriterTests {
    static let tricky = [
        "plain", "", "quote \" and backslash \\ and slash /", "new\nline\r\ttab\u{8}\u{C}", "\u{1}\u{1F}\u{1B}[2J\u{7F}",
        "\u{1B}]0;pwned\u{7}", "é ü 漢字 🎉 \u{2028}\u{2029}", "<script>alert(1)</script>", "\\u0041",
    ]

    /// One session in `--json`, as `JSONEncoder` writes it: the reference `HistoryJSONWriter`, which
    /// writes the same bytes directly (for 10,000 sessions), is compared against.
    struct Row: Encodable {
        var id: String
        var date: Date
        var prompt: String
        var promptTitle: String
        var mode: String
        var durationSeconds: Double
        var finished: Bool
        var overall: Int?
        var verdict: String?
        var phaseScores: [String: Int?]

        init(_ summary: SessionSummary) {
            id = summary.id
            date = summary.startedAt
            prompt = summary.promptID
            promptTitle = summary.promptTitle
            mode = summary.mode
            durationSeconds = (summary.activeSeconds * 10).rounded() / 10
            finished = summary.isFinished
            overall = summary.overall
            verdict = summary.verdict?.rawValue
            phaseScores = Dictionary(uniqueKeysWithValues: summary.phases.map { ($0.phase.rawValue, $0.score) })
        }

        // Absent scores are written as null, so every row has the same keys.
        enum CodingKeys: String, CodingKey { case id, date, prompt, promptTitle, mode, durationSeconds, finished, overall, verdict, phaseScores }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(date, forKey: .date)
            try c.encode(prompt, forKey: .prompt)
            try c.encode(promptTitle, forKey: .promptTitle)
            try c.encode(mode, forKey: .mode)
            try c.encode(durationSeconds, forKey: .durationSeconds)
            try c.encode(finished, forKey: .finished)
            try c.encode(overall, forKey: .overall)
            try c.encode(verdict, forKey: .verdict)
            try c.encode(phaseScores, forKey: .phaseScores)
        }
    }

    static func summaries() -> [SessionSummary] {
        let dates: [Double] = [0, -1, -86_401.5, 1_800_000_000.999, 951_782_400, 4_107_542_400, 4_107_628_800, 253_402_300_799]
        let durations: [Double] = [0, 0.05, 12.34, 59.96, 1_000_000.1, 123_456.7, 2_700, 0.15]
        var result: [SessionSummary] = []
        for (index, text) in tricky.enumerated() {
            let phases: [PhaseSummary] = index % 3 == 0 ? [] : Phase.allCases.enumerated().map { position, phase in
                PhaseSummary(phase: phase, score: (position + index) % 4 == 0 ? nil : (position * 17 + index) % 101,
                             budgetSeconds: 300, elapsedSeconds: 12.5, skipped: false, matched: [], missed: [])
            }.enumerated().filter { position, _ in index % 3 == 1 || position % 2 == 0 }.map(\.element)
            result.append(SessionSummary(
                file: "\(index).json", id: "id-\(text)", promptID: text, promptTitle: "Title \(text)", promptVersion: 1,
                drillPhase: index % 4 == 1 ? .data : nil,
                startedAt: Date(timeIntervalSince1970: dates[index % dates.count]),
                finishedAt: index % 2 == 0 ? Date(timeIntervalSince1970: dates[index % dates.count] + 60) : nil,
                activeSeconds: durations[index % durations.count],
                overall: index % 5 == 2 ? nil : [0, 100, 59, 7][index % 4], phases: phases))
        }
        return result
    }

    @Test func theDirectWriterMatchesJSONEncoderOnTrickyStringsAndNumbers() throws {
        let sessions = Self.summaries()
        let reference = try JSONText.encode(["sessions": sessions.map(Row.init)]) + "\n"
        #expect(HistoryJSONWriter.document(sessions) == reference)
        // And for one drill with only some phases scored, and for none at all.
        let one = [SessionSummary(
            file: "x.json", id: "x", promptID: "p", promptTitle: "T", promptVersion: 2, drillPhase: .model,
            startedAt: Date(timeIntervalSince1970: 1_800_000_000), finishedAt: nil, activeSeconds: 61.25, overall: nil,
            phases: [PhaseSummary(phase: .model, score: nil, budgetSeconds: 600, elapsedSeconds: 61.25, skipped: false, matched: [], missed: [])])]
        #expect(HistoryJSONWriter.document(one) == (try JSONText.encode(["sessions": one.map(Row.init)])) + "\n")
        let none: [SessionSummary] = []
        #expect(HistoryJSONWriter.document(none) == (try JSONText.encode(["sessions": none.map(Row.init)])) + "\n")
    }

    @Test func theOutputParsesBackToTheSameStrings() throws {
        let sessions = Self.summaries()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(HistoryJSONWriter.document(sessions).utf8)) as? [String: Any])
        let rows = try #require(object["sessions"] as? [[String: Any]])
        #expect(rows.map { $0["prompt"] as? String } == sessions.map(\.promptID))
        #expect(rows.map { $0["promptTitle"] as? String } == sessions.map(\.promptTitle))
    }

    @Test func datesAreUTCToTheSecond() {
        #expect(HistoryJSONWriter.iso8601(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(HistoryJSONWriter.iso8601(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(HistoryJSONWriter.iso8601(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
        #expect(HistoryJSONWriter.iso8601(Date(timeIntervalSince1970: 1_800_000_000.999)) == "2027-01-15T08:00:00Z")
    }
}
