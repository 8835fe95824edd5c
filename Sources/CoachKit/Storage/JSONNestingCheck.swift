/// Finds the first array or object of a JSON document that is nested too deeply, in one pass and
/// without recursion, so that a document can be refused before it reaches Foundation's
/// `JSONDecoder`/`JSONSerialization` (whose behaviour on deep nesting is not under our control).
/// Only brackets outside strings count; the syntax itself is left to the decoder.
public enum JSONNestingCheck {
    /// The line and column (characters, 1-based) of the first '[' or '{' that opens level
    /// `limit + 1`, or nil when the document stays within `limit` levels.
    public static func firstTooDeep(in bytes: some Collection<UInt8>, limit: Int = InputLimits.maximumJSONDepth)
        -> JSONSourceMap.Position?
    {
        // One tight loop over contiguous bytes (Data's generic iteration is several times slower).
        if let found = bytes.withContiguousStorageIfAvailable({ scan($0, limit: limit) }) { return found }
        return Array(bytes).withUnsafeBufferPointer { scan($0, limit: limit) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> JSONSourceMap.Position? {
        var depth = 0
        var inString = false
        var escaped = false
        var line = 1
        var column = 1
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""):
                    inString = true
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if depth > limit { return JSONSourceMap.Position(line: line, column: column) }
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    depth -= 1
                default:
                    break
                }
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return nil
    }

    /// The sentence for a document nested too deeply at `position`.
    public static func message(at position: JSONSourceMap.Position, limit: Int = InputLimits.maximumJSONDepth) -> String {
        "arrays and objects are nested more than \(limit) levels deep at \(position); mlsd reads at most \(limit) levels"
    }
}
