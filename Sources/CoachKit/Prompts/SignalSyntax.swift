/// The compact text form of a signal, written as one JSON string instead of nested objects:
///
///     "@objective + (revenue | advertiser | user experience | @conversion)"
///
/// - `@name` — a lexicon concept (`mlsd prompts concepts` lists them);
/// - `#kind` — a number with a unit: `#duration`, `#count`, `#percent`, `#size`, `#money`, `#number`;
/// - `a + b` — all: every part matches the same sentence;
/// - `a | b` — any: at least one part matches; `+` binds tighter than `|`, so `a + b | c` is `(a + b) | c`;
/// - `( … )` — grouping;
/// - anything else is a phrase: the words up to the next `+`, `|`, `(` or `)`, spaces trimmed
///   (`A/B test`, `what's`, `p99`, `recall@k` are plain phrases);
/// - `` `…` `` — a quoted phrase, for the rare phrase with an operator character or a leading `@`/`#`:
///   `` `C++` ``, `` `#1 spot` ``.
///
/// `@` and `#` are only special at the start of a part. A hand-written recursive-descent parser with a
/// depth bound, so hostile input cannot exhaust the stack; errors carry the character offset.
public enum SignalSyntax {
    /// Deepest nesting of parentheses accepted; real signals use two or three levels.
    public static let maxDepth = 24

    /// A problem at a character offset (0-based) inside the signal text.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var offset: Int
        public var expected: String
        public var found: String
        public var fix: String

