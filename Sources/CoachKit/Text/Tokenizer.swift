/// Splits text into `Token`s with their Character offsets, applying the normalisation rules:
///
/// - case folding and diacritics via `TextNormalizer.fold`;
/// - hyphens and slashes between words separate them ("click-through" → click, through;
///   "train/test" → train, test) except between single letters ("A/B" → ab, "I/O" → io) and after
///   a bound prefix ("pre-computed", "re ranking", "multi-task" → precomputed, reranking, multitask);
///   "w/o" reads as "without" and "w/" as "with";
/// - letters followed by digits stay one word ("p99", "k8s", "gpt4");
/// - digits followed by letters split into a number and a unit ("200ms" → 200, ms; "10GB" → 10, gb),
///   with magnitude suffixes spelled out ("10k" → 10, thousand; "1.5B" → 1.5, billion) and ordinals
///   kept whole ("3rd");
/// - "1,000,000" is one number; "e.g." and "i.e." are single words;
/// - "$", "%", "<", ">", "~", "+" and "=" are symbol tokens; other punctuation is kept as
///   punctuation tokens because clause boundaries and lists are read from it.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokens(in text: String) -> [Token] {
        let characters = Array(text)
        return tokens(in: characters, range: 0..<characters.count)
    }

    /// Tokens of `characters[range]`; offsets are indices into `characters`.
    public func tokens(in characters: [Character], range: Range<Int>) -> [Token] {
        var scanner = Scanner(characters: characters, range: range)
        scanner.run()
        return scanner.tokens
    }
}

/// The character classes the scanner distinguishes, computed on folded characters.
private enum CharacterClass: Equatable {
    case letter, digit, space, apostrophe, hyphen, slash, period, comma, symbol, ampersand, quote, separator, other
}

private struct Scanner {
    let characters: [Character]
    let lower: Int
    let upper: Int
    var folded: [String] = []
    var classes: [CharacterClass] = []
    var tokens: [Token] = []

    init(characters: [Character], range: Range<Int>) {
        self.characters = characters
        lower = range.lowerBound
        upper = range.upperBound
        let normalizer = TextNormalizer()
        folded.reserveCapacity(range.count)
        classes.reserveCapacity(range.count)
        for index in range {
            let f = normalizer.fold(characters[index])
            folded.append(f)
            classes.append(Self.classify(f))
        }
    }

    // Folded text and class at an absolute index.
    func text(_ i: Int) -> String { folded[i - lower] }
    func cls(_ i: Int) -> CharacterClass { i >= lower && i < upper ? classes[i - lower] : .space }
    func isAlphanumeric(_ i: Int) -> Bool { cls(i) == .letter || cls(i) == .digit }

    static func classify(_ folded: String) -> CharacterClass {
        guard let c = folded.first else { return .space }
        if c.isASCII {
            switch c {
            case "a"..."z": return .letter
            case "0"..."9": return .digit
            case "'": return .apostrophe
            case "-": return .hyphen
            case "/": return .slash
            case ".": return .period
            case ",": return .comma
            case "&": return .ampersand
            case "\"", "`": return .quote
            case "$", "%", "<", ">", "~", "+", "=": return .symbol
            case "@", "_", "#", "^", "|", "\\": return .separator
            default: return c.isWhitespace ? .space : .other
            }
        }
        if c.isWhitespace { return .space }
        if c.isLetter { return .letter }
        if c == "\u{20AC}" || c == "\u{00A3}" || c == "\u{00A5}" { return .symbol }
        return .other
    }

