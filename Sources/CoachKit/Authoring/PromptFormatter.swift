import Foundation

/// What `mlsd prompts fmt` does to a file: signals in the compact syntax, stem-redundant variants
/// removed (`SignalNormalizer`), fields that hold their default left out, keys in the order of
/// `PromptFormat`, laid out by `JSONPrinter`. Only valid files are formatted (an invalid one is reported,
/// never rewritten), and formatting a formatted file changes nothing.
public struct PromptFormatter: Sendable {
    /// The layout of prompt files: short signals share a line, a long one gets its own; brackets share
    /// lines with what they enclose (see `JSONPrinter.hanging`).
    public static let promptPrinter = JSONPrinter(width: 120, fillKeys: ["signals", "unless", "covered", "targets", "tags"], hanging: true)

    private let normalizer = SignalNormalizer()
    private let factNormalizer = SignalNormalizer(removesVariants: false)
    /// The named lists prompts may use; a run of signals that spells one out is written `$name`.
    private let lists: SignalLists
    private let abbreviator: SignalListAbbreviator

    /// `lexicon`: the lexicon the prompts are used with (its lists are used and written as `$name`).
    public init(lexicon: Lexicon = Lexicon()) {
        lists = lexicon.signalLists
        abbreviator = SignalListAbbreviator(lists)
    }

    /// The formatted text of a prompt file.
    public func formatPrompt(_ data: Data, file: String) throws(PromptError) -> String {
        _ = try PromptDecoder(lists: lists).decodePrompt(data, file: file)
        let tree = try parse(data, file: file)
        return Self.promptPrinter.print(rewrite(tree, as: "prompt"))
    }

    /// The formatted text of a lexicon file: each concept's terms filled into lines.
    public func formatLexicon(_ data: Data, file: String, base: Lexicon = Lexicon()) throws(PromptError) -> String {
        _ = try PromptDecoder().decodeLexicon(data, file: file, base: base)
        let tree = try parse(data, file: file)
        guard case .object(let members) = tree else { return JSONPrinter(hanging: true).print(tree) }
        var fillKeys: Set<String> = []
        for key in ["concepts", "lists"] {
            if case .object(let entries)? = tree[key] { fillKeys.formUnion(entries.map(\.key)) }
        }
        return JSONPrinter(width: 120, fillKeys: fillKeys, hanging: true).print(.object(members))
    }

    private func parse(_ data: Data, file: String) throws(PromptError) -> JSONValue {
        do {
            return try JSONValue.parse(Array(data))
        } catch {
            throw PromptError.unreadable(file: file, reason: "\(error.message) at byte \(error.offset)")
        }
    }

    // MARK: - Rewriting

    private func rewrite(_ value: JSONValue, as objectName: String) -> JSONValue {
        guard case .object(let members) = value else { return value }
        let fields = PromptFormat.fields(of: objectName)
        var result: [JSONValue.Member] = members.filter { $0.key == "$schema" }
        result += members.filter { $0.key.hasPrefix("_") }
        for field in fields where field.name != "$schema" {
            guard let member = members.first(where: { $0.key == field.name }) else { continue }
            if field.omitWhenDefault, let defaultValue = field.defaultValue, Self.same(member.value, defaultValue) { continue }
            result.append(.init(field.name, rewrite(member.value, type: field.type, objectName: objectName)))
        }
        return .object(result)
    }

