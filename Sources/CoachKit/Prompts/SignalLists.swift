import Foundation

/// The named signal lists of a lexicon (`"lists"` in `lexicon.json`), resolved: a recurring signal
/// expression — quantities, operators and all, such as the "compared with the current model" words of an
/// A/B test — written once and used as `$name` in any signal. A concept (`@name`) is a set of
/// synonyms matched as one term; a list is a set of whole signals, exactly as if written out where it
/// is used, so replacing a written-out list by its name changes no score.
///
/// Lists may use other lists; a cycle, an unknown name or a syntax error in a list is a `Problem`
/// pointing at the list, its entry and the character.
public struct SignalLists: Sendable, Equatable {
    public static let empty = SignalLists()

    /// Name → the list's alternatives with every `$name` inside resolved.
    public private(set) var alternatives: [String: [Signal]] = [:]

    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// The list the problem is in.
        public var name: String
        /// The entry of that list, or nil for the list as a whole (an empty list, a bad name).
        public var entry: Int?
        /// Character offset (0-based) inside the entry.
        public var offset: Int
        public var expected: String
        public var found: String
        public var fix: String

        public var description: String {
            let place = entry.map { "lists.\(name)[\($0)], character \(offset + 1)" } ?? "lists.\(name)"
            return "\(place): expected \(expected), found \(found). \(fix)"
        }
    }

    public init() {}

    /// Resolves `definitions` (name → entries in the compact syntax). The lists in `checkingFirst` are
    /// resolved first, so that a problem they cause (a cycle through an older list) is reported in them.
    public init(definitions: [String: [String]], checkingFirst first: [String] = []) throws(Problem) {
        let resolver = Resolver(definitions: definitions)
        for name in first + definitions.keys.sorted() {
            if let problem = Self.nameProblem(name) { throw problem }
            _ = resolver.resolve(name)
            if let problem = resolver.problem { throw problem }
        }
        alternatives = resolver.resolved
    }

    /// The alternatives of `name` for the parser.
    public func lookup(_ name: String) -> SignalSyntax.ListLookup {
        if let found = alternatives[name] { return .found(found) }
        return .unknown(suggestion: Suggestion.closest(to: name, in: Array(alternatives.keys)))
    }

    public var names: [String] { alternatives.keys.sorted() }

    /// A list name starts with a letter (so `$5` stays a phrase) and has only the characters of a concept id.
    static func nameProblem(_ name: String) -> Problem? {
        guard let first = name.first, first.isASCII, first.isLetter, name.allSatisfy(SignalSyntax.isNameCharacter) else {
            return Problem(name: name, entry: nil, offset: 0, expected: "a list name of letters, digits and '-', starting with a letter",
                           found: "\"\(name)\"", fix: "Rename the list, e.g. \"ab-control\".")
        }
        return nil
    }

    /// Depth-first resolution; `visiting` is the chain of lists being resolved, to find cycles. A class
    /// because the parser's look-up closure calls back into it.
    private final class Resolver {
        let definitions: [String: [String]]
        var resolved: [String: [Signal]] = [:]
        var visiting: [String] = []
        /// The first (innermost) problem found.
        var problem: Problem?

        init(definitions: [String: [String]]) { self.definitions = definitions }

        func resolve(_ name: String) -> SignalSyntax.ListLookup {
            if let found = resolved[name] { return .found(found) }
            guard let entries = definitions[name] else {
                return .unknown(suggestion: Suggestion.closest(to: name, in: Array(definitions.keys)))
            }
            if let start = visiting.firstIndex(of: name) {
                let chain = (visiting[start...] + [name]).map { "$" + $0 }.joined(separator: " → ")
                return .broken(problem: "refers back to itself (\(chain))",
                               fix: "Write the signals out in one of these lists, so that no list uses itself.")
            }
            guard !entries.isEmpty else {
                record(Problem(name: name, entry: nil, offset: 0, expected: "at least one signal", found: "an empty list",
                               fix: "Add the signals the list stands for, or remove it."))
                return .broken(problem: "is empty", fix: "Fill the list in lexicon.json.")
            }
            visiting.append(name)
            defer { visiting.removeLast() }
            var alternatives: [Signal] = []
            for (index, text) in entries.enumerated() {
                do {
                    alternatives += try SignalSyntax.parseEntries(text, lookup: resolve)
                } catch {
                    record(Problem(name: name, entry: index, offset: error.offset, expected: error.expected, found: error.found, fix: error.fix))
                    return .broken(problem: "has an error in lexicon.json", fix: "Fix the list $\(name) (`mlsd prompts validate` shows where).")
                }
            }
            resolved[name] = alternatives
            return .found(alternatives)
        }

        private func record(_ found: Problem) {
            if problem == nil { problem = found }
        }
    }
}

extension SignalLists {
    /// Where `JSONDecoder.userInfo` carries the lists a prompt's signals may use.
    public static let userInfoKey = CodingUserInfoKey(rawValue: "mlsd.signalLists")!
}