    mutating func run() {
        var i = lower
        while i < upper {
            switch cls(i) {
            case .separator where text(i) == "|":
                // A table cell border: ends a phrase like a semicolon does.
                emit("|", .punctuation, start: i, end: i + 1)
                i += 1
            case .space, .quote, .apostrophe, .separator:
                i += 1
            case .letter:
                i = readWord(from: i)
            case .digit:
                i = readNumber(from: i)
            case .period where cls(i + 1) == .digit && !isAlphanumeric(i - 1):
                i = readNumber(from: i)
            case .symbol:
                emit(text(i), .symbol, start: i, end: i + 1)
                i += 1
            case .ampersand:
                emit("and", .word, start: i, end: i + 1)
                i += 1
            case .hyphen:
                if isAlphanumeric(i - 1) && isAlphanumeric(i + 1) {
                    i += 1  // joins two words: they become separate tokens, no punctuation
                } else if cls(i + 1) == .hyphen {
                    emit("\u{2014}", .punctuation, start: i, end: i + 2)
                    i += 2
                } else {
                    emit(cls(i - 1) == .space && cls(i + 1) == .space ? "\u{2014}" : "-", .punctuation, start: i, end: i + 1)
                    i += 1
                }
            case .period:
                var j = i
                while cls(j) == .period { j += 1 }
                // The period of "vs.", "etc.", "approx." abbreviates; it ends nothing.
                let abbreviates = j - i == 1 && tokens.last.map { $0.end == i && Self.abbreviations.contains($0.text) } == true
                if !abbreviates { emit(j - i > 1 ? "..." : text(i), .punctuation, start: i, end: j) }
                i = j
            case .slash, .comma, .other:
                emit(text(i), .punctuation, start: i, end: i + 1)
                i += 1
            }
        }
    }

    mutating func emit(_ text: String, _ kind: Token.Kind, value: Double? = nil, start: Int, end: Int) {
        if kind == .word, let previous = tokens.last, previous.kind == .word, Self.boundPrefixes.contains(previous.text),
           previous.end == start - 1, cls(start - 1) == .hyphen || cls(start - 1) == .space,
           text.count >= 2, text.allSatisfy(\.isLetter) {
            // "pre-computed", "re ranking", "multi-task": one word, however it is written.
            tokens[tokens.count - 1] = Token(text: previous.text + text, kind: .word, start: previous.start, length: end - previous.start)
            return
        }
        tokens.append(Token(text: text, kind: kind, value: value, start: start, length: end - start))
    }

    /// Prefixes that are not words of their own: written with a hyphen, a space or nothing
    /// ("pre-compute", "pre compute", "precompute"), they make one word.
    static let boundPrefixes: Set<String> = ["pre", "re", "co", "non", "multi", "sub", "semi", "de", "bi", "un", "mis"]

    mutating func readWord(from start: Int) -> Int {
        // "e.g.", "i.e.", "U.S.": single letters each followed by a period.
        if cls(start + 1) == .period, cls(start + 2) == .letter, cls(start + 3) == .period, !isAlphanumeric(start - 1) {
            var j = start
            var word = ""
            while cls(j) == .letter, cls(j + 1) == .period {
                word += text(j)
                j += 2
            }
            emit(word, .word, start: start, end: j)
            return j
        }
        var j = start
        var word = ""
        var wordStart = start
        while j < upper {
            if isCamelCaseBoundary(j, wordStart: wordStart) || isScriptBoundary(j, wordStart: wordStart) {
                emit(word, .word, start: wordStart, end: j)
                word = ""
                wordStart = j
            }
            if isAlphanumeric(j) {
                word += text(j)
                j += 1
            } else if cls(j) == .apostrophe, cls(j + 1) == .letter, cls(j - 1) == .letter {
                word += "'"
                j += 1
            } else {
                break
            }
        }
        if word.count == 1, cls(j) == .slash {
            if word == "w", text(safe: j + 1) == "o", !isAlphanumeric(j + 2) {
                emit("without", .word, start: start, end: j + 2)
                return j + 2
            }
            if word == "w", !isAlphanumeric(j + 1) {
                emit("with", .word, start: start, end: j + 1)
                return j + 1
            }
            if cls(j + 1) == .letter, !isAlphanumeric(j + 2) {
                emit(word + text(j + 1), .word, start: start, end: j + 2)
                return j + 2
            }
        }
        emit(word, .word, start: wordStart, end: j)
        return j
    }

