import Foundation

/// Wording shared by the exports, so Markdown and HTML describe a session the same way.
enum ExportText {
    static func dateTime(_ date: Date, timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let zone = timeZone.identifier == "GMT" || timeZone.identifier == "UTC" ? "UTC" : (timeZone.abbreviation(for: date) ?? timeZone.identifier)
        return formatter.string(from: date) + " " + zone
    }

    static func mode(_ transcript: SessionTranscript) -> String {
        transcript.mode == "full" ? "full interview" : "\(Phase(rawValue: transcript.mode)?.title ?? transcript.mode) drill"
    }

    static func status(_ transcript: SessionTranscript) -> String {
        transcript.isFinished ? "finished" : "unfinished (resume with mlsd resume \(transcript.sessionID))"
    }

    /// "04:10 of 05:00" with "(+01:10 over)" when over budget.
    static func time(elapsed: Double, budget: Int) -> String {
        var text = "\(TimeStatus.clock(elapsed)) of \(TimeStatus.clock(Double(budget)))"
        let over = elapsed - Double(budget)
        if over >= 1 { text += " (+\(TimeStatus.clock(over)) over)" }
        return text
    }

    static func score(_ score: Int?, _ verdict: Verdict?) -> String {
        guard let score else { return "not scored" }
        return "\(score)/100" + (verdict.map { " (\($0.rawValue))" } ?? "")
    }

    /// A moment as one line: who said what.
    static func moment(_ moment: SessionTranscript.Moment) -> (label: String, text: String, reply: String?) {
        let at = TimeStatus.clock(max(0, moment.offsetSeconds))
        switch moment.kind {
        case .question: return ("You asked (\(at))", moment.text ?? "", moment.reply)
        case .hint: return ("Hint (\(at))", moment.text ?? "", nil)
        case .followUp: return ("Interviewer follow-up (\(at))", moment.text ?? "", nil)
        case .skipped: return ("Skipped (\(at))", "You skipped this phase.", nil)
        case .edited: return ("Edited (\(at))", "Answer edited in the editor" + (moment.text.map { ": \($0)" } ?? "") + ".", nil)
        case .wentBack: return ("Went back (\(at))", "You returned to this phase.", nil)
        case .oneMinuteWarning: return ("Timer (\(at))", "One minute left.", nil)
        case .timeUp: return ("Timer (\(at))", "Time was up.", nil)
        case .movedOnAutomatically: return ("Timer (\(at))", "Moved on automatically (strict mode).", nil)
        }
    }
}
