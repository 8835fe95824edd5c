import Foundation

/// The whole interview as one document — the question, each phase's answer with the evidence for
/// every covered item highlighted, the interviewer's answers, hints and follow-up, the clock against
/// the budget, per-item results, red flags and, where something was missed, what a strong answer
/// says. `mlsd review` shows it in the terminal; the Markdown, HTML and JSON exports render the same
/// model, so they always say the same thing.
public struct SessionTranscript: Codable, Sendable, Equatable {
    public var sessionID: String
    public var promptID: String
    public var promptTitle: String
    /// The prompt version the session was recorded with.
    public var promptVersion: Int
    /// The case study's opening statement; nil when the prompt is no longer available.
    public var statement: String?
    /// "full" or the drilled phase.
    public var mode: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var options: SessionOptions
    public var activeSeconds: Double
    public var budgetSeconds: Int
    /// nil until the session has been scored.
    public var overall: Int?
    public var verdict: Verdict?
    public var phases: [PhaseTranscript]

    public var isFinished: Bool { finishedAt != nil }
    public var overtimeSeconds: Double { max(0, activeSeconds - Double(budgetSeconds)) }

    /// One phase: what was said, what happened, how it scored.
    public struct PhaseTranscript: Codable, Sendable, Equatable {
        public var phase: Phase
        /// The phase's goal from the prompt (nil when the prompt is gone).
        public var goal: String?
        public var budgetSeconds: Int
        public var elapsedSeconds: Double
        public var skipped: Bool
        public var hintsUsed: Int
        /// The answer, split into plain and highlighted pieces.
        public var answer: [TextSegment]
        /// What happened during the phase, in order: questions asked, hints, the follow-up, timers.
        public var moments: [Moment]
        /// The follow-up probe and the reply (highlighted like the answer).
        public var followUp: FollowUpTranscript?
        /// nil when the phase has not been scored.
        public var score: Int?
        public var verdict: Verdict?
        public var items: [ItemLine]
        public var redFlags: [RedFlagHit]
        public var notes: [String]
        /// What a strong answer says; given only when the phase missed something.
        public var reference: [String]

        public var overtimeSeconds: Double { max(0, elapsedSeconds - Double(budgetSeconds)) }
        public var answerText: String { answer.map(\.text).joined() }
        public var matched: [ItemLine] { items.filter(\.result.matched) }
        public var missed: [ItemLine] { items.filter { !$0.result.matched } }
    }

    /// A rubric item's result; covered items carry the label used in the highlighted answer.
    public struct ItemLine: Codable, Sendable, Equatable {
        public var label: Int?
        public var result: ItemResult
    }

    public struct FollowUpTranscript: Codable, Sendable, Equatable {
        public var question: String
        public var reply: [TextSegment]
        public var replyText: String { reply.map(\.text).joined() }
    }

    /// Something that happened during a phase.
    public struct Moment: Codable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable {
            /// The candidate asked the interviewer (`/ask`); `reply` is the interviewer's answer.
            case question
            case hint
            case followUp
            case skipped
            case edited
            case wentBack
            case oneMinuteWarning
            case timeUp
            case movedOnAutomatically
        }

