import CoachKit
import Foundation

/// Writes `history --json` byte by byte instead of through `JSONEncoder`, which spent two thirds of a
/// 10,000-session listing boxing values. The output is the same as `JSONText.encode` gives for
/// `{"sessions": [Row…]}`, one row per ``SessionSummary``: pretty-printed with two-space indents and
/// " : ", keys sorted, dates as ISO 8601 in UTC to the second, absent scores and verdicts as null —
/// HistoryJSONWriterTests keeps that `Row` as the reference and compares the two on tricky strings
/// and numbers.
struct HistoryJSONWriter {
    private var out: [UInt8] = []

    /// The whole document, ending in a newline.
    static func document(_ sessions: [SessionSummary]) -> String {
        var writer = HistoryJSONWriter()
        writer.out.reserveCapacity(64 + sessions.count * 420)
        writer.write(sessions)
        return String(decoding: writer.out, as: UTF8.self)
    }

    private mutating func write(_ sessions: [SessionSummary]) {
        guard !sessions.isEmpty else {
            raw("{\n  \"sessions\" : [\n\n  ]\n}\n")
            return
        }
        raw("{\n  \"sessions\" : [\n")
        for (position, summary) in sessions.enumerated() {
            raw("    {\n")
            key("date")
            out.append(UInt8(ascii: "\""))
            Self.appendISO8601(summary.startedAt, to: &out)
            out.append(UInt8(ascii: "\""))
            next()
            key("durationSeconds")
            number((summary.activeSeconds * 10).rounded() / 10)
            next()
            key("finished")
            raw(summary.isFinished ? "true" : "false")
            next()
            key("id")
            string(summary.id)
            next()
            key("mode")
            string(summary.mode)
            next()
            key("overall")
            if let overall = summary.overall { raw(String(overall)) } else { raw("null") }
            next()
            key("phaseScores")
            let phases = summary.phases.sorted { $0.phase.rawValue < $1.phase.rawValue }
            if phases.isEmpty {
                raw("{\n\n      }")
            } else {
                raw("{\n")
                for (index, phase) in phases.enumerated() {
                    raw("        ")
                    string(phase.phase.rawValue)
                    raw(" : ")
                    if let score = phase.score { raw(String(score)) } else { raw("null") }
                    raw(index == phases.count - 1 ? "\n" : ",\n")
                }
                raw("      }")
            }
            next()
            key("prompt")
            string(summary.promptID)
            next()
            key("promptTitle")
            string(summary.promptTitle)
            next()
            key("verdict")
            if let verdict = summary.verdict { string(verdict.rawValue) } else { raw("null") }
            raw(position == sessions.count - 1 ? "\n    }\n" : "\n    },\n")
        }
        raw("  ]\n}\n")
    }

    private mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private mutating func raw(_ text: String) {
        // Copied from the string's own buffer: appending a `UTF8View` goes byte by byte.
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    private mutating func key(_ name: StaticString) {
        raw("      \"")
        raw(name)
        raw("\" : ")
    }

    private mutating func next() { raw(",\n") }

    /// A JSON string: quotes, backslashes and control characters escaped, like `JSONEncoder` with
    /// `.withoutEscapingSlashes` (everything else, including non-ASCII, is written as UTF-8).
    private mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            out.append(UInt8(ascii: "\""))
            // Most strings (ids, titles) need no escape at all: copied in one go.
            if bytes.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
                out.append(contentsOf: bytes)
            } else {
                escape(bytes)
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    private mutating func escape(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            case 0..<0x20:
                raw("\\u00")
                out.append(Self.hexDigits[Int(byte >> 4)])
                out.append(Self.hexDigits[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Whole numbers without a fraction, others in Swift's shortest form; not-a-number and infinities
    /// (which JSON cannot hold) as null.
    private mutating func number(_ value: Double) {
        guard value.isFinite else { return raw("null") }
        if value == value.rounded(), abs(value) < 1e15 {
            raw(String(Int64(value)))
        } else {
            raw(value.description)
        }
    }

    /// "2027-01-15T08:00:00Z": the date in UTC, to the second (rounded down).
    static func iso8601(_ date: Date) -> String {
        var bytes: [UInt8] = []
        appendISO8601(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same appended to `out` digit by digit: 10,000 of them through string interpolation took a
    /// tenth of `history --json`.
    static func appendISO8601(_ date: Date, to out: inout [UInt8]) {
        let time = UTCTime(date)
        func digits(_ value: Int64, _ count: Int) {
            var divisor: Int64 = 1
            for _ in 1..<count { divisor *= 10 }
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        if time.year >= 0 && time.year < 10_000 { digits(time.year, 4) } else { out.append(contentsOf: String(time.year).utf8) }
        for (separator, value) in [(UInt8(ascii: "-"), time.month), (UInt8(ascii: "-"), time.day), (UInt8(ascii: "T"), time.hour),
                                   (UInt8(ascii: ":"), time.minute), (UInt8(ascii: ":"), time.second)] {
            out.append(separator)
            digits(value, 2)
        }
        out.append(UInt8(ascii: "Z"))
    }
}