    private func rewrite(_ value: JSONValue, type: PromptFormat.ValueType, objectName: String) -> JSONValue {
        switch type {
        case .object(let name):
            return rewrite(value, as: name)
        case .array(.signal, _):
            guard case .array(let elements) = value else { return value }
            // A fact's signals are counted and weighed one by one when the interviewer picks a fact,
            // so only a rubric item's or red flag's list (an `any`) may be merged and de-duplicated.
            let mergeList = objectName != "fact"
            return .array(rewriteSignals(elements, mergeList: mergeList))
        case .array(let element, _):
            guard case .array(let elements) = value else { return value }
            return .array(elements.map { rewrite($0, type: element, objectName: objectName) })
        case .phaseMap(let element, _):
            guard case .object(let members) = value else { return value }
            var result = members.filter { $0.key.hasPrefix("_") }
            for phase in Phase.allCases {
                guard let member = members.first(where: { $0.key == phase.rawValue }) else { continue }
                result.append(.init(member.key, rewrite(member.value, type: element, objectName: objectName)))
            }
            return .object(result)
        default:
            return value
        }
    }

    private func rewriteSignals(_ elements: [JSONValue], mergeList: Bool) -> [JSONValue] {
        // Elements carrying "_" notes stay as written; the others are normalised together, then runs
        // that spell out a named list are written as `$name`.
        var output: [JSONValue] = []
        var pending: [Signal] = []
        func flush() {
            let signals = mergeList ? normalizer.normalize(pending) : pending.map { factNormalizer.normalize($0) }
            for entry in abbreviator.entries(signals) {
                switch entry {
                case .list(let name): output.append(.string("$" + name))
                case .signal(let signal): output.append(json(for: signal))
                }
            }
            pending = []
        }
        for element in elements {
            if case .string(let text) = element, let signals = try? SignalSyntax.parseListEntry(text, lists: lists) {
                pending += signals
            } else if let signal = Self.signal(from: element, lists: lists) {
                pending.append(signal)
            } else {
                flush()
                output.append(element)
            }
        }
        flush()
        return output
    }

    /// The signal a JSON value holds, or nil for anything else (including an object with "_" notes).
    static func signal(from value: JSONValue, lists: SignalLists = .empty) -> Signal? {
        switch value {
        case .string(let text):
            return try? SignalSyntax.parse(text, lists: lists)
        case .object(let members):
            guard members.count == 1, let member = members.first else { return nil }
            switch (member.key, member.value) {
            case ("phrase", .string(let text)): return .phrase(text)
            case ("concept", .string(let id)): return .concept(id)
            case ("quantity", .string(let kind)): return QuantityKind(rawValue: kind).map(Signal.quantity)
            case ("all", .array(let list)), ("any", .array(let list)):
                var parts: [Signal] = []
                for element in list {
                    // In an any, a bare `$name` stands for its alternatives one by one (as in a signal list).
                    if member.key == "any", case .string(let text) = element, let entries = try? SignalSyntax.parseListEntry(text, lists: lists) {
                        parts += entries
                        continue
                    }
                    guard let part = signal(from: element, lists: lists) else { return nil }
                    parts.append(part)
                }
                return member.key == "all" ? .all(parts) : .any(parts)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// The compact string of a signal as a list entry, with named lists written `$name`.
    private func json(for signal: Signal) -> JSONValue {
        if !abbreviator.isEmpty, let text = SignalSyntax.format(signal, abbreviating: abbreviator, asListEntry: true) { return .string(text) }
        return Self.json(for: signal)
    }

    /// The compact string of a signal, or (when it has none) its object form with compact parts.
    static func json(for signal: Signal) -> JSONValue {
        if let text = SignalSyntax.format(signal) { return .string(text) }
        switch signal {
        case .phrase(let text): return .object([.init("phrase", .string(text))])
        case .concept(let id): return .object([.init("concept", .string(id))])
        case .quantity(let kind): return .object([.init("quantity", .string(kind.rawValue))])
        case .all(let list): return .object([.init("all", .array(list.map(json(for:))))])
        case .any(let list): return .object([.init("any", .array(list.map(json(for:))))])
        }
    }

    /// Whether two JSON values are the same, numbers compared by value ("1" and "1.0").
    static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        if case .number(let x) = a, case .number(let y) = b, let p = Double(x), let q = Double(y) { return p == q }
        return a == b
    }
}