        public var kind: Kind
        /// Seconds since the session started (wall clock).
        public var offsetSeconds: Double
        public var text: String?
        public var reply: String?
    }

    /// - Parameters:
    ///   - report: the scores to show; the session's own report when nil (e.g. pass a rescored one).
    ///   - prompt: the case study, for the statement, goals and reference notes; optional.
    public init(session: Session, prompt: Prompt?, report: ScoreReport? = nil) {
        let report = report ?? session.report
        sessionID = session.id
        promptID = session.promptID
        promptTitle = session.promptTitle
        promptVersion = session.promptVersion
        statement = prompt?.statement
        mode = session.mode
        startedAt = session.startedAt
        finishedAt = session.finishedAt
        options = session.options
        activeSeconds = session.activeSeconds
        budgetSeconds = session.phases.map(\.budgetSeconds).reduce(0, +)
        overall = report?.overall
        verdict = report?.verdict
        phases = session.phases.map { record in
            Self.phase(record, score: report?.phases[record.phase], spec: prompt?.spec(record.phase), session: session)
        }
    }

    private static func phase(_ record: PhaseRecord, score: PhaseScore?, spec: PhaseSpec?, session: Session) -> PhaseTranscript {
        var items: [ItemLine] = []
        var spans: [HighlightedText.Span] = []
        var label = 0
        for item in score?.items ?? [] {
            if item.matched {
                label += 1
                items.append(ItemLine(label: label, result: item))
                if let evidence = item.evidence {
                    spans.append(.init(start: evidence.matchStart, length: evidence.matchLength, sentence: evidence.sentence, item: label))
                }
            } else {
                items.append(ItemLine(label: nil, result: item))
            }
        }
        for flag in score?.redFlags ?? [] {
            spans.append(.init(start: flag.evidence.matchStart, length: flag.evidence.matchLength, sentence: flag.evidence.sentence, redFlag: true))
        }
        // Scores are computed on `scoredText`: the answer, the follow-up reply and (in Clarify) the
        // questions asked with /ask, joined by newlines, empty parts left out. Split the highlighted
        // text back into the answer and the reply; the questions are shown with the interviewer's moments.
        var rest = HighlightedText(record.scoredText).segments(spans)
        var answer: [TextSegment] = []
        var reply: [TextSegment] = []
        if !record.answer.isEmpty {
            (answer, rest) = split(rest, at: record.answer.count)
            rest = split(rest, at: 1).1
        }
        if let text = record.followUp?.reply, !text.isEmpty {
            (reply, rest) = split(rest, at: text.count)
        }
        let start = session.startedAt
        let moments: [Moment] = session.events.filter { $0.phase == record.phase }.compactMap { event in
            let kind: Moment.Kind
            switch event.kind {
            case .ask: kind = .question
            case .hint: kind = .hint
            case .followUp: kind = .followUp
            case .skip: kind = .skipped
            case .edit: kind = .edited
            case .back: kind = .wentBack
            case .oneMinuteWarning: kind = .oneMinuteWarning
            case .timeUp: kind = .timeUp
            case .autoAdvance: kind = .movedOnAutomatically
            case .pause, .resume, .phaseStart, .phaseEnd: return nil
            }
            return Moment(kind: kind, offsetSeconds: event.at.timeIntervalSince(start), text: event.text, reply: event.reply)
        }
        let missedSomething = score.map { !$0.missed.isEmpty } ?? false
        return PhaseTranscript(
            phase: record.phase, goal: spec?.goal, budgetSeconds: record.budgetSeconds, elapsedSeconds: record.elapsedSeconds,
            skipped: record.skipped, hintsUsed: record.hintsUsed, answer: answer, moments: moments,
            followUp: record.followUp.map { FollowUpTranscript(question: $0.question, reply: reply) },
            score: score?.score, verdict: score?.verdict, items: items, redFlags: score?.redFlags ?? [], notes: score?.notes ?? [],
            reference: missedSomething ? (spec?.reference ?? []) : [])
    }

    /// Splits segments at a Character offset of their joined text.
    static func split(_ segments: [TextSegment], at offset: Int) -> ([TextSegment], [TextSegment]) {
        var head: [TextSegment] = []
        var tail: [TextSegment] = []
        var position = 0
        for segment in segments {
            let count = segment.text.count
            if position + count <= offset {
                head.append(segment)
            } else if position >= offset {
                tail.append(segment)
            } else {
                let cut = segment.text.index(segment.text.startIndex, offsetBy: offset - position)
                var first = segment, second = segment
                first.text = String(segment.text[..<cut])
                second.text = String(segment.text[cut...])
                head.append(first)
                tail.append(second)
            }
            position += count
        }
        return (head, tail)
    }
}
