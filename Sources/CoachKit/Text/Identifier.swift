/// The one rule for ids — of case studies, sessions, rubric items, red flags and tags: lowercase letters,
/// digits and single inner hyphens ("video-recommendation", "20261126-084012-video-recommendation").
/// Case-study and session ids name files (`sessions/<id>.json`, `sessions/.<id>.lock`), so an id that
/// passes can never lead out of its folder, hide a file, or carry a terminal escape. Every id read from
/// a file or the command line is checked with it; a file with an invalid id is skipped with a warning.
public enum Identifier {
    /// How the rule reads in messages.
    public static let rule = "lowercase letters, digits and single hyphens, e.g. \"video-recommendation\""

    public static func isValid(_ text: String) -> Bool {
        // One pass over the bytes: this runs for every session on every `history`, `stats` and `next`
        // (the index is checked again on each read), and `String.contains` went through Foundation.
        var previous = UInt8(ascii: "-")  // a leading hyphen counts as a doubled one
        for byte in text.utf8 {
            guard isIDByte(byte), !(byte == UInt8(ascii: "-") && previous == UInt8(ascii: "-")) else { return false }
            previous = byte
        }
        return previous != UInt8(ascii: "-")  // also false for the empty text
    }

    /// Whether `text` can refer to an id on the command line: "last", a whole id or the start of one
    /// (which may end with a hyphen, "20261126-"). Never empty, never a path.
    public static func isValidReference(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy(isIDByte)
    }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-")
    }
}