        public var description: String {
            "character \(offset + 1): expected \(expected), found \(found). \(fix)"
        }
    }

    /// Parses the compact form.
    public static func parse(_ text: String) throws(ParseError) -> Signal {
        var parser = Parser(characters: Array(text))
        return try parser.parseSignal()
    }

    /// The compact form of `signal`, or nil when it has no compact form (an empty or one-element
    /// `all`/`any`, an empty phrase, a phrase containing a backtick, a concept id with operator
    /// characters); such signals stay objects.
    public static func format(_ signal: Signal) -> String? { render(signal, inside: nil) }

    // MARK: - Printing

    private enum Context { case all, any }

    private static func render(_ signal: Signal, inside context: Context?) -> String? {
        switch signal {
        case .phrase(let text):
            return phraseText(text)
        case .concept(let id):
            guard !id.isEmpty, id.allSatisfy(isNameCharacter) else { return nil }
            return "@" + id
        case .quantity(let kind):
            return "#" + kind.rawValue
        case .any(let list):
            guard list.count >= 2 else { return nil }
            var parts: [String] = []
            for part in list {
                guard let text = render(part, inside: .any) else { return nil }
                parts.append(text)
            }
            let joined = parts.joined(separator: " | ")
            return context == nil ? joined : "(" + joined + ")"
        case .all(let list):
            guard list.count >= 2 else { return nil }
            var parts: [String] = []
            for part in list {
                guard let text = render(part, inside: .all) else { return nil }
                parts.append(text)
            }
            let joined = parts.joined(separator: " + ")
            // `(a + b) | c` parses like `a + b | c`; the parentheses are only for the reader.
            return context == nil ? joined : "(" + joined + ")"
        }
    }

    /// A phrase as written bare when that reads back the same, else in backticks; nil when neither works.
    static func phraseText(_ text: String) -> String? {
        if isBare(text) { return text }
        guard !text.isEmpty, !text.contains("`"), !text.contains(where: \.isNewline) else { return nil }
        return "`" + text + "`"
    }

    private static func isBare(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        if first == "@" || first == "#" || first.isWhitespace || last.isWhitespace { return false }
        var previousSpace = false
        for character in text {
            if isOperator(character) || character == "`" || character.isNewline || character == "\t" { return false }
            if character == " " {
                if previousSpace { return false }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        return true
    }

    static func isOperator(_ character: Character) -> Bool { "+|()".contains(character) }

    static func isNameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_" || character == ".")
    }

    // MARK: - Parsing

    private struct Parser {
        let characters: [Character]
        var index = 0
        var depth = 0

        init(characters: [Character]) { self.characters = characters }

        mutating func parseSignal() throws(ParseError) -> Signal {
            skipSpaces()
            guard index < characters.count else {
                throw ParseError(offset: 0, expected: "a signal", found: "an empty string",
                                 fix: "Write a phrase, @concept or #quantity, e.g. \"watch time\" or \"@latency + #duration\".")
            }
            let signal = try parseAny()
            skipSpaces()
            if index < characters.count {
                if characters[index] == ")" {
                    throw ParseError(offset: index, expected: "the end of the signal", found: "a ')' without a matching '('",
                                     fix: "Remove it or add the '(' it closes.")
                }
                throw ParseError(offset: index, expected: "'+', '|' or the end of the signal", found: describe(at: index),
                                 fix: "Join the parts with '+' (all) or '|' (any), or quote a phrase in backticks.")
            }
            return signal
        }

        /// any := all ('|' all)*
        mutating func parseAny() throws(ParseError) -> Signal {
            var parts = [try parseAll()]
            while peekOperator("|") {
                index += 1
                parts.append(try parseAll())
            }
            return parts.count == 1 ? parts[0] : .any(parts)
        }

        /// all := atom ('+' atom)*
        mutating func parseAll() throws(ParseError) -> Signal {
            var parts = [try parseAtom()]
            while peekOperator("+") {
                index += 1
                parts.append(try parseAtom())
            }
            return parts.count == 1 ? parts[0] : .all(parts)
        }

        /// atom := '(' any ')' | '@' name | '#' kind | '`' text '`' | bare phrase
        mutating func parseAtom() throws(ParseError) -> Signal {
            skipSpaces()
            guard index < characters.count else {
                throw ParseError(offset: index, expected: "a phrase, @concept, #quantity or '(' after '\(lastOperator())'",
                                 found: "the end of the signal", fix: "Complete the signal or remove the trailing operator.")
            }
            let start = index
            switch characters[index] {
            case "(":
                guard depth < SignalSyntax.maxDepth else {
                    throw ParseError(offset: index, expected: "at most \(SignalSyntax.maxDepth) nested parentheses",
                                     found: "deeper nesting", fix: "Simplify the signal.")
                }
                depth += 1
                index += 1
                let inner = try parseAny()
                skipSpaces()
                guard index < characters.count, characters[index] == ")" else {
                    throw ParseError(offset: start, expected: "a ')' closing this '('",
                                     found: index < characters.count ? describe(at: index) : "the end of the signal",
                                     fix: "Add the missing ')'.")
                }
                index += 1
                depth -= 1
                return inner
            case "@":
                index += 1
                let name = takeName()
                guard !name.isEmpty else {
                    throw ParseError(offset: start, expected: "a concept name after '@'", found: describe(at: index),
                                     fix: "Write e.g. @latency; `mlsd prompts concepts` lists them. A phrase starting with '@' goes in backticks.")
                }
                return .concept(name)
            case "#":
                index += 1
                let name = takeName()
                guard let kind = QuantityKind(rawValue: name) else {
                    let kinds = QuantityKind.allCases.map { "#" + $0.rawValue }
                    let suggestion = Suggestion.closest(to: name, in: QuantityKind.allCases.map(\.rawValue)).map { "Did you mean #\($0)? " } ?? ""
                    throw ParseError(offset: start, expected: "a quantity kind (" + kinds.joined(separator: ", ") + ")",
                                     found: name.isEmpty ? describe(at: index) : "#\(name)",
                                     fix: suggestion + "A phrase starting with '#' goes in backticks.")
                }
                return .quantity(kind)
            case "`":
                index += 1
                let textStart = index
                while index < characters.count, characters[index] != "`" { index += 1 }
                guard index < characters.count else {
                    throw ParseError(offset: start, expected: "a closing '`'", found: "the end of the signal",
                                     fix: "Close the quoted phrase with a backtick.")
                }
                let text = String(characters[textStart..<index])
                index += 1
                guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw ParseError(offset: start, expected: "a phrase inside the backticks", found: "nothing", fix: "Write the words to match.")
                }
                return .phrase(text)
            case "+", "|", ")":
                throw ParseError(offset: index, expected: "a phrase, @concept, #quantity or '('", found: describe(at: index),
                                 fix: "Write a part before '\(characters[index])'; a phrase containing it goes in backticks, e.g. `C++`.")
            default:
                var words = ""
                var pendingSpace = false
                while index < characters.count, !SignalSyntax.isOperator(characters[index]), characters[index] != "`" {
                    let character = characters[index]
                    if character.isWhitespace {
                        pendingSpace = !words.isEmpty
                    } else {
                        if pendingSpace { words.append(" ") }
                        pendingSpace = false
                        words.append(character)
                    }
                    index += 1
                }
                if index < characters.count, characters[index] == "`" {
                    throw ParseError(offset: index, expected: "'+' or '|' before a quoted phrase", found: "'`'",
                                     fix: "Quote the whole phrase: `like this`.")
                }
                return .phrase(words)
            }
        }

        mutating func skipSpaces() {
            while index < characters.count, characters[index].isWhitespace { index += 1 }
        }

        mutating func peekOperator(_ character: Character) -> Bool {
            skipSpaces()
            return index < characters.count && characters[index] == character
        }

        mutating func takeName() -> String {
            let start = index
            while index < characters.count, SignalSyntax.isNameCharacter(characters[index]) { index += 1 }
            return String(characters[start..<index])
        }

        func lastOperator() -> Character {
            characters[..<index].last { SignalSyntax.isOperator($0) } ?? "+"
        }

        func describe(at position: Int) -> String {
            guard position < characters.count else { return "the end of the signal" }
            let character = characters[position]
            if character.isWhitespace { return "a space" }
            return "'\(character)'"
        }
    }
}