    /// Shortest part, in letters, of a run-together word split at a lower-to-upper case change.
    static let camelCasePart = 4

    /// Whether a run-together word ("PickupTime", "DropoffTime") splits before `i`: a lowercase
    /// letter then an uppercase one, with at least `camelCasePart` letters on either side, so
    /// product names ("DeepFM", "LightGBM", "YouTube", "iPhone") stay whole.
    func isCamelCaseBoundary(_ i: Int, wordStart: Int) -> Bool {
        guard i - wordStart >= Self.camelCasePart, Self.isUppercase(characters[i]), Self.isLowercase(characters[i - 1]) else { return false }
        for k in (i - Self.camelCasePart)..<i where !characters[k].isLetter { return false }
        var n = 1
        while i + n < upper, Self.isLowercase(characters[i + n]) { n += 1 }
        return n >= Self.camelCasePart
    }

    // Case tests that answer ASCII letters without Unicode's property tables: this runs at every
    // letter of every word, and most text is ASCII.
    static func isUppercase(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a >= 65 && a <= 90 }
        return c.isUppercase
    }

    static func isLowercase(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a >= 97 && a <= 122 }
        return c.isLowercase
    }

    /// Whether a word changes script before `i` — Latin letters or digits next to another script's
    /// letters ("CTR을", "모델은DNN"): English terms embedded in a note in another language
    /// (Korean particles attach to the word before them) become words of their own.
    func isScriptBoundary(_ i: Int, wordStart: Int) -> Bool {
        guard i > wordStart, isAlphanumeric(i), isAlphanumeric(i - 1) else { return false }
        return isLatin(i) != isLatin(i - 1)
    }

    /// A folded letter or digit in ASCII (diacritics are already folded away: "é" reads "e").
    func isLatin(_ i: Int) -> Bool { text(i).unicodeScalars.allSatisfy(\.isASCII) }

    func text(safe i: Int) -> String? { i >= lower && i < upper ? text(i) : nil }

    mutating func readNumber(from start: Int) -> Int {
        var j = start
        var digits = ""
        while cls(j) == .digit { digits += text(j); j += 1 }
        // Thousands separators: a comma followed by exactly three digits.
        while cls(j) == .comma, cls(j + 1) == .digit, cls(j + 2) == .digit, cls(j + 3) == .digit, cls(j + 4) != .digit, !digits.isEmpty {
            digits += text(j + 1) + text(j + 2) + text(j + 3)
            j += 4
        }
        if cls(j) == .period, cls(j + 1) == .digit {
            digits += digits.isEmpty ? "0." : "."
            j += 1
            while cls(j) == .digit { digits += text(j); j += 1 }
        }
        let numberEnd = j
        var suffix = ""
        var k = j
        while cls(k) == .letter { suffix += text(k); k += 1 }
        if suffix.isEmpty {
            emit(digits, .number, value: Double(digits), start: start, end: numberEnd)
            return numberEnd
        }
        if Self.ordinalSuffixes.contains(suffix), !isAlphanumeric(k) {
            emit(digits + suffix, .word, start: start, end: k)
            return k
        }
        emit(digits, .number, value: Double(digits), start: start, end: numberEnd)
        emit(Self.magnitudeSuffixes[suffix] ?? suffix, .word, start: numberEnd, end: k)
        return k
    }

    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    static let abbreviations: Set<String> = ["vs", "etc", "approx", "incl", "esp", "cf", "resp", "avg", "est", "eg", "ie"]
    /// Magnitude suffixes written straight after a number, spelled out so "10k" and "10 thousand" agree.
    static let magnitudeSuffixes: [String: String] = [
        "k": "thousand", "m": "million", "mm": "million", "mn": "million", "mil": "million", "mio": "million",
        "b": "billion", "bn": "billion", "bil": "billion", "t": "trillion", "tn": "trillion",
    ]
}
