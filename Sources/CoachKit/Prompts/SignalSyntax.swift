/// The compact text form of a signal, written as one JSON string instead of nested objects:
///
///     "@objective + (revenue | advertiser | user experience | @conversion)"
///
/// - `@name` — a lexicon concept (`mlsd prompts concepts` lists them);
/// - `#kind` — a number with a unit: `#duration`, `#count`, `#percent`, `#size`, `#money`, `#number`;
/// - `$name` — a named signal list of the lexicon (`"lists"` in `lexicon.json`): it stands for its
///   alternatives, as if they were written here in parentheses; inside an any (or as a whole entry of
///   a signal list) the alternatives join that any directly, exactly as if written out with `|`;
/// - `a + b` — all: every part matches the same sentence;
/// - `a | b` — any: at least one part matches; `+` binds tighter than `|`, so `a + b | c` is `(a + b) | c`;
/// - `( … )` — grouping;
/// - anything else is a phrase: the words up to the next `+`, `|`, `(` or `)`, spaces trimmed
///   (`A/B test`, `what's`, `p99`, `recall@k` are plain phrases);
/// - `` `…` `` — a quoted phrase, for the rare phrase with an operator character or a leading `@`/`#`:
///   `` `C++` ``, `` `#1 spot` ``.
///
/// `@`, `#` and `$` (before a letter) are only special at the start of a part. A hand-written recursive-descent parser with a
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

    /// What `$name` refers to, for the parser.
    public enum ListLookup: Sendable {
        /// The list's alternatives (resolved, at least one).
        case found([Signal])
        /// No list has that name; `suggestion` is the closest name there is.
        case unknown(suggestion: String?)
        /// The list cannot be resolved; `problem` says why (a cycle, or an error inside the list).
        case broken(problem: String, fix: String)
    }

    /// Parses the compact form; `$name` references are looked up in `lists`.
    public static func parse(_ text: String, lists: SignalLists = .empty) throws(ParseError) -> Signal {
        try parseEntry(text, lookup: lists.lookup).signal
    }

    /// Parses one entry of a signal list. A bare `$name` alone is spliced into the list: its
    /// alternatives become entries of their own, as if written there one by one.
    public static func parseListEntry(_ text: String, lists: SignalLists = .empty) throws(ParseError) -> [Signal] {
        try parseEntries(text, lookup: lists.lookup)
    }

    static func parseEntries(_ text: String, lookup: @escaping (String) -> ListLookup) throws(ParseError) -> [Signal] {
        let entry = try parseEntry(text, lookup: lookup)
        return entry.spliced ?? [entry.signal]
    }

    static func parseEntry(_ text: String, lookup: @escaping (String) -> ListLookup) throws(ParseError) -> (signal: Signal, spliced: [Signal]?) {
        var parser = Parser(characters: Array(text), lookup: lookup)
        return try parser.parseTopLevel()
    }

    /// The compact form of `signal`, or nil when it has no compact form (an empty or one-element
    /// `all`/`any`, an empty phrase, a phrase containing a backtick, a concept id with operator
    /// characters); such signals stay objects.
    public static func format(_ signal: Signal) -> String? { render(signal, inside: nil, lists: nil, asListEntry: false) }

    /// The compact form with each part that spells out a named list written `$name` — the text parses
    /// back (with those lists) to `signal` exactly. `asListEntry`: the text is an entry of a signal list,
    /// where a bare `$name` would be spliced into the list, so a whole any is written `($name)`.
    public static func format(_ signal: Signal, abbreviating lists: SignalListAbbreviator, asListEntry: Bool) -> String? {
        render(signal, inside: nil, lists: lists, asListEntry: asListEntry)
    }

    // MARK: - Printing

    private enum Context { case all, any }

    private static func render(_ signal: Signal, inside context: Context?, lists: SignalListAbbreviator?, asListEntry: Bool) -> String? {
        if let lists, let whole = lists.whole(signal) {
            // An any spelled out as a list: `$name` inside an all; in an any or as a list entry its
            // alternatives would join the enclosing list, so the group keeps its parentheses.
            return whole.isGroup && (context == .any || (context == nil && asListEntry)) ? "($" + whole.name + ")" : "$" + whole.name
        }
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
            var index = 0
            while index < list.count {
                // A run of alternatives that spells out a list joins this any as `$name`.
                if let lists, let run = lists.run(in: list, from: index) {
                    parts.append("$" + run.name)
                    index += run.length
                    continue
                }
                guard let text = render(list[index], inside: .any, lists: lists, asListEntry: false) else { return nil }
                parts.append(text)
                index += 1
            }
            let joined = parts.joined(separator: " | ")
            return context == nil ? joined : "(" + joined + ")"
        case .all(let list):
            guard list.count >= 2 else { return nil }
            var parts: [String] = []
            for part in list {
                guard let text = render(part, inside: .all, lists: lists, asListEntry: false) else { return nil }
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
        if first == "$", let second = text.dropFirst().first, second.isASCII, second.isLetter { return false }
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

    static func isOperator(_ character: Character) -> Bool {
        switch character {
        case "+", "|", "(", ")": true
        default: false
        }
    }

    /// White space, answered for ASCII without Unicode's property tables: every built-in prompt's
    /// thousands of signals are parsed at start-up.
    static func isSpace(_ character: Character) -> Bool {
        if let a = character.asciiValue { return a == 32 || (a >= 9 && a <= 13) }
        return character.isWhitespace
    }

    static func isNameCharacter(_ character: Character) -> Bool {
        guard let a = character.asciiValue else { return false }
        return (a >= 97 && a <= 122) || (a >= 65 && a <= 90) || (a >= 48 && a <= 57) || a == 45 || a == 95 || a == 46
    }

    // MARK: - Parsing

    /// A parsed part: a signal, or a `$name` reference with its list's alternatives (which an
    /// enclosing any takes in one by one).
    private enum Part {
        case signal(Signal)
        case reference([Signal])

        /// The part as one signal: a reference is its alternatives grouped.
        var signal: Signal {
            switch self {
            case .signal(let signal): signal
            case .reference(let alternatives): alternatives.count == 1 ? alternatives[0] : .any(alternatives)
            }
        }
    }

    private struct Parser {
        let characters: [Character]
        let lookup: (String) -> ListLookup
        var index = 0
        var depth = 0

        init(characters: [Character], lookup: @escaping (String) -> ListLookup) {
            self.characters = characters
            self.lookup = lookup
        }

        mutating func parseTopLevel() throws(ParseError) -> (signal: Signal, spliced: [Signal]?) {
            skipSpaces()
            guard index < characters.count else {
                throw ParseError(offset: 0, expected: "a signal", found: "an empty string",
                                 fix: "Write a phrase, @concept or #quantity, e.g. \"watch time\" or \"@latency + #duration\".")
            }
            let part = try parseAnyPart()
            skipSpaces()
            if index < characters.count {
                if characters[index] == ")" {
                    throw ParseError(offset: index, expected: "the end of the signal", found: "a ')' without a matching '('",
                                     fix: "Remove it or add the '(' it closes.")
                }
                throw ParseError(offset: index, expected: "'+', '|' or the end of the signal", found: describe(at: index),
                                 fix: "Join the parts with '+' (all) or '|' (any), or quote a phrase in backticks.")
            }
            if case .reference(let alternatives) = part { return (part.signal, alternatives) }
            return (part.signal, nil)
        }

        mutating func parseAny() throws(ParseError) -> Signal { try parseAnyPart().signal }

        /// any := all ('|' all)*. A reference standing alone as an alternative contributes its
        /// alternatives, so `a | $x` is what `a | x1 | x2` would be.
        mutating func parseAnyPart() throws(ParseError) -> Part {
            let first = try parseAll()
            guard peekOperator("|") else { return first }
            var parts: [Signal] = []
            func add(_ part: Part) {
                switch part {
                case .signal(let signal): parts.append(signal)
                case .reference(let alternatives): parts += alternatives
                }
            }
            add(first)
            while peekOperator("|") {
                index += 1
                add(try parseAll())
            }
            return .signal(parts.count == 1 ? parts[0] : .any(parts))
        }

        /// all := atom ('+' atom)*; a reference inside an all is its alternatives grouped.
        mutating func parseAll() throws(ParseError) -> Part {
            let first = try parseAtom()
            guard peekOperator("+") else { return first }
            var parts = [first.signal]
            while peekOperator("+") {
                index += 1
                parts.append(try parseAtom().signal)
            }
            return .signal(.all(parts))
        }

        /// atom := '(' any ')' | '@' name | '#' kind | '$' name | '`' text '`' | bare phrase
        mutating func parseAtom() throws(ParseError) -> Part {
            skipSpaces()
            guard index < characters.count else {
                throw ParseError(offset: index, expected: "a phrase, @concept, #quantity or '(' after '\(lastOperator())'",
                                 found: "the end of the signal", fix: "Complete the signal or remove the trailing operator.")
            }
            switch characters[index] {
            case "(": return try parseGroup()
            case "$" where index + 1 < characters.count && characters[index + 1].isASCII && characters[index + 1].isLetter:
                return try parseListReference()
            case "@": return try parseConcept()
            case "#": return try parseQuantity()
            case "`": return try parseQuoted()
            case "+", "|", ")":
                throw ParseError(offset: index, expected: "a phrase, @concept, #quantity or '('", found: describe(at: index),
                                 fix: "Write a part before '\(characters[index])'; a phrase containing it goes in backticks, e.g. `C++`.")
            default: return try parseBarePhrase()
            }
        }

        /// '(' any ')', at most `SignalSyntax.maxDepth` deep.
        mutating func parseGroup() throws(ParseError) -> Part {
            let start = index
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
            return .signal(inner)
        }

        /// '$' name: a signal list of the lexicon, spelled out where it is used.
        mutating func parseListReference() throws(ParseError) -> Part {
            let start = index
            index += 1
            let name = takeName()
            switch lookup(name) {
            case .found(let alternatives):
                return .reference(alternatives)
            case .unknown(let suggestion):
                throw ParseError(offset: start, expected: "the name of a signal list", found: "the unknown list $\(name)",
                                 fix: (suggestion.map { Suggestion.question(naming: $0, shown: { "$" + $0 }) + " " } ?? "")
                                    + "Define it under \"lists\" in lexicon.json or fix the name (`mlsd prompts concepts` lists them); a phrase starting with '$' goes in backticks.")
            case .broken(let problem, let fix):
                throw ParseError(offset: start, expected: "a signal list that resolves", found: "$\(name), which \(problem)", fix: fix)
            }
        }

        /// '@' name: a lexicon concept.
        mutating func parseConcept() throws(ParseError) -> Part {
            let start = index
            index += 1
            let name = takeName()
            guard !name.isEmpty else {
                throw ParseError(offset: start, expected: "a concept name after '@'", found: describe(at: index),
                                 fix: "Write e.g. @latency; `mlsd prompts concepts` lists them. A phrase starting with '@' goes in backticks.")
            }
            return .signal(.concept(name))
        }

        /// '#' kind: a quantity.
        mutating func parseQuantity() throws(ParseError) -> Part {
            let start = index
            index += 1
            let name = takeName()
            guard let kind = QuantityKind(rawValue: name) else {
                let kinds = QuantityKind.allCases.map { "#" + $0.rawValue }
                let suggestion = Suggestion.closest(to: name, in: QuantityKind.allCases.map(\.rawValue)).map { Suggestion.question(naming: $0, shown: { "#" + $0 }) + " " } ?? ""
                throw ParseError(offset: start, expected: "a quantity kind (" + kinds.joined(separator: ", ") + ")",
                                 found: name.isEmpty ? describe(at: index) : "#\(name)",
                                 fix: suggestion + "A phrase starting with '#' goes in backticks.")
            }
            return .signal(.quantity(kind))
        }

        /// '`' text '`': a phrase that may hold operator characters.
        mutating func parseQuoted() throws(ParseError) -> Part {
            let start = index
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
            return .signal(.phrase(text))
        }

        /// Words up to the next operator, spaces folded.
        mutating func parseBarePhrase() throws(ParseError) -> Part {
            var words = ""
            var pendingSpace = false
            while index < characters.count, !SignalSyntax.isOperator(characters[index]), characters[index] != "`" {
                let character = characters[index]
                if SignalSyntax.isSpace(character) {
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
            return .signal(.phrase(words))
        }

        mutating func skipSpaces() {
            while index < characters.count, SignalSyntax.isSpace(characters[index]) { index += 1 }
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
