/// The score and time charts of an export as inline SVG: no script, no external file, so the page
/// works offline and prints as it shows.
struct ScoreChartSVG {
    /// One horizontal bar per phase plus the overall score, coloured by band (as the terminal bars
    /// are), with a dashed line at 70, where "hire" starts.
    static func scores(_ transcript: SessionTranscript) -> String {
        var rows: [(label: String, value: Int?, bold: Bool)] = transcript.phases.map { ($0.phase.title, $0.score, false) }
        rows.append(("Overall", transcript.overall, true))
        let width = 480.0, left = 80.0, right = 44.0, rowHeight = 30.0, top = 22.0
        let track = width - left - right
        let height = top + rowHeight * Double(rows.count) + 8
        var svg = """
            <svg class="chart" role="img" aria-label="Scores by phase" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" xmlns="http://www.w3.org/2000/svg">
            <title>Scores by phase (0–100)</title>

            """
        for tick in stride(from: 0, through: 100, by: 25) {
            let x = left + track * Double(tick) / 100
            svg += "<line x1=\"\(f(x))\" y1=\"\(f(top - 4))\" x2=\"\(f(x))\" y2=\"\(f(height - 8))\" class=\"grid\"/>"
            svg += "<text x=\"\(f(x))\" y=\"\(f(top - 8))\" class=\"tick\" text-anchor=\"middle\">\(tick)</text>\n"
        }
        let hire = left + track * 0.7
        svg += "<line x1=\"\(f(hire))\" y1=\"\(f(top - 4))\" x2=\"\(f(hire))\" y2=\"\(f(height - 8))\" class=\"threshold\"/>\n"
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            let weight = row.bold ? " font-weight=\"bold\"" : ""
            svg += "<text x=\"\(f(left - 8))\" y=\"\(f(y + rowHeight / 2 + 4))\" text-anchor=\"end\" class=\"label\"\(weight)>\(HTMLExporter.escape(row.label))</text>"
            svg += "<rect x=\"\(f(left))\" y=\"\(f(y + 6))\" width=\"\(f(track))\" height=\"\(f(rowHeight - 12))\" rx=\"3\" class=\"track\"/>"
            if let value = row.value {
                let clamped = Double(max(0, min(100, value)))
                svg += "<rect x=\"\(f(left))\" y=\"\(f(y + 6))\" width=\"\(f(track * clamped / 100))\" height=\"\(f(rowHeight - 12))\" rx=\"3\" class=\"bar \(band(value))\"/>"
                svg += "<text x=\"\(f(left + track + 8))\" y=\"\(f(y + rowHeight / 2 + 4))\" class=\"value\"\(weight)>\(value)</text>\n"
            } else {
                svg += "<text x=\"\(f(left + track + 8))\" y=\"\(f(y + rowHeight / 2 + 4))\" class=\"value muted\">–</text>\n"
            }
        }
        return svg + "</svg>"
    }

    /// Time used against each phase's budget: the budget as an outline, the time used filled, and
    /// the part over budget in red.
    static func time(_ transcript: SessionTranscript) -> String {
        let phases = transcript.phases
        let width = 480.0, left = 80.0, right = 104.0, rowHeight = 30.0, top = 22.0
        let track = width - left - right
        let longest = max(1, phases.map { max($0.elapsedSeconds, Double($0.budgetSeconds)) }.max() ?? 1)
        let height = top + rowHeight * Double(phases.count) + 8
        var svg = """
            <svg class="chart" role="img" aria-label="Time used against budget" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" xmlns="http://www.w3.org/2000/svg">
            <title>Time used against each phase's budget</title>

            """
        for (index, phase) in phases.enumerated() {
            let y = top + rowHeight * Double(index)
            let budget = track * Double(phase.budgetSeconds) / longest
            let used = track * min(phase.elapsedSeconds, Double(phase.budgetSeconds)) / longest
            let over = track * phase.overtimeSeconds / longest
            svg += "<text x=\"\(f(left - 8))\" y=\"\(f(y + rowHeight / 2 + 4))\" text-anchor=\"end\" class=\"label\">\(phase.phase.title)</text>"
            svg += "<rect x=\"\(f(left))\" y=\"\(f(y + 6))\" width=\"\(f(budget))\" height=\"\(f(rowHeight - 12))\" rx=\"3\" class=\"budget\"/>"
            svg += "<rect x=\"\(f(left))\" y=\"\(f(y + 6))\" width=\"\(f(used))\" height=\"\(f(rowHeight - 12))\" rx=\"3\" class=\"used\"/>"
            if over > 0 {
                svg += "<rect x=\"\(f(left + budget))\" y=\"\(f(y + 6))\" width=\"\(f(over))\" height=\"\(f(rowHeight - 12))\" rx=\"3\" class=\"over\"/>"
            }
            let label = TimeStatus.clock(phase.elapsedSeconds) + " / " + TimeStatus.clock(Double(phase.budgetSeconds))
            svg += "<text x=\"\(f(left + track + 8))\" y=\"\(f(y + rowHeight / 2 + 4))\" class=\"value\(over > 0 ? " late" : "")\">\(label)</text>\n"
        }
        return svg + "</svg>"
    }

    static func band(_ score: Int) -> String { score >= 70 ? "good" : score >= 40 ? "fair" : "poor" }

    private static func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
