/// The documented limits on what mlsd reads from files (README, "Limits"). Every file is untrusted:
/// past these limits a file is refused with a message naming it and the limit, instead of costing
/// unbounded time, memory or stack, or trapping on an arithmetic overflow.
public enum InputLimits {
    /// Arrays and objects nested deeper than this are refused (the JSON readers recurse per level).
    public static let maximumJSONDepth = 256
    /// Prompt and lexicon files (the largest built-in prompt is about 60 KB).
    public static let maximumPromptFileBytes = 8 << 20
    /// Session files (a 45-minute interview is about 40 KB; a 64 MB one would be days of typing).
    public static let maximumSessionFileBytes = 64 << 20
    /// Answer files for `mlsd score`.
    public static let maximumAnswerFileBytes = 16 << 20
    /// Characters of one phase's answer that are scored (about 15,000 words; a 45-minute interview
    /// is a few thousand). The rest is not read, and the score says so.
    public static let maximumScoredCharacters = 100_000
    /// Minutes a prompt or an interview may last, in total and per phase.
    public static let maximumMinutes = 600
    /// Seconds a session may record for a phase's budget or its time spent (10 days).
    public static let maximumSeconds = 864_000

    /// "8 MB", "64 MB", "512 KB": a byte count for messages.
    public static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 20 {
            let tenths = (bytes * 10) >> 20
            return "\(tenths / 10).\(tenths % 10) MB"
        }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }
}
