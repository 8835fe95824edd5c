import Foundation

/// A session as one self-contained HTML page: inline CSS (with print styles), the score and time
/// charts as inline SVG, no script and no external resource, so it opens offline, can be mailed as a
/// single file and prints cleanly. Every piece of text is HTML-escaped.
public struct HTMLExporter: Sendable {
    public var timeZone: TimeZone
    /// Shown in the footer, e.g. "mlsd 0.1.0".
    public var generator: String

    public init(timeZone: TimeZone = TimeZone(identifier: "UTC")!, generator: String = "mlsd") {
        self.timeZone = timeZone
        self.generator = generator
    }

    public func render(_ transcript: SessionTranscript) -> String {
        let title = "\(transcript.promptTitle) — mock interview \(transcript.sessionID)"
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(title))</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body>
            <main>

            """
        html += header(transcript)
        if let statement = transcript.statement {
            html += "<section class=\"question\">\n<h2>The question</h2>\n<blockquote>\(paragraphs(statement))</blockquote>\n</section>\n"
        }
        html += "<section class=\"summary\">\n<h2>Scores and time</h2>\n<div class=\"charts\">\n"
        html += "<figure>\(ScoreChartSVG.scores(transcript))<figcaption>Score per phase (dashed line: 70, “hire”)</figcaption></figure>\n"
        html += "<figure>\(ScoreChartSVG.time(transcript))<figcaption>Time used against budget (red: over budget)</figcaption></figure>\n"
        html += "</div>\n" + scoreTable(transcript) + "</section>\n"
        for phase in transcript.phases { html += section(phase) }
        html += "<footer>Exported by \(Self.escape(generator)). Highlighted text earned the rubric item with the same number; "
            + "<mark class=\"flag\">red</mark> text tripped a red flag.</footer>\n"
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    private func header(_ transcript: SessionTranscript) -> String {
        let band = transcript.overall.map(ScoreChartSVG.band) ?? "none"
        var html = "<header>\n<div class=\"heading\">\n<p class=\"kicker\">Mock interview · \(Self.escape(ExportText.mode(transcript)))</p>\n"
        html += "<h1>\(Self.escape(transcript.promptTitle))</h1>\n<dl class=\"meta\">\n"
        let facts: [(String, String)] = [
            ("Session", transcript.sessionID),
            ("Case study", "\(transcript.promptID) (version \(transcript.promptVersion))"),
            ("Date", ExportText.dateTime(transcript.startedAt, timeZone: timeZone)),
            ("Time", ExportText.time(elapsed: transcript.activeSeconds, budget: transcript.budgetSeconds)),
            ("Status", ExportText.status(transcript)),
        ]
        for (term, value) in facts {
            // The long ones get a whole row, so an id is never broken across lines.
            let wide = term == "Session" || term == "Case study" || value.count > 32
            html += "<div\(wide ? " class=\"wide\"" : "")><dt>\(term)</dt><dd>\(Self.escape(value))</dd></div>\n"
        }
        html += "</dl>\n</div>\n<div class=\"overall \(band)\"><span class=\"number\">\(transcript.overall.map(String.init) ?? "–")</span>"
        html += "<span class=\"of\">/100</span><span class=\"verdict\">\(Self.escape(transcript.verdict?.rawValue ?? "not scored"))</span></div>\n</header>\n"
        return html
    }

    private func scoreTable(_ transcript: SessionTranscript) -> String {
        var html = "<table class=\"scores\">\n<thead><tr><th>Phase</th><th class=\"num\">Score</th><th>Verdict</th><th>Time</th><th class=\"num\">Covered</th><th class=\"num\">Red flags</th></tr></thead>\n<tbody>\n"
        for phase in transcript.phases {
            html += "<tr><td><a href=\"#\(phase.phase.rawValue)\">\(phase.phase.title)</a></td>"
            html += "<td class=\"num\">\(phase.score.map(String.init) ?? "–")</td><td>\(Self.escape(phase.verdict?.rawValue ?? "–"))</td>"
            html += "<td>\(Self.escape(ExportText.time(elapsed: phase.elapsedSeconds, budget: phase.budgetSeconds)))</td>"
            html += "<td class=\"num\">\(phase.matched.count)/\(phase.items.count)</td><td class=\"num\">\(phase.redFlags.count)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private func section(_ phase: SessionTranscript.PhaseTranscript) -> String {
        let band = phase.score.map(ScoreChartSVG.band) ?? "none"
        var html = "<section class=\"phase\" id=\"\(phase.phase.rawValue)\">\n<h2><span class=\"step\">\(phase.phase.position)/6</span> \(phase.phase.title)"
        html += " <span class=\"badge \(band)\">\(Self.escape(ExportText.score(phase.score, phase.verdict)))</span></h2>\n"
        var facts = ["Time " + ExportText.time(elapsed: phase.elapsedSeconds, budget: phase.budgetSeconds)]
        if phase.skipped { facts.append("skipped") }
        if phase.hintsUsed > 0 { facts.append("\(phase.hintsUsed) hint\(phase.hintsUsed == 1 ? "" : "s") used") }
        html += "<p class=\"facts\(phase.overtimeSeconds >= 1 ? " late" : "")\">\(Self.escape(facts.joined(separator: " · ")))</p>\n"
        if let goal = phase.goal { html += "<p class=\"goal\"><strong>Goal:</strong> \(Self.escape(goal))</p>\n" }
        html += "<h3>Answer</h3>\n"
        html += phase.answer.isEmpty ? "<p class=\"muted\">(no answer)</p>\n" : "<div class=\"answer\">\(highlighted(phase.answer, phase: phase))</div>\n"

        let moments = phase.moments.filter { $0.kind != .followUp }
        if !moments.isEmpty || phase.followUp != nil {
            html += "<h3>Interviewer</h3>\n<ul class=\"moments\">\n"
            for moment in moments {
                let (label, text, reply) = ExportText.moment(moment)
                html += "<li class=\"\(moment.kind.rawValue)\"><span class=\"who\">\(Self.escape(label))</span> \(Self.escape(text))"
                if let reply { html += "<div class=\"reply\"><span class=\"who\">Interviewer</span> \(Self.escape(reply))</div>" }
                html += "</li>\n"
            }
            if let followUp = phase.followUp {
                html += "<li class=\"followUp\"><span class=\"who\">Follow-up</span> \(Self.escape(followUp.question))"
                html += followUp.reply.isEmpty
                    ? "<div class=\"reply muted\">(no reply)</div>"
                    : "<div class=\"answer reply\">\(highlighted(followUp.reply, phase: phase))</div>"
                html += "</li>\n"
            }
            html += "</ul>\n"
        }
        if !phase.items.isEmpty {
            html += "<h3>Rubric</h3>\n<ul class=\"items\">\n"
            for line in phase.items {
                let item = line.result
                if item.matched {
                    html += "<li class=\"hit\"><span class=\"icon\" aria-label=\"covered\">✓</span>"
                    html += line.label.map { "<span class=\"label\">\($0)</span>" } ?? ""
                    html += "<strong>\(Self.escape(item.description))</strong>"
                    if let evidence = item.evidence { html += "<q>\(Self.escape(evidence.sentence))</q>" }
                } else if item.level == .named {
                    html += "<li class=\"named\"><span class=\"icon\" aria-label=\"named\">~</span>"
                    html += "<strong>\(Self.escape(item.description))</strong> <span class=\"muted\">(named: \(Int((item.credit * 100).rounded()))% credit)</span>"
                    if let evidence = item.evidence { html += "<q>\(Self.escape(evidence.sentence))</q>" }
                    if let lift = item.lift { html += "<div class=\"hint\"><em>To cover it:</em> \(Self.escape(lift))</div>" }
                } else {
                    html += "<li class=\"miss\"><span class=\"icon\" aria-label=\"missed\">✗</span><strong>\(Self.escape(item.description))</strong>"
                    if let note = item.note { html += " <span class=\"muted\">(\(Self.escape(note)))</span>" }
                    html += "<div class=\"hint\"><em>Hint:</em> \(Self.escape(item.hint))</div>"
                    html += "<div class=\"why\"><em>Why it matters:</em> \(Self.escape(item.why))</div>"
                }
                html += "</li>\n"
            }
            html += "</ul>\n"
        }
        if !phase.redFlags.isEmpty {
            html += "<h3>Red flags</h3>\n<ul class=\"flags\">\n"
            for flag in phase.redFlags {
                html += "<li><span class=\"icon\">⚑</span><strong>−\(flag.penalty) \(Self.escape(flag.description))</strong>"
                html += "<q>\(Self.escape(flag.evidence.sentence))</q><div class=\"why\"><em>Why:</em> \(Self.escape(flag.why))</div></li>\n"
            }
            html += "</ul>\n"
        }
        if !phase.notes.isEmpty {
            html += "<ul class=\"notes\">\n" + phase.notes.map { "<li>\(Self.escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        if !phase.reference.isEmpty {
            html += "<div class=\"reference\"><h3>What a strong answer says</h3>\n<ul>\n"
            html += phase.reference.map { "<li>\(Self.escape($0))</li>\n" }.joined() + "</ul>\n</div>\n"
        }
        return html + "</section>\n"
    }

    /// The answer with `<mark>` around evidence; the tooltip names the item.
    private func highlighted(_ segments: [TextSegment], phase: SessionTranscript.PhaseTranscript) -> String {
        var html = ""
        for segment in segments {
            guard segment.isHighlighted else {
                html += Self.escape(segment.text)
                continue
            }
            let names = segment.items.compactMap { label in phase.items.first { $0.label == label }.map { "\(label): \($0.result.description)" } }
            let tip = names.joined(separator: "; ") + (segment.redFlag ? (names.isEmpty ? "" : "; ") + "red flag" : "")
            let kind = segment.items.isEmpty ? "flag" : "evidence"
            html += "<mark class=\"\(kind)\" title=\"\(Self.escape(tip))\">\(Self.escape(segment.text))"
            html += segment.items.isEmpty ? "" : "<sup>\(segment.items.map(String.init).joined(separator: ","))</sup>"
            html += segment.redFlag ? "<sup>⚑</sup>" : ""
            html += "</mark>"
        }
        return html
    }

    private func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n").map { "<p>\(Self.escape($0).replacingOccurrences(of: "\n", with: "<br>"))</p>" }.joined()
    }

    /// Escapes text for HTML element content and attribute values.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        // Control characters too: an export is a file from here on, opened in browsers and terminals.
        for character in SafeText.clean(text).unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    static let style = """
        :root { --ink: #1d232b; --muted: #5f6b7a; --line: #dde3ea; --paper: #ffffff; --wash: #f5f7fa;
          --good: #2f9e5b; --fair: #d99a1e; --poor: #d2473b; --accent: #2f6fd0; --mark: #fff1a8; }
        * { box-sizing: border-box; }
        html { background: var(--wash); }
        body { margin: 0; color: var(--ink); font: 15px/1.55 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 980px; margin: 0 auto; padding: 28px 32px 48px; background: var(--paper); min-height: 100vh; }
        header { display: flex; gap: 24px; align-items: flex-start; justify-content: space-between; border-bottom: 2px solid var(--line); padding-bottom: 18px; }
        .kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); }
        h1 { margin: 4px 0 12px; font-size: 30px; line-height: 1.2; }
        h2 { font-size: 21px; margin: 34px 0 10px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
        h3 { font-size: 15px; margin: 20px 0 8px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
        .meta { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 4px 24px; margin: 0; }
        .meta div { display: flex; gap: 8px; min-width: 0; }
        .meta div.wide { grid-column: 1 / -1; }
        .meta dt { color: var(--muted); min-width: 78px; }
        .meta dd { margin: 0; overflow-wrap: anywhere; }
        .overall { flex: none; width: 150px; text-align: center; border-radius: 12px; padding: 14px 10px; color: #fff; }
        .overall .number { font-size: 48px; font-weight: 700; line-height: 1; }
        .overall .of { font-size: 16px; opacity: .85; }
        .overall .verdict { display: block; margin-top: 6px; font-weight: 600; text-transform: capitalize; }
        .good { background: var(--good); } .fair { background: var(--fair); } .poor { background: var(--poor); } .none { background: var(--muted); }
        blockquote { margin: 0; padding: 10px 16px; border-left: 4px solid var(--accent); background: var(--wash); border-radius: 0 6px 6px 0; }
        blockquote p { margin: 6px 0; }
        .charts { display: flex; flex-wrap: wrap; gap: 12px 28px; }
        figure { margin: 0; flex: 1 1 420px; }
        figcaption { color: var(--muted); font-size: 13px; }
        svg.chart { width: 100%; height: auto; max-width: 520px; font-size: 14px; }
        svg .grid { stroke: var(--line); stroke-width: 1; }
        svg .threshold { stroke: var(--ink); stroke-width: 1; stroke-dasharray: 4 3; opacity: .55; }
        svg .tick { fill: var(--muted); font-size: 12px; }
        svg .label, svg .value { fill: var(--ink); }
        svg .value.muted { fill: var(--muted); } svg .value.late { fill: var(--poor); }
        svg .track { fill: #eef1f5; }
        svg .bar.good { fill: var(--good); } svg .bar.fair { fill: var(--fair); } svg .bar.poor { fill: var(--poor); }
        svg .budget { fill: none; stroke: #9aa6b4; stroke-width: 1.2; stroke-dasharray: 3 2; }
        svg .used { fill: var(--accent); opacity: .85; } svg .over { fill: var(--poor); }
        table.scores { border-collapse: collapse; width: 100%; margin-top: 14px; font-size: 14px; }
        table.scores th, table.scores td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); }
        table.scores th { color: var(--muted); font-weight: 600; }
        table.scores .num { text-align: right; font-variant-numeric: tabular-nums; }
        table.scores a { color: var(--accent); text-decoration: none; }
        .phase h2 { display: flex; align-items: center; gap: 10px; }
        .step { color: var(--muted); font-weight: 500; font-size: 15px; }
        .badge { margin-left: auto; font-size: 13px; font-weight: 600; color: #fff; border-radius: 999px; padding: 3px 12px; }
        .facts { color: var(--muted); margin: 0 0 6px; } .facts.late { color: var(--poor); }
        .goal { margin: 4px 0 0; }
        .answer { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--wash); border-radius: 6px; padding: 12px 14px; }
        mark.evidence { background: var(--mark); border-bottom: 2px solid var(--fair); padding: 0 1px; border-radius: 2px; }
        mark.flag { background: #fde2df; border-bottom: 2px solid var(--poor); padding: 0 1px; border-radius: 2px; }
        mark sup { font-size: 10px; font-weight: 700; color: #8a6100; margin-left: 1px; }
        mark.flag sup { color: var(--poor); }
        ul.moments, ul.items, ul.flags { list-style: none; padding: 0; margin: 0; }
        ul.moments li { padding: 6px 0; border-bottom: 1px dashed var(--line); }
        .who { font-weight: 600; color: var(--accent); margin-right: 4px; }
        .reply { margin: 4px 0 0 18px; }
        .reply .who { color: var(--good); }
        ul.items li, ul.flags li { position: relative; padding: 6px 0 6px 52px; border-bottom: 1px solid var(--line); }
        .icon { position: absolute; left: 4px; top: 6px; font-weight: 700; width: 18px; text-align: center; }
        li.hit .icon { color: var(--good); } li.miss .icon, ul.flags .icon { color: var(--poor); }
        .label { position: absolute; left: 24px; top: 8px; min-width: 20px; height: 20px; padding: 0 4px; border-radius: 10px; background: var(--mark);
          color: #8a6100; font-size: 11px; font-weight: 700; text-align: center; line-height: 20px; }
        q { display: block; color: var(--muted); font-style: italic; margin-top: 2px; }
        q::before { content: "“"; } q::after { content: "”"; }
        .hint, .why { font-size: 14px; margin-top: 2px; } .why { color: var(--muted); }
        .notes { color: var(--fair); }
        .reference { margin-top: 16px; padding: 4px 16px 8px; border: 1px solid #cfe0fb; background: #f3f8ff; border-radius: 8px; }
        .reference h3 { color: var(--accent); }
        .muted { color: var(--muted); }
        footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; }
        @media (max-width: 700px) { main { padding: 18px; } header { flex-direction: column; } .meta { grid-template-columns: 1fr; } }
        @media print {
          @page { margin: 16mm 14mm; }
          html, body { background: #fff; }
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; min-height: 0; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          figure, li, .overall, table.scores tr { break-inside: avoid; page-break-inside: avoid; }
          .phase { break-before: auto; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
