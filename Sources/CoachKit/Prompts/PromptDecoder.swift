import Foundation

/// Turns the bytes of a prompt or lexicon file into a value, or into a `PromptError` that points at the
/// line, column and JSON path of the problem.
public struct PromptDecoder: Sendable {
    /// The named lists a prompt's signals may use as `$name`.
    public var lists: SignalLists

    public init(lists: SignalLists = .empty) { self.lists = lists }

    private var promptDecoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.userInfo[SignalLists.userInfoKey] = lists
        return decoder
    }

    /// Text fields come out with their control characters made visible (``SafeText``): prompt packs are
    /// shared, and their text is printed to terminals and written into exports.
    public func decodePrompt(_ data: Data, file: String) throws(PromptError) -> (Prompt, JSONSourceMap) {
        let map = try sourceMap(data, file: file)
        do {
            let prompt = try promptDecoder.decode(Prompt.self, from: SafeText.cleanJSON(data))
            if prompt.schemaVersion != Prompt.currentSchemaVersion {
                throw PromptError.invalidField(
                    file: file, at: map.position(of: "schemaVersion"), path: "schemaVersion",
                    expected: "\(Prompt.currentSchemaVersion)", found: "\(prompt.schemaVersion)",
                    fix: prompt.schemaVersion > Prompt.currentSchemaVersion
                        ? "This file is for a newer mlsd; update mlsd to use it."
                        : "Set \"schemaVersion\": \(Prompt.currentSchemaVersion).")
            }
            if let (path, allowed) = PromptFieldChecker.firstUnknownField(in: map) {
                let name = String(path.split(separator: ".").last ?? "")
                let suggestion = Suggestion.closest(to: name, in: Array(allowed)).map { Suggestion.question(naming: $0, shown: Suggestion.doubleQuoted) + " " } ?? ""
                throw PromptError.invalidField(
                    file: file, at: map.position(of: path), path: path,
                    expected: "one of the fields " + allowed.sorted().map { "\"\($0)\"" }.joined(separator: ", "),
                    found: "the unknown field \"\(name)\"",
                    fix: suggestion + "Rename or remove it (fields starting with \"_\" are free-form notes).")
            }
            return (prompt, map)
        } catch let error as PromptError {
            throw error
        } catch {
            throw Self.explain(error, file: file, map: map, data: data)
        }
    }

    /// Decodes a prompt that already passed ``decodePrompt(_:file:)`` (a built-in, checked by the
    /// tests, or a user file in the validation cache): the same Swift decoding, without the source map
    /// and the unknown-field pass, which only serve error messages. The result equals what
    /// ``decodePrompt(_:file:)`` returns for the same bytes.
    public func decodeValidatedPrompt(_ data: Data) throws -> Prompt {
        try promptDecoder.decode(Prompt.self, from: SafeText.cleanJSON(data))
    }

    /// The outline of a validated prompt, decoding only the fields listings and progress need.
    public func decodeValidatedOutline(_ data: Data) throws -> PromptOutline {
        try JSONDecoder().decode(PromptOutline.self, from: SafeText.cleanJSON(data))
    }

    /// A validated lexicon, without the source map.
    public func decodeValidatedLexicon(_ data: Data) throws -> Lexicon {
        try JSONDecoder().decode(Lexicon.self, from: SafeText.cleanJSON(data))
    }

    /// A lexicon file, with its named lists checked: each resolves, with the lists of `base` (the
    /// lexicons loaded before it) and its own — no unknown name, no cycle, no syntax error.
    public func decodeLexicon(_ data: Data, file: String, base: Lexicon = Lexicon()) throws(PromptError) -> Lexicon {
        let map = try sourceMap(data, file: file)
        let lexicon: Lexicon
        do {
            lexicon = try JSONDecoder().decode(Lexicon.self, from: SafeText.cleanJSON(data))
        } catch {
            throw Self.explain(error, file: file, map: map, data: data)
        }
        do {
            _ = try SignalLists(definitions: base.merged(with: lexicon).lists, checkingFirst: lexicon.lists.keys.sorted())
        } catch {
            throw Self.explain(error, file: file, map: map, data: data, ownLists: Set(lexicon.lists.keys))
        }
        return lexicon
    }

    /// A list problem as a sentence with a position: the character inside the entry's string.
    static func explain(_ problem: SignalLists.Problem, file: String, map: JSONSourceMap, data: Data, ownLists: Set<String>) -> PromptError {
        guard ownLists.contains(problem.name) else {
            return .rule(file: file, at: map.position(of: "lists"), path: "lists",
                         problem: "a list of an earlier lexicon no longer resolves: \(problem.description)",
                         fix: "Rename the list of this file that it depends on.")
        }
        guard let entry = problem.entry else {
            let path = "lists.\(problem.name)"
            return .invalidField(file: file, at: map.position(of: path), path: path, expected: problem.expected, found: problem.found,
                                 fix: problem.fix + " The lists: `mlsd prompts guide`.")
        }
        let path = "lists.\(problem.name)[\(entry)]"
        let start = map.position(of: path)
        let at = JSONSourceMap.Position(
            line: start.line, column: start.column + rawColumns(beforeCharacter: problem.offset, ofStringAt: start, in: data))
        return .invalidField(
            file: file, at: at, path: path, expected: "\(problem.expected) (character \(problem.offset + 1) of the signal)",
            found: problem.found, fix: problem.fix + " The signal syntax: `mlsd prompts guide`.")
    }

    private func sourceMap(_ data: Data, file: String) throws(PromptError) -> JSONSourceMap {
        if let offset = InputFile.invalidUTF8Offset(data) {
            throw PromptError.syntax(file: file, at: Self.position(ofByte: offset, in: data), message: "the file is not valid UTF-8 at byte \(offset)")
        }
        do {
            return try JSONSourceMap(Array(data))
        } catch {
            throw PromptError.syntax(file: file, at: error.position, message: error.message)
        }
    }

    /// Rewrites a `DecodingError` as a sentence with a position.
    static func explain(_ error: Error, file: String, map: JSONSourceMap, data: Data) -> PromptError {
        guard let decodingError = error as? DecodingError else {
            return .unreadable(file: file, reason: String(describing: error))
        }
        switch decodingError {
        case .keyNotFound(let key, let context):
            let parent = JSONSourceMap.path(context.codingPath)
            let path = parent.isEmpty ? key.stringValue : parent + "." + key.stringValue
            return .invalidField(
                file: file, at: map.position(of: parent), path: path,
                expected: "a \"\(key.stringValue)\" field", found: "none",
                fix: "Add \"\(key.stringValue)\" to \(parent.isEmpty ? "the top-level object" : parent) (the fields: `mlsd prompts guide`).")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let path = JSONSourceMap.path(context.codingPath)
            return .invalidField(
                file: file, at: map.position(of: path), path: path,
                expected: describe(type), found: foundValue(at: path, map: map, data: data),
                fix: "Change the value to \(describe(type)).")
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            // The structure passed the source map, and Foundation says only "The given data was not valid
            // JSON" (no position, no reason): name what the source map does not check.
            return .syntax(
                file: file, at: map.position(of: ""),
                message: "the document is refused by the JSON decoder; look for a number too large for its field (such as 1e300 "
                    + "where a whole number is expected), an invalid escape in a string (such as \"\\x\") or a raw control character in a string")
        case .dataCorrupted(let context):
            let path = JSONSourceMap.path(context.codingPath)
            if let syntax = context.underlyingError as? SignalSyntax.ParseError {
                // Point at the character inside the JSON string, not at the string's opening quote.
                let start = map.position(of: path)
                let at = JSONSourceMap.Position(
                    line: start.line, column: start.column + rawColumns(beforeCharacter: syntax.offset, ofStringAt: start, in: data))
                return .invalidField(
                    file: file, at: at, path: path,
                    expected: "\(syntax.expected) (character \(syntax.offset + 1) of the signal)", found: syntax.found,
                    fix: syntax.fix + " The signal syntax: `mlsd prompts guide`.")
            }
            if let problem = context.underlyingError as? FormatProblem {
                return .rule(file: file, at: map.position(of: path), path: path, problem: problem.problem, fix: problem.fix)
            }
            let (expected, fix) = (context.underlyingError as? RangeCheckedDecoding.OutOfRange).map {
                ($0.expected, "Change the value to \($0.expected). The format: `mlsd prompts guide`.")
            } ?? expectation(context.debugDescription)
            return .invalidField(
                file: file, at: map.position(of: path), path: path,
                expected: expected, found: foundValue(at: path, map: map, data: data), fix: fix)
        @unknown default:
            return .unreadable(file: file, reason: String(describing: error))
        }
    }

    private static func expectation(_ debugDescription: String) -> (String, String) {
        // Enums report "Cannot initialize Difficulty from invalid String value x".
        if let range = debugDescription.range(of: "Cannot initialize "),
            let end = debugDescription.range(of: " from invalid")
        {
            let typeName = String(debugDescription[range.upperBound..<end.lowerBound])
            let allowed: [String]
            switch typeName {
            case "Difficulty": allowed = Difficulty.allCases.map(\.rawValue)
            case "QuantityKind": allowed = QuantityKind.allCases.map(\.rawValue)
            case "Label": allowed = ["strong", "weak"]
            default: allowed = []
            }
            if !allowed.isEmpty {
                let list = allowed.map { "\"\($0)\"" }.joined(separator: ", ")
                return ("one of \(list)", "Use one of \(list).")
            }
        }
        let detail = debugDescription.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        return ("a valid value", "The decoder says: \(detail). The format: `mlsd prompts guide`.")
    }

    /// Line and column of a byte offset (columns count characters, as the source map does).
    static func position(ofByte offset: Int, in data: Data) -> JSONSourceMap.Position {
        var line = 1
        var column = 1
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return JSONSourceMap.Position(line: line, column: column)
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }

    /// How many columns of the source line lie between a JSON string's opening quote (at `start`) and
    /// its `offset`-th decoded character: 1 for the quote plus the raw length of the characters before
    /// it, where an escape such as `\"` or `\u00e9` is several columns for one character.
    static func rawColumns(beforeCharacter offset: Int, ofStringAt start: JSONSourceMap.Position, in data: Data) -> Int {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard start.line - 1 < lines.count else { return 1 + offset }
        let raw = Array(lines[start.line - 1].dropFirst(start.column))  // after the opening quote
        var columns = 1
        var decoded = 0
        var i = 0
        while decoded < offset, i < raw.count, raw[i] != "\"" {
            if raw[i] == "\\", i + 1 < raw.count {
                var width = raw[i + 1] == "u" ? 6 : 2
                // A surrogate pair (two \u escapes) decodes to one character.
                if raw[i + 1] == "u", i + 7 < raw.count, raw[i + 6] == "\\", raw[i + 7] == "u",
                    let high = UInt32(String(raw[(i + 2)..<min(i + 6, raw.count)]), radix: 16), (0xD800...0xDBFF).contains(high)
                {
                    width = 12
                }
                columns += width
                i += width
            } else {
                columns += 1
                i += 1
            }
            decoded += 1
        }
        return columns
    }

    /// A short quote of the JSON value at `path`, for "found …".
    private static func foundValue(at path: String, map: JSONSourceMap, data: Data) -> String {
        guard let position = map.positions[path] else { return "nothing" }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard position.line - 1 < lines.count else { return "nothing" }
        let line = lines[position.line - 1]
        let text = line.dropFirst(position.column - 1)
        let first = text.first
        switch first {
        case "{": return "an object"
        case "[": return "an array"
        case "\"":
            let quoted = text.dropFirst().prefix { $0 != "\"" }
            return "the string \"\(quoted.prefix(40))\""
        case "n": return "null"
        case "t", "f": return "a boolean"
        default:
            let token = text.prefix { !",}] \t".contains($0) }
            return token.isEmpty ? "nothing" : "\(token)"
        }
    }
}
