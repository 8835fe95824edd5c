/// Where each value of a JSON document starts, by JSON path (`phases.clarify.rubric[2].weight`), so that
/// errors found after decoding can point at a line and column. Building the map also checks the syntax
/// and reports the first error's position, which Foundation's decoder does not do reliably.
public struct JSONSourceMap: Sendable {
    public struct Position: Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var description: String { "\(line):\(column)" }
    }

    public struct SyntaxError: Error, Sendable, Equatable {
        public var position: Position
        public var message: String
    }

    /// Start of each value, by path; the root is "".
    public private(set) var positions: [String: Position] = [:]

    /// Scans `bytes` (UTF-8 JSON). Throws `SyntaxError` at the first malformed token, or at the first
    /// array or object nested deeper than `maximumDepth` (the scanner recurses once per level, so the
    /// limit bounds its stack; see ``InputLimits/maximumJSONDepth``).
    public init(_ bytes: [UInt8], maximumDepth: Int = InputLimits.maximumJSONDepth) throws(SyntaxError) {
        var scanner = Scanner(bytes: bytes, maximumDepth: maximumDepth)
        scanner.skipWhitespace()
        try scanner.value(path: "", into: &positions)
        scanner.skipWhitespace()
        if scanner.index < bytes.count { throw scanner.error("unexpected text after the end of the JSON document") }
    }

    /// The position of `path`, or of its nearest recorded ancestor (a missing field points at its object).
    public func position(of path: String) -> Position {
        var candidate = path
        while true {
            if let position = positions[candidate] { return position }
            if candidate.isEmpty { return Position(line: 1, column: 1) }
            if let cut = candidate.lastIndex(where: { $0 == "." || $0 == "[" }) {
                candidate = String(candidate[..<cut])
            } else {
                candidate = ""
            }
        }
    }

    /// Joins coding-path components into a JSON path: `phases.clarify.rubric[2].weight`.
    public static func path(_ components: [any CodingKey]) -> String {
        var path = ""
        for key in components {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return path
    }

    private struct Scanner {
        let bytes: [UInt8]
        let maximumDepth: Int
        var index = 0
        var line = 1
        var lineStart = 0
        var depth = 0
        /// The last column computed, and the byte it is for: positions are asked for in increasing
        /// order, so counting on from there keeps a document written on one line linear, not quadratic.
        var columnCache = (lineStart: -1, index: 0, column: 1)

        init(bytes: [UInt8], maximumDepth: Int) {
            self.bytes = bytes
            self.maximumDepth = maximumDepth
        }

        var position: Position {
            mutating get {
                // Columns count characters, not bytes: skip UTF-8 continuation bytes.
                var column = 1
                var i = lineStart
                if columnCache.lineStart == lineStart && columnCache.index <= index {
                    column = columnCache.column
                    i = columnCache.index
                }
                let end = min(index, bytes.count)
                while i < end {
                    if bytes[i] & 0xC0 != 0x80 { column += 1 }
                    i += 1
                }
                columnCache = (lineStart, max(i, lineStart), column)
                return Position(line: line, column: column)
            }
        }

        mutating func error(_ message: String) -> SyntaxError { SyntaxError(position: position, message: message) }

        /// Enters one more level of nesting, refusing to go past `maximumDepth`.
        mutating func enter() throws(SyntaxError) {
            depth += 1
            if depth > maximumDepth {
                throw error("arrays and objects are nested more than \(maximumDepth) levels deep here; mlsd reads at most \(maximumDepth) levels")
            }
        }

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\n"):
                    index += 1
                    line += 1
                    lineStart = index
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                    index += 1
                default:
                    return
                }
            }
        }

        mutating func value(path: String, into positions: inout [String: Position]) throws(SyntaxError) {
            guard index < bytes.count else { throw error("the document ends where a value was expected") }
            positions[path] = position
            switch bytes[index] {
            case UInt8(ascii: "{"): try object(path: path, into: &positions)
            case UInt8(ascii: "["): try array(path: path, into: &positions)
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): number()
            default: throw error("expected a value (object, array, string, number, true, false or null)")
            }
        }

        mutating func object(path: String, into positions: inout [String: Position]) throws(SyntaxError) {
            try enter()
            defer { depth -= 1 }
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return
            }
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw error("expected a quoted field name")
                }
                let key = try string()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                    throw error("expected ':' after the field name \"\(key)\"")
                }
                index += 1
                skipWhitespace()
                try value(path: path.isEmpty ? key : path + "." + key, into: &positions)
                skipWhitespace()
                guard index < bytes.count else { throw error("the document ends inside an object; a '}' is missing") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    return
                }
                throw error("expected ',' or '}' after a field (a missing comma?)")
            }
        }

        mutating func array(path: String, into positions: inout [String: Position]) throws(SyntaxError) {
            try enter()
            defer { depth -= 1 }
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return
            }
            var element = 0
            while true {
                skipWhitespace()
                try value(path: path + "[\(element)]", into: &positions)
                element += 1
                skipWhitespace()
                guard index < bytes.count else { throw error("the document ends inside an array; a ']' is missing") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    return
                }
                throw error("expected ',' or ']' after an array element (a missing comma?)")
            }
        }

        mutating func string() throws(SyntaxError) -> String {
            index += 1
            let start = index
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    let text = String(decoding: bytes[start..<index], as: UTF8.self)
                    index += 1
                    return text
                case UInt8(ascii: "\\"):
                    index += 2
                case UInt8(ascii: "\n"):
                    throw error("a string is not closed before the end of the line (a missing '\"'?)")
                default:
                    index += 1
                }
            }
            throw error("the document ends inside a string")
        }

        mutating func literal(_ word: String) throws(SyntaxError) {
            let expected = Array(word.utf8)
            guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
                throw error("expected a value; found an unquoted word (strings need double quotes)")
            }
            index += expected.count
        }

        mutating func number() {
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                    UInt8(ascii: "e"), UInt8(ascii: "E"):
                    index += 1
                default:
                    return
                }
            }
        }
    }
}
